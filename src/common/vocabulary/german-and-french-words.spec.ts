import { describe, expect, it } from '@jest/globals';
import { englishForGermanAndFrenchWords } from './german-and-french-words.js';

describe('englishForGermanAndFrenchWords', () => {
  it('puts a German question in English words the record questions read, umlauts or not', () => {
    expect(englishForGermanAndFrenchWords('wie hoch war mein sauerstoff im blut im krankenhaus 2017?')).toBe(
      'how high war my oxygen im blood im hospital 2017?',
    );
    expect(englishForGermanAndFrenchWords('hat der arzt müdigkeit eingetragen, im märz 2020')).toBe(
      'hat der doctor fatigue recorded, im march 2020',
    );
  });

  it('puts the French words in English, a pain told by where it is and an elision too', () => {
    expect(englishForGermanAndFrenchWords("mon fils avait mal à la tête avec le covid, le médecin l'a noté?")).toBe(
      'my son had headache with le covid, le doctor l a note?',
    );
    expect(englishForGermanAndFrenchWords("mon poids à l'hôpital en 2016")).toBe('my weight a l hospital en 2016');
  });

  it('reads the French names of the readings and diseases a whole question asks about', () => {
    expect(englishForGermanAndFrenchWords('quelle était la fréquence respiratoire de ma fille ?')).toBe(
      'which was la respiratory rate de my daughter ?',
    );
    expect(englishForGermanAndFrenchWords('quand ai-je reçu le vaccin contre le zona ?')).toBe(
      'when ai-je received le vaccine contre le shingles ?',
    );
  });

  it('reads "zona" as shingles only where French makes it one, not as an area', () => {
    expect(englishForGermanAndFrenchWords('le vaccin du zona')).toBe('le vaccine du shingles');
    expect(englishForGermanAndFrenchWords('vivo en una zona rural, me duele la zona lumbar')).toBe(
      'vivo en una zona rural, me duele la zona lumbar',
    );
  });

  it('leaves English, names and the words both languages share alone', () => {
    expect(englishForGermanAndFrenchWords('was les given the flu vaccine in may 2019')).toBe(
      'was les given the flu vaccine in may 2019',
    );
    expect(englishForGermanAndFrenchWords("i don't know the constructor tostring")).toBe(
      "i don't know the constructor tostring",
    );
  });

  it.each([
    ['meine behandlung gegen hiv', 'my treatment for hiv'],
    ['mon traitement pour la tuberculose', 'my treatment pour la tuberculosis'],
    ['les médicaments de mon fils', 'les medications de my son'],
  ])('reads a treatment asked for as such: %j is %j', (text, english) => {
    expect(englishForGermanAndFrenchWords(text)).toBe(english);
  });
});
