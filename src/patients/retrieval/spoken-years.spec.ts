import { describe, expect, it } from '@jest/globals';
import { spokenYearsInDigits } from './spoken-years.js';

describe('spokenYearsInDigits', () => {
  it('writes the years dictation spells out in digits, as a date is typed', () => {
    expect(spokenYearsInDigits('his temperature in march twenty twenty')).toBe('his temperature in march 2020');
    expect(spokenYearsInDigits('flu shot december twenty nineteen')).toBe('flu shot december 2019');
    expect(spokenYearsInDigits('the jab in twenty twenty-one and twenty oh nine')).toBe('the jab in 2021 and 2009');
    expect(spokenYearsInDigits('hep b in nineteen eighty eight')).toBe('hep b in 1988');
    expect(spokenYearsInDigits('what was done in two thousand and six, two thousand eleven')).toBe(
      'what was done in 2006, 2011',
    );
  });

  it('leaves other numbers in words, eyesight and years no record holds yet alone', () => {
    expect(spokenYearsInDigits('when she was twenty, he was nineteen')).toBe('when she was twenty, he was nineteen');
    expect(spokenYearsInDigits('i had twenty twenty vision at the check')).toBe(
      'i had twenty twenty vision at the check',
    );
    expect(spokenYearsInDigits('two thousand steps a day')).toBe('two thousand steps a day');
    expect(spokenYearsInDigits('in twenty fifty')).toBe('in twenty fifty');
    for (const text of [
      'was it the two thousand five hundred mcg one',
      'twenty ten pills a day',
      'twenty thirty minutes later',
      'twenty twenty one pills',
    ])
      expect(spokenYearsInDigits(text)).toBe(text);
  });
});
