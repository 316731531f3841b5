import { PhraseAlternation } from './phrase-alternation.js';

const WORD_START = String.raw`(?<![\p{L}\p{M}\p{N}])`;
const WORD_END = String.raw`(?![\p{L}\p{M}\p{N}])`;

/** What `PhraseAlternation` promises to equal: the whole alternation run by `String.prototype.replace`. */
function replacedByTheWholeAlternation(prefix: string, alternatives: readonly string[], text: string): string {
  const pattern = new RegExp(`${prefix}(?:${alternatives.map((source) => `(${source})`).join('|')})`, 'gu');
  return text.replace(
    pattern,
    (whole: string, ...groups: unknown[]) => `<${groups.findIndex((group) => group !== undefined)}:${whole}>`,
  );
}

function replacedByPhraseAlternation(prefix: string, alternatives: readonly string[], text: string): string {
  return new PhraseAlternation(prefix, alternatives).replaceIn(
    text,
    (whole, alternative) => `<${alternative}:${whole}>`,
  );
}

describe('PhraseAlternation reads a text as the whole alternation would', () => {
  it.each([
    [
      'the first alternative in the list wins where two match at one place',
      ['dolor', 'dolor de pecho'],
      'tengo dolor de pecho',
    ],
    ['a later alternative that starts earlier wins', ['de pecho', 'tengo dolor'], 'tengo dolor de pecho'],
    [
      'an alternative resumes after a match that covered its first place',
      ['dolor de', 'de pecho y'],
      'dolor de pecho y brazo',
    ],
    ['a match is found again after the place the last one ended', ['no'], 'no no no puede'],
    ['alternatives whose words are absent take no part', ['fiebre', 'convulsion', 'sangre'], 'tiene fiebre alta'],
    ['no alternative holds its words: the text as written', ['fiebre alta', 'sangre'], 'esta bien'],
    ['an alternative that needs no word (a class, a digit)', ['\\d+ grados', 'fiebre'], 'fiebre de 39 grados'],
    ['lookbehinds read the whole text', ['(?<!no )respira', 'respira mal'], 'no respira, respira mal'],
    ['an empty match moves one character on', ['(?:x)?', 'ab'], 'ab😀ab'],
    ['letters beyond the basic plane', ['呼吸困难', '胸痛'], '我胸痛😀呼吸困难'],
  ])('%s', (_case, alternatives, text) => {
    for (const prefix of ['', WORD_START]) {
      const sources = alternatives.map((alternative) => `(?:${alternative})${prefix === '' ? '' : WORD_END}`);
      expect(replacedByPhraseAlternation(prefix, sources, text)).toBe(
        replacedByTheWholeAlternation(prefix, sources, text),
      );
    }
  });

  it('keeps compiled patterns for at most 32 mixtures of scripts, and reads alike after dropping one', () => {
    const sources = ['dolor', 'dolor de pecho'].map((alternative) => `(?:${alternative})${WORD_END}`);
    const alternation = new PhraseAlternation(WORD_START, sources);
    // Each text holds a letter of its own 128-character block of CJK ideographs: a narrowing of its own.
    const texts = Array.from(
      { length: 100 },
      (_, index) => `dolor ${String.fromCodePoint(0x4e00 + 128 * index)} dolor de pecho`,
    );
    for (const text of [...texts, texts[0]]) {
      expect(alternation.replaceIn(text, (whole, alternative) => `<${alternative}:${whole}>`)).toBe(
        replacedByTheWholeAlternation(WORD_START, sources, text),
      );
    }
    expect(alternation.narrowingsHeld).toBe(32);
  });

  it('matches the whole alternation on 200 generated alternations and texts', () => {
    // A seeded generator (mulberry32), so a failure is the same failure on every run.
    let seed = 20261204;
    const random = (): number => {
      seed = (seed + 0x6d2b79f5) | 0;
      let mixed = Math.imul(seed ^ (seed >>> 15), 1 | seed);
      mixed = (mixed + Math.imul(mixed ^ (mixed >>> 7), 61 | mixed)) ^ mixed;
      return ((mixed ^ (mixed >>> 14)) >>> 0) / 4294967296;
    };
    const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;
    const word = (): string => pick(['a', 'ab', 'ba', 'abc', 'c', 'ca', 'bb']);
    const piece = (): string =>
      pick([
        word(),
        `(?:${word()}|${word()})`,
        `${word()}(?: ${word()})?`,
        `(?<!${word()} )${word()}`,
        `${word()}(?! ${word()})`,
        `[ab]${word()}`,
        `${word()}[^]*?${word()}`,
      ]);
    for (let round = 0; round < 200; round += 1) {
      const alternatives = Array.from({ length: 2 + Math.floor(random() * 6) }, () =>
        Array.from({ length: 1 + Math.floor(random() * 2) }, piece).join(' '),
      );
      const text = Array.from({ length: 4 + Math.floor(random() * 12) }, () => pick([word(), ',', '😀'])).join(
        pick([' ', ' ', '']),
      );
      for (const prefix of ['', WORD_START]) {
        expect([alternatives, text, replacedByPhraseAlternation(prefix, alternatives, text)]).toEqual([
          alternatives,
          text,
          replacedByTheWholeAlternation(prefix, alternatives, text),
        ]);
      }
    }
  });
});
