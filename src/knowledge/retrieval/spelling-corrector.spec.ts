import { SpellingCorrector } from './spelling-corrector.js';

// Probes written before vowels were read by sound: a name spelt as heard gets its vowels wrong
// more often than its consonants, so a vowel for a vowel is the nearer misspelling.
describe('SpellingCorrector', () => {
  const corrector = new SpellingCorrector(
    new Map([
      // Stems as the index holds them, with made-up but realistic counts: the wrong answers are the frequent ones.
      ['dengu', 4],
      ['deni', 300],
      ['denti', 200],
      ['menier', 5],
      ['miner', 60],
      ['alzheim', 400],
      ['antibiot', 500],
      ['diabet', 3000],
      ['rosacea', 10],
      ['cataract', 80],
      ['lupu', 40],
      ['lipid', 90],
      ['lymph', 300],
    ]),
  );

  it.each([
    ['dengi', 'dengu'],
    ['menear', 'menier'],
    ['alzhim', 'alzheim'],
    ['antibiotc', 'antibiot'],
    ['diabeti', 'diabet'],
    ['rosacia', 'rosacea'],
    ['catarax', 'cataract'],
    // A vowel for a vowel is nearer than a consonant for a consonant.
    ['dentu', 'denti'],
    ['lomph', 'lymph'],
  ])('corrects %s to %s', (typed, known) => {
    expect(corrector.correct(typed)).toBe(known);
  });

  it.each([
    // A consonant wrong beside a vowel in a short word is no misspelling of it.
    ['lamps'],
    ['mandar'],
  ])('leaves %s alone', (typed) => {
    expect(corrector.correct(typed)).toBeNull();
  });
});
