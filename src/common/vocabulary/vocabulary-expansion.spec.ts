import { describe, expect, it } from '@jest/globals';
import { termGroupsOf, vocabularyExpansions } from './vocabulary-expansion.js';

describe('vocabularyExpansions', () => {
  it('maps lay words to clinical ones and back', () => {
    expect(vocabularyExpansions('I get short of breath on the stairs')).toEqual(
      expect.arrayContaining(['dyspnea', 'shortness of breath']),
    );
    expect(vocabularyExpansions('Is herpes zoster contagious?')).toContain('shingles');
    expect(vocabularyExpansions('my shingles came back')).toEqual(expect.arrayContaining(['zoster', 'herpes zoster']));
    expect(vocabularyExpansions('what was my last temperature')).toContain('body temperature');
  });

  it('matches whole words only, with plurals, hyphens and missing apostrophes', () => {
    expect(vocabularyExpansions('kidney-stones again')).toContain('nephrolithiasis');
    expect(vocabularyExpansions('bells palsy after a cold')).toContain('facial paralysis');
    expect(vocabularyExpansions('the flute lesson')).toEqual([]);
    expect(vocabularyExpansions('mostly fine')).toEqual([]);
  });

  it('adds nothing the text already says', () => {
    const groups = termGroupsOf([['piles', 'hemorrhoids']]);
    expect(vocabularyExpansions('piles or hemorrhoids?', groups)).toEqual([]);
    expect(vocabularyExpansions('piles?', groups)).toEqual(['hemorrhoids']);
  });
});
