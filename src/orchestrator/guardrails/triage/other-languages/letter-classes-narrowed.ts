/**
 * A pattern's `\p{L}`, `\p{M}` and `\p{N}` narrowed to the letters, marks and digits one text can hold, so the
 * pattern compiles in a few microseconds instead of about a millisecond.
 *
 * V8 builds each of those property classes out of hundreds of ranges for every pattern that names one, and the
 * lexicons' phrases name them in nearly every pattern (the word boundary `(?<![\p{L}\p{M}\p{N}])`, endings like
 * `\p{L}*`): the first message read in a language paid about a millisecond per phrase it could hold, a third of the
 * triage's cost per message over the labelled sets. A class only ever tests characters of the text it runs on,
 * so a class that agrees with `\p{L}` on every character of the text gives every match, lookaround and
 * backtrack the same answer: `\p{L}` cut down to the 128-character blocks where the text holds a letter, mark or
 * digit (and the basic Latin blocks every text shares, so that most texts of one script share one narrowing).
 */

/** Code points per block: a narrowing is keyed by the blocks it keeps. */
const BLOCK_BITS = 7;
const BLOCK_SIZE = 1 << BLOCK_BITS;
/** ASCII and Latin-1, kept in every narrowing: nearly every text holds letters of one of them. */
const ALWAYS_KEPT = [0, 1] as const;

type Property = 'L' | 'M' | 'N';
const ANY_PROPERTY = /[\p{L}\p{M}\p{N}]/u;
const PROPERTY_TEST: Readonly<Record<Property, RegExp>> = { L: /\p{L}/u, M: /\p{M}/u, N: /\p{N}/u };

/** Per block: per code point in it, 1 when it is a letter, mark or digit (computed when first met). */
const blockFlags = new Map<number, Uint8Array>();
/** Per property and block: the class ranges of that property inside the block, as pattern source. */
const blockRanges = new Map<string, string>();

function flagsOf(block: number): Uint8Array {
  let flags = blockFlags.get(block);
  if (flags === undefined) {
    flags = new Uint8Array(BLOCK_SIZE);
    for (let offset = 0; offset < BLOCK_SIZE; offset += 1) {
      const code = (block << BLOCK_BITS) + offset;
      if (code <= 0x10ffff && ANY_PROPERTY.test(String.fromCodePoint(code))) flags[offset] = 1;
    }
    blockFlags.set(block, flags);
  }
  return flags;
}

/**
 * The blocks a narrowing for `text` keeps, as a key: those where the text holds a letter, mark or digit, with
 * the basic Latin ones.
 */
export function narrowingKeyOf(text: string): string {
  const blocks = new Set<number>(ALWAYS_KEPT);
  for (let index = 0; index < text.length; index += 1) {
    const code = text.codePointAt(index) as number;
    if (code > 0xffff) index += 1;
    const block = code >> BLOCK_BITS;
    if (blocks.has(block)) continue;
    if (flagsOf(block)[code & (BLOCK_SIZE - 1)] === 1) blocks.add(block);
  }
  return [...blocks].sort((a, b) => a - b).join(',');
}

function unicodeEscape(code: number): string {
  return `\\u{${code.toString(16)}}`;
}

/** The ranges of one property inside the blocks of `key`, as the inside of a class. */
function rangesOf(property: Property, key: string): string {
  let ranges = '';
  for (const block of key.split(',').map(Number)) {
    const cacheKey = `${property}${block}`;
    let inBlock = blockRanges.get(cacheKey);
    if (inBlock === undefined) {
      inBlock = '';
      const test = PROPERTY_TEST[property];
      const first = block << BLOCK_BITS;
      for (let code = first; code < first + BLOCK_SIZE && code <= 0x10ffff;) {
        if (!test.test(String.fromCodePoint(code))) {
          code += 1;
          continue;
        }
        let last = code;
        while (last + 1 < first + BLOCK_SIZE && test.test(String.fromCodePoint(last + 1))) last += 1;
        inBlock += last === code ? unicodeEscape(code) : `${unicodeEscape(code)}-${unicodeEscape(last)}`;
        code = last + 1;
      }
      blockRanges.set(cacheKey, inBlock);
    }
    ranges += inBlock;
  }
  return ranges;
}

/**
 * `source` (a pattern for the `u` flag) with each `\p{L}`, `\p{M}` and `\p{N}` cut down to the blocks of `key`
 * (`narrowingKeyOf`): inside a class, the ranges themselves; outside, a class of them. Every other part of the
 * source is kept as written, escapes included.
 */
export function narrowedSource(source: string, key: string): string {
  let narrowed = '';
  let inClass = false;
  for (let index = 0; index < source.length; index += 1) {
    const char = source[index];
    if (char === '\\') {
      const property = /^p\{([LMN])\}/.exec(source.slice(index + 1, index + 5))?.[1] as Property | undefined;
      if (property === undefined) {
        narrowed += source.slice(index, index + 2);
      } else {
        const ranges = rangesOf(property, key);
        narrowed += inClass ? ranges : `[${ranges}]`;
        index += 4;
        continue;
      }
      index += 1;
      continue;
    }
    if (char === '[' && !inClass) inClass = true;
    else if (char === ']' && inClass) inClass = false;
    narrowed += char;
  }
  return narrowed;
}
