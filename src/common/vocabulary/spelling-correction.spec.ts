import { describe, expect, it } from '@jest/globals';
import { correctSpelling, editDistance } from './spelling-correction.js';

describe('correctSpelling', () => {
  it('corrects misspelt vocabulary words: missing, doubled and swapped letters', () => {
    expect(correctSpelling('what was my tempature')).toBe('what was my temperature');
    expect(correctSpelling('any alergies')).toBe('any allergies');
    expect(correctSpelling('my wieght')).toBe('my weight');
    expect(correctSpelling('the vacination')).toBe('the vaccination');
    expect(correctSpelling('the vaccinne')).toBe('the vaccine');
  });

  it('leaves known words, short words and far-off words alone', () => {
    expect(correctSpelling('what did the doctor write')).toBe('what did the doctor write');
    expect(correctSpelling('weighed myself yesterday')).toBe('weighed myself yesterday');
    expect(correctSpelling('my daughter was swabbed')).toBe('my daughter was swabbed');
    // Real words one letter apart from a vocabulary word.
    expect(correctSpelling('an injection while feeding, healing well')).toBe(
      'an injection while feeding, healing well',
    );
    expect(correctSpelling('the physician completed it')).toBe('the physician completed it');
    // The past tense of a word ending in "e" is one letter more than it, and no misspelling.
    expect(correctSpelling('his dinner tasted of nothing')).toBe('his dinner tasted of nothing');
    expect(correctSpelling('she wheezed all night')).toBe('she wheezed all night');
  });

  it('corrects a short word misspelt inside a vocabulary phrase, by the phrase around it', () => {
    expect(correctSpelling('he was short of breth at night')).toBe('he was short of breath at night');
    expect(correctSpelling('her hart rate')).toBe('her heart rate');
    // A letter typed for another, a word one letter longer by design, or no context but "the".
    expect(correctSpelling('poor appetite and a flue jab every year')).toBe('poor appetite and a flue jab every year');
    expect(correctSpelling('the clip they put on her finger')).toBe('the clip they put on her finger');
  });

  it('corrects the common misspellings with a letter typed for another, by name', () => {
    expect(correctSpelling('did she get the hepititis b shot')).toBe('did she get the hepatitis b shot');
    expect(correctSpelling('menengitis jab and chicken pocks')).toBe('meningitis jab and chickenpox');
    expect(correctSpelling('was i coughing up phlem')).toBe('was i coughing up phlegm');
  });

  it('splits a two-word term typed as one word, and only a whole term', () => {
    expect(correctSpelling('my last bodyweight on file')).toBe('my last body weight on file');
    expect(correctSpelling('her bloodpressure')).toBe('her blood pressure');
    expect(correctSpelling('his heartrate')).toBe('his heart rate');
    expect(correctSpelling('did he stay overnight')).toBe('did he stay overnight');
  });

  it('corrects a vowel typed for a vowel in a long word, not a short one', () => {
    expect(correctSpelling('hepatitus a when he was little')).toBe('hepatitis a when he was little');
    expect(correctSpelling('vericella second dose')).toBe('varicella second dose');
    expect(correctSpelling('the ones we probably missed')).toBe('the ones we probably missed');
  });

  it('reads "y" typed for "i" (or the other way round) as a vowel for a vowel', () => {
    expect(correctSpelling('streptomicine injections for tb')).toBe('streptomycin injections for tb');
    expect(correctSpelling('was there hemoptisis')).toBe('was there hemoptysis');
  });

  it('joins a long vocabulary word typed as two, and only such a word', () => {
    expect(correctSpelling('rhino virus negative or positive')).toBe('rhinovirus negative or positive');
    expect(correctSpelling('the para influenza test')).toBe('the parainfluenza test');
    expect(correctSpelling('new monia vaccine')).toBe('pneumonia vaccine');
    expect(correctSpelling('any one of the new shots')).toBe('any one of the new shots');
    expect(correctSpelling('con structor')).toBe('con structor');
  });

  it('corrects a word of ten letters or more by two edits of any kind', () => {
    expect(correctSpelling('her rotervirus drops')).toBe('her rotavirus drops');
    expect(correctSpelling('all his pnuemacoccal shots')).toBe('all his pneumococcal shots');
    expect(correctSpelling('the flu injections')).toBe('the flu injections');
    expect(correctSpelling('the polio injection')).toBe('the polio injection');
  });

  it('completes a long vocabulary word cut short, when the words it begins agree on the next letter', () => {
    expect(correctSpelling('was he tested for metapneumo')).toBe('was he tested for metapneumovirus');
    expect(correctSpelling('swabbed for parainflu')).toBe('swabbed for parainfluenza');
    expect(correctSpelling('her varicel jabs')).toBe('her varicella jabs');
    expect(correctSpelling('abcdefg', new Set(['abcdefgxy', 'abcdefgzw']))).toBe('abcdefg');
    expect(correctSpelling('abcdef', new Set(['abcdefxy']))).toBe('abcdef');
  });

  it('leaves a word alone when two dictionary words are equally close', () => {
    expect(correctSpelling('abcdef', new Set(['abcdefg', 'abcdefh']))).toBe('abcdef');
    expect(correctSpelling('abcdef', new Set(['abcdefg', 'abcxyz']))).toBe('abcdefg');
  });
});

describe('editDistance', () => {
  it('counts an insertion, a deletion or a swap of neighbours as one edit, a substitution as two', () => {
    expect(editDistance('weight', 'wieght')).toBe(1);
    expect(editDistance('temperature', 'tempature')).toBe(2);
    expect(editDistance('vaccine', 'vacine')).toBe(1);
    expect(editDistance('infection', 'injection')).toBe(2);
    expect(editDistance('fever', 'fever')).toBe(0);
    expect(editDistance('cough', 'fever', 1)).toBe(2);
    expect(editDistance('hepatitus', 'hepatitis', Infinity, true)).toBe(1);
    expect(editDistance('infection', 'injection', Infinity, true)).toBe(2);
  });
});
