/**
 * Deterministic stand-ins for what a model would produce: streamed tokens, embeddings and
 * structured-output objects. Pure functions, so tests can compute expected values themselves.
 */

/** Words with their leading whitespace; joining the tokens gives back the exact text. */
export function tokenize(text: string): string[] {
  return text.match(/\s*\S+|\s+$/g) ?? [];
}

function fnv1a(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i += 1) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

/**
 * Hashed bag-of-words, L2-normalised: texts sharing words have a high cosine similarity, texts
 * sharing none are close to orthogonal. Case and punctuation are ignored.
 */
export function hashedEmbedding(text: string, dimensions: number): number[] {
  const vector = new Array<number>(dimensions).fill(0);
  const words = text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
  for (const word of words) {
    const hash = fnv1a(word);
    // A per-word sign keeps hash collisions from always adding up to spurious similarity.
    vector[hash % dimensions] += hash >>> 31 === 1 ? 1 : -1;
  }
  const norm = Math.hypot(...vector);
  // Real models never return a zero vector; a fixed unit vector keeps cosine similarity defined.
  if (norm === 0) {
    vector[0] = 1;
    return vector;
  }
  return vector.map((value) => value / norm);
}

type JsonSchema = { [key: string]: unknown };

const asSchema = (value: unknown): JsonSchema | undefined =>
  value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as JsonSchema) : undefined;

/**
 * The simplest value that satisfies a JSON schema: first enum/const/default, minimum numbers,
 * empty strings, minItems arrays, every declared property present. `#/...` refs are followed.
 */
export function schemaDefault(schema: unknown, root: unknown = schema, depth = 0): unknown {
  const node = asSchema(schema);
  if (!node || depth > 32) return null;
  if ('const' in node) return node.const;
  if ('default' in node) return node.default;
  if (Array.isArray(node.enum) && node.enum.length > 0) return node.enum[0];
  if (typeof node.$ref === 'string') return schemaDefault(resolveRef(root, node.$ref), root, depth + 1);
  for (const key of ['anyOf', 'oneOf', 'allOf'] as const) {
    const options = node[key];
    if (Array.isArray(options) && options.length > 0) {
      // Prefer a non-null branch, which is what a nullable field's "real" shape is.
      const branch = options.find((option) => asSchema(option)?.type !== 'null') ?? options[0];
      return schemaDefault(branch, root, depth + 1);
    }
  }
  const type = Array.isArray(node.type) ? (node.type.find((t) => t !== 'null') ?? node.type[0]) : node.type;
  switch (type) {
    case 'object': {
      const properties = asSchema(node.properties) ?? {};
      return Object.fromEntries(
        Object.entries(properties).map(([name, child]) => [name, schemaDefault(child, root, depth + 1)]),
      );
    }
    case 'array': {
      const count = typeof node.minItems === 'number' ? node.minItems : 0;
      return Array.from({ length: count }, () => schemaDefault(node.items, root, depth + 1));
    }
    case 'string':
      return 'x'.repeat(typeof node.minLength === 'number' ? node.minLength : 0);
    case 'integer':
    case 'number':
      return typeof node.minimum === 'number' ? node.minimum : 0;
    case 'boolean':
      return false;
    case 'null':
      return null;
    default:
      return node.properties ? schemaDefault({ ...node, type: 'object' }, root, depth + 1) : null;
  }
}

function resolveRef(root: unknown, ref: string): unknown {
  if (!ref.startsWith('#')) return undefined;
  return ref
    .slice(1)
    .split('/')
    .filter(Boolean)
    .map((segment) => segment.replace(/~1/g, '/').replace(/~0/g, '~'))
    .reduce<unknown>((node, segment) => asSchema(node)?.[segment], root);
}
