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

  it("maps what patients say to the bundles' display names", () => {
    expect(vocabularyExpansions('did i have trouble breathing')).toContain('dyspnea');
    expect(vocabularyExpansions('was i coughing up phlegm')).toContain('sputum');
    expect(vocabularyExpansions('what were my o2 sats')).toContain('oxygen saturation');
    expect(vocabularyExpansions('what hiv meds am i on')).toContain('antiretroviral');
    expect(vocabularyExpansions('did they check my kidney function')).toContain('creatinine');
    expect(vocabularyExpansions('my last checkup')).toContain('well child visit');
  });

  it('adds the clinical terms under a lay umbrella, one way only', () => {
    expect(vocabularyExpansions('did i have an upset stomach')).toEqual(
      expect.arrayContaining(['nausea', 'vomiting', 'diarrhea']),
    );
    expect(vocabularyExpansions('was i nauseous')).not.toContain('diarrhea');
  });

  it('treats a term as said only when it stands as a word ("feverish" does not say "fever")', () => {
    expect(vocabularyExpansions('was i feverish')).toContain('fever');
  });

  it('adds nothing the text already says', () => {
    const groups = termGroupsOf([['piles', 'hemorrhoids']]);
    expect(vocabularyExpansions('piles or hemorrhoids?', groups)).toEqual([]);
    expect(vocabularyExpansions('piles?', groups)).toEqual(['hemorrhoids']);
  });
});
