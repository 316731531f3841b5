import { findSpans, matchesIn } from './text-span.js';

const asMatchAll = (pattern: RegExp, text: string) =>
  [...text.matchAll(pattern)].map((match) => ({ index: match.index, groups: [...match] }));
const asMatchesIn = (pattern: RegExp, text: string) =>
  matchesIn(pattern, text).map((match) => ({ index: match.index, groups: [...match] }));

describe('matchesIn', () => {
  const cases: Array<[RegExp, string]> = [
    [/\bchest\s+(pain|ache)\b/g, 'chest pain, then chest ache and chest pain again'],
    [/\bno\b/g, 'nothing here'],
    // Empty matches: each position once, as matchAll steps past them.
    [/x*/g, 'axxb'],
    [/(?=b)/g, 'abab'],
    // A unicode pattern steps past an empty match by a whole code point, not half a surrogate pair.
    [/(?:)/gu, 'a😀b'],
    [/\p{L}*/gu, 'é 😀 ñ'],
  ];

  it('finds what matchAll finds, in order, with the same groups', () => {
    for (const [pattern, text] of cases) expect(asMatchesIn(pattern, text)).toEqual(asMatchAll(pattern, text));
  });

  it('leaves the pattern ready for the next search, whatever its lastIndex was', () => {
    const pattern = /\bpain\b/g;
    pattern.lastIndex = 7;
    expect(matchesIn(pattern, 'pain and pain').map((match) => match.index)).toEqual([0, 9]);
    expect(pattern.lastIndex).toBe(0);
  });

  it('refuses a pattern that is not global, as matchAll does', () => {
    expect(() => matchesIn(/pain/, 'pain')).toThrow(TypeError);
  });

  it('gives findSpans the spans of every pattern in turn', () => {
    expect(findSpans([/\bpain\b/g, /\bchest\b/g], 'chest pain, pain')).toEqual([
      { start: 6, end: 10 },
      { start: 12, end: 16 },
      { start: 0, end: 5 },
    ]);
  });
});
