import { Binary, Decimal128, type Document, Long, ObjectId, serialize, Timestamp } from 'bson';

/** A document as the store keeps it: the plain object bson's deserializer produces. */
export type StoredDocument = Document;

export function isPlainObject(value: unknown): value is Document {
  if (value === null || typeof value !== 'object') return false;
  const proto = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}

/**
 * Deep copy of a BSON value. Plain objects, arrays, dates and binary payloads are copied because
 * they are mutable; ObjectId, Long, Decimal128, Timestamp and the other BSON value classes are
 * immutable in practice and are shared.
 */
export function cloneValue<T>(value: T): T {
  if (value === null || typeof value !== 'object') return value;
  if (Array.isArray(value)) return value.map((item) => cloneValue(item)) as T;
  if (value instanceof Date) return new Date(value.getTime()) as T;
  if (value instanceof RegExp) return new RegExp(value.source, value.flags) as T;
  if (value instanceof Binary) {
    const copy = new Binary(Uint8Array.prototype.slice.call(value.buffer, 0, value.position), value.sub_type);
    return copy as T;
  }
  if (value instanceof Uint8Array) return Uint8Array.prototype.slice.call(value) as T;
  if (isPlainObject(value)) {
    const source: Document = value;
    const copy: Document = {};
    for (const key of Object.keys(source)) copy[key] = cloneValue(source[key]);
    return copy as T;
  }
  return value;
}

export function cloneDocument(document: Document): Document {
  return cloneValue(document);
}

/**
 * A canonical string for a value, equal for values MongoDB treats as equal in an index:
 * numbers compare by value whatever their BSON width, `null` and a missing field are the same
 * key, and embedded documents compare field by field in order. Used as the `_id` map key and
 * as the key of unique indexes.
 */
export function valueKey(value: unknown): string {
  if (value === undefined || value === null) return 'null';
  switch (typeof value) {
    case 'number':
      return `n:${Object.is(value, -0) ? 0 : value}`;
    case 'bigint':
      return `n:${value}`;
    case 'string':
      return `s:${JSON.stringify(value)}`;
    case 'boolean':
      return `b:${value}`;
  }
  if (Array.isArray(value)) return `a:[${value.map(valueKey).join(',')}]`;
  if (value instanceof Date) return `d:${value.getTime()}`;
  if (value instanceof ObjectId) return `o:${value.toHexString()}`;
  if (value instanceof Long) return `n:${value.toString()}`;
  if (value instanceof Decimal128) {
    const asNumber = Number(value.toString());
    return Number.isSafeInteger(asNumber) ? `n:${asNumber}` : `m:${value.toString()}`;
  }
  if (value instanceof Timestamp) return `t:${value.toString()}`;
  if (value instanceof Binary) return `x:${value.sub_type}:${value.toString('base64')}`;
  if (value instanceof RegExp) return `r:${JSON.stringify(value.source)}/${value.flags}`;
  if (isPlainObject(value)) {
    const fields = Object.keys(value).map((key) => `${JSON.stringify(key)}:${valueKey(value[key])}`);
    return `{${fields.join(',')}}`;
  }
  const tag = (value as { _bsontype?: string })._bsontype ?? 'object';
  return `${tag}:${String(value)}`;
}

/**
 * Every value a dotted path reaches in a document, descending into arrays the way MongoDB's
 * multikey indexes and `distinct` do: `a.b` over `{ a: [{ b: 1 }, { b: 2 }] }` yields 1 and 2,
 * and a path ending on an array yields its elements. A missing field yields `undefined`.
 */
export function getPathValues(document: unknown, path: string): unknown[] {
  return collectPathValues(document, path.split('.'), 0);
}

function collectPathValues(current: unknown, segments: string[], depth: number): unknown[] {
  if (depth === segments.length) {
    if (Array.isArray(current)) return current.length === 0 ? [[]] : current.slice();
    return [current];
  }
  if (Array.isArray(current)) {
    const segment = segments[depth]!;
    // A numeric segment addresses an element; otherwise the path applies to every element.
    if (/^\d+$/.test(segment)) {
      return collectPathValues(current[Number(segment)], segments, depth + 1);
    }
    const values = current.flatMap((element) =>
      isPlainObject(element) ? collectPathValues(element, segments, depth) : [],
    );
    return values.length === 0 ? [undefined] : values;
  }
  if (!isPlainObject(current)) return [undefined];
  return collectPathValues(current[segments[depth]!], segments, depth + 1);
}

/** True when both documents serialize to the same bytes (same fields, order, types and values). */
export function sameBson(left: Document, right: Document): boolean {
  return Buffer.from(serialize(left)).equals(Buffer.from(serialize(right)));
}

/**
 * Renders a value the way mongod prints index keys in E11000 messages,
 * e.g. `{ email: "a@b.c" }` or `{ _id: ObjectId('...') }`.
 */
export function formatValueForMessage(value: unknown): string {
  if (value === undefined || value === null) return 'null';
  if (typeof value === 'string') return JSON.stringify(value);
  if (typeof value === 'number' || typeof value === 'boolean' || typeof value === 'bigint') return String(value);
  if (value instanceof ObjectId) return `ObjectId('${value.toHexString()}')`;
  if (value instanceof Date) return `new Date(${value.getTime()})`;
  if (Array.isArray(value)) return `[ ${value.map(formatValueForMessage).join(', ')} ]`;
  if (isPlainObject(value)) {
    const fields = Object.keys(value).map((key) => `${key}: ${formatValueForMessage(value[key])}`);
    return fields.length === 0 ? '{}' : `{ ${fields.join(', ')} }`;
  }
  return String(value);
}
