import { CARDINAL, cardinalValue, ORDINAL, ordinalValue } from './number-words.js';

describe('number words', () => {
  it.each([
    ['7', 7],
    ['eleven', 11],
    ['forty', 40],
    ['twenty-five', 25],
    ['thirty one', 31],
  ])('reads the cardinal "%s" as %i', (word, value) => {
    expect(new RegExp(`^${CARDINAL}$`).test(word)).toBe(true);
    expect(cardinalValue(word)).toBe(value);
  });

  it('reads the extra words a caller gives, and nothing it does not know', () => {
    expect(cardinalValue('a', { a: 1 })).toBe(1);
    expect(cardinalValue('several')).toBeUndefined();
    expect(cardinalValue('twelve-five')).toBeUndefined();
  });

  it.each([
    ['5th', 5],
    ['1st', 1],
    ['twelfth', 12],
    ['seventh', 7],
  ])('reads the ordinal "%s" as %i', (word, value) => {
    expect(new RegExp(`^${ORDINAL}$`).test(word)).toBe(true);
    expect(ordinalValue(word)).toBe(value);
  });
});
