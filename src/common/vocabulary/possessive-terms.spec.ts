import { describe, expect, it } from '@jest/globals';
import { eachPossessive } from './possessive-terms.js';
import { vocabularyExpansions } from './vocabulary-expansion.js';

describe('eachPossessive', () => {
  it('writes each possessive in for {whose} and keeps other terms as they are', () => {
    expect(eachPossessive('virus in {whose} blood', 'viral count')).toEqual([
      'virus in my blood',
      'virus in his blood',
      'virus in her blood',
      'virus in their blood',
      'virus in your blood',
      'virus in our blood',
      'viral count',
    ]);
  });

  it.each([
    ['how much virus is in our blood these days', 'viral load'],
    ['the pictures of their brain', 'head ct'],
    ['did they give him something to go over his nose and mouth', 'face mask'],
    ['he could not catch his breath', 'dyspnea'],
    ['she had tightness in her chest', 'dyspnea'],
    ['when your kid lost his taste', 'ageusia'],
  ])('lets the vocabulary find "%s" whoever it is said of', (text, expected) => {
    expect(vocabularyExpansions(text)).toContain(expected);
  });
});
