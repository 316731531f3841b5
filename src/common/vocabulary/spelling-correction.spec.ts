import { describe, expect, it } from '@jest/globals';
import { correctSpelling, editDistance } from './spelling-correction.js';

describe('correctSpelling', () => {
  it('corrects misspelt vocabulary words: missing, doubled, swapped and wrong letters', () => {
    expect(correctSpelling('what was my tempature')).toBe('what was my temperature');
    expect(correctSpelling('any alergies')).toBe('any allergies');
    expect(correctSpelling('my wieght')).toBe('my weight');
    expect(correctSpelling('the vacination')).toBe('the vaccination');
  });

  it('leaves known words, short words and far-off words alone', () => {
    expect(correctSpelling('what did the doctor write')).toBe('what did the doctor write');
    expect(correctSpelling('weighed myself yesterday')).toBe('weighed myself yesterday');
    expect(correctSpelling('my daughter was swabbed')).toBe('my daughter was swabbed');
  });

  it('leaves a word alone when two dictionary words are equally close', () => {
    expect(correctSpelling('abcdef', new Set(['abcdeg', 'abcdeh']))).toBe('abcdef');
    expect(correctSpelling('abcdef', new Set(['abcdeg', 'abcxyz']))).toBe('abcdeg');
  });
});

describe('editDistance', () => {
  it('counts insertions, deletions, substitutions and a swap of neighbours as one edit each', () => {
    expect(editDistance('weight', 'wieght')).toBe(1);
    expect(editDistance('temperature', 'tempature')).toBe(2);
    expect(editDistance('fever', 'fever')).toBe(0);
    expect(editDistance('cough', 'fever', 1)).toBe(2);
  });
});
