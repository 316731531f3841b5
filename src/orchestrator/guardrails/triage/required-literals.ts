/**
 * The literal words a regular expression cannot match without: for `\bchest\s+(?:pain|ache)`
 * any match contains "chest". Checking a message with `String.includes` for these words is far
 * cheaper than running a large alternation at every position, so signals whose words are absent
 * are skipped before their patterns run. Works on the subset of syntax the signal patterns use;
 * anything it cannot read it treats as "no guarantee", which only costs speed, never a match.
 */

type Required = readonly string[] | null;

interface Cursor {
  readonly source: string;
  index: number;
}

/** Literal fragments of which every match contains at least one, or null when there is no such set. */
export function requiredLiterals(source: string): Required {
  const cursor: Cursor = { source, index: 0 };
  const required = parseAlternation(cursor);
  return cursor.index === source.length ? required : null;
}

function parseAlternation(cursor: Cursor): Required {
  const branches: Required[] = [parseSequence(cursor)];
  while (cursor.source[cursor.index] === '|') {
    cursor.index++;
    branches.push(parseSequence(cursor));
  }
  if (branches.some((branch) => branch === null)) return null;
  return [...new Set(branches.flatMap((branch) => branch ?? []))];
}

function parseSequence(cursor: Cursor): Required {
  const { source } = cursor;
  let best: Required = null;
  let literal = '';
  const consider = (candidate: Required) => {
    if (candidate && (best === null || shortest(candidate) > shortest(best))) best = candidate;
  };
  while (cursor.index < source.length && source[cursor.index] !== '|' && source[cursor.index] !== ')') {
    const start = cursor.index;
    const atom = parseAtom(cursor);
    const quantifier = parseQuantifier(cursor);
    if (atom.char !== undefined && quantifier === 'one') {
      literal += atom.char;
      continue;
    }
    consider(literal ? [literal] : null);
    literal = '';
    if (atom.char !== undefined && quantifier === 'some') consider([atom.char]);
    else if (quantifier !== 'optional') consider(atom.required);
    if (cursor.index === start) return null;
  }
  consider(literal ? [literal] : null);
  return best;
}

interface Atom {
  readonly char?: string;
  readonly required: Required;
}

function parseAtom(cursor: Cursor): Atom {
  const { source } = cursor;
  const char = source[cursor.index];
  if (char === '(') {
    const lookaround = /^\(\?(?:<?[=!])/.exec(source.slice(cursor.index));
    cursor.index += lookaround ? lookaround[0].length : source.startsWith('(?:', cursor.index) ? 3 : 1;
    const inner = parseAlternation(cursor);
    if (source[cursor.index] === ')') cursor.index++;
    // A lookaround matches no text of its own.
    return { required: lookaround ? null : inner };
  }
  if (char === '[') {
    let end = cursor.index + 1;
    while (end < source.length && source[end] !== ']') end += source[end] === '\\' ? 2 : 1;
    cursor.index = end + 1;
    return { required: null };
  }
  if (char === '\\') {
    const escaped = source[cursor.index + 1];
    cursor.index += 2;
    return /[a-zA-Z0-9]/.test(escaped) ? { required: null } : { char: escaped, required: [escaped] };
  }
  cursor.index++;
  if (char === '.' || char === '^' || char === '$') return { required: null };
  return { char, required: [char] };
}

function parseQuantifier(cursor: Cursor): 'one' | 'some' | 'optional' {
  const match = /^(?:\?|\*|\+|\{(\d+)(?:,\d*)?\})\??/.exec(cursor.source.slice(cursor.index));
  if (!match) return 'one';
  cursor.index += match[0].length;
  if (match[0].startsWith('+')) return 'some';
  if (match[1] !== undefined && Number(match[1]) > 0) return 'some';
  return 'optional';
}

function shortest(literals: readonly string[]): number {
  return Math.min(...literals.map((literal) => literal.length));
}
