import { spokenLettersAsLetters } from './spoken-letters.js';

describe('a lettered name with its letter said as a word', () => {
  it.each([
    ['when did les get hepatitis bee', 'when did les get hepatitis b'],
    ['did philip have the hep ay jab', 'did philip have the hep a jab'],
    ['has she been tested for hep see', 'has she been tested for hep c'],
    ['was his flu bee test positive', 'was his flu b test positive'],
    ['influenza virus ay result', 'influenza a result'],
    ['is my vitamin dee low', 'is my vitamin d low'],
    ['was he checked for parainfluenza three', 'was he checked for parainfluenza 3'],
  ])('%j reads %j', (said, written) => {
    expect(spokenLettersAsLetters(said)).toBe(written);
  });

  it.each([
    ['can the flu be serious'],
    ['she had the flu see the notes'],
    ['he had the flu two times'],
    ['my hep b shots'],
    ['vitamin deficiency'],
  ])('%j is left as it is', (text) => {
    expect(spokenLettersAsLetters(text)).toBe(text);
  });
});
