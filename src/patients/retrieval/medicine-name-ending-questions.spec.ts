import { vocabularyExpansions } from '../../common/vocabulary/vocabulary-expansion.js';
import { fixtureAnswerTexts } from './testing/fixture-answers.js';

describe('medicines told by the ending their names share', () => {
  it.each([
    'the hearing clinic asks whether I ever had one of the mycin antibiotics',
    'was I ever given a -mycin drug for the tb',
    'any mycins on my chart?',
  ])('%s: the streptomycin the record names', (question) => {
    expect(fixtureAnswerTexts('Dudley365_', question)).toEqual(
      expect.arrayContaining([expect.stringContaining('TUBERCULOSIS TREATMENT STARTED: Streptomycin')]),
    );
  });

  it.each([
    ['one of those cillin antibiotics', 'amoxicillin'],
    ['the blood pressure pill ending in pril', 'lisinopril'],
    ['a floxacin for my water infection', 'ciprofloxacin'],
    ['the olol tablet for my heart rate', 'metoprolol'],
  ])('%s: the medicines of that ending', (text, medicine) => {
    expect(vocabularyExpansions(text)).toContain(medicine);
  });

  it.each([
    'was my mycoplasma test negative',
    'is streptococcus the strep throat germ',
    'the tb pill that turns your pee orange',
    'my prilosec prescription',
  ])('%s: no ending read from a word that only starts or holds it', (text) => {
    const added = vocabularyExpansions(text);
    for (const medicine of ['streptomycin', 'azithromycin', 'lisinopril', 'ramipril'])
      expect(added).not.toContain(medicine);
  });
});
