import { narrowedSource, narrowingKeyOf } from './letter-classes-narrowed.js';

/** Every match of `source` in `text` (flags `gu`), as [index, text] pairs. */
function matchesOf(source: string, text: string): Array<[number, string]> {
  return [...text.matchAll(new RegExp(source, 'gu'))].map((match) => [match.index, match[0]]);
}

describe('a pattern with its letter classes narrowed to a text', () => {
  const sources = [
    String.raw`(?<![\p{L}\p{M}\p{N}])(?:dolor\p{L}*)(?![\p{L}\p{M}\p{N}])`,
    String.raw`(?<![\p{L}\p{M}\p{N}])(?:боль\p{L}* в груд\p{L}*)(?![\p{L}\p{M}\p{N}])`,
    String.raw`\p{L}+`,
    String.raw`[^\p{L}\s]+`,
    String.raw`[\p{M}]`,
    String.raw`\p{N}+ \p{L}{1,3}`,
    String.raw`[^\p{M}]{2}`,
    String.raw`\\p\{L\}`,
    String.raw`[\]\p{L}]+`,
  ];
  const texts = [
    'tengo dolores de pecho, dolor fuerte',
    'у меня боль в груди и боли в груди 2 дня',
    'caf\u0065\u0301 et crème brûlée ½ 3 kg',
    'मेरे सीने में दर्द है 3 घंटे से',
    '𝐀𝐁 dolor 𠀀 x 😀 dolor',
    'a \\p{L} b ]] c',
    '',
  ];

  it.each(texts)('finds what the whole classes find in %j', (text) => {
    const key = narrowingKeyOf(text);
    for (const source of sources) {
      expect([source, matchesOf(narrowedSource(source, key), text)]).toEqual([source, matchesOf(source, text)]);
    }
  });

  it('keeps the blocks of the letters a text holds, and names no property class', () => {
    expect(narrowingKeyOf('dolor de pecho')).toBe('0,1');
    expect(narrowingKeyOf('боль 😀')).toBe('0,1,8');
    expect(narrowedSource(String.raw`\p{L}[\p{N}]\p{Script=Han}`, '0,1')).not.toMatch(/\\p\{[LMN]\}/);
    expect(narrowedSource(String.raw`\p{Script=Han}`, '0,1')).toBe(String.raw`\p{Script=Han}`);
  });
});
