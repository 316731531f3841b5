import { describe, expect, it } from '@jest/globals';
import { englishForSpanishWords } from './spanish-words.js';

describe('englishForSpanishWords', () => {
  it('puts the Spanish health words of a mixed question in English, accented or not', () => {
    expect(englishForSpanishWords('la prueba del vih')).toBe('la test del hiv');
    expect(englishForSpanishWords('the school wants proof of his vacunas')).toBe(
      'the school wants proof of his vaccines',
    );
    expect(englishForSpanishWords('la cita del doctor cuando tenía tos')).toBe(
      'la appointment del doctor when had cough',
    );
    expect(englishForSpanishWords('su presión arterial y su peso')).toBe('su blood pressure y su weight');
    expect(englishForSpanishWords('la vacunación de mi hija')).toBe('la vaccination de my daughter');
  });

  it('reads weight told by its verb ("pesaba", "pesa") as weighed', () => {
    expect(englishForSpanishWords('¿cuánto pesaba mi hijo cuando tuvo covid?')).toBe(
      '¿cuanto weighed my son when had covid?',
    );
    expect(englishForSpanishWords('¿cuánto pesa mi hija?')).toBe('¿cuanto weighs my daughter?');
  });

  it('reads the head hurting as a headache, and "anotado" as noted', () => {
    expect(englishForSpanishWords('¿a mi hijo le dolía la cabeza? está anotado?')).toBe(
      '¿to my son le had a headache? esta noted?',
    );
  });

  it('reads the personal "a" before the one it is done to as "to", not a letter, and keeps the letter of "hepatitis a"', () => {
    expect(englishForSpanishWords('¿cuándo le pusieron la vacuna de la gripe a mi hijo?')).toBe(
      '¿when le gave la vaccine de la gripe to my son?',
    );
    expect(englishForSpanishWords('la vacuna de la hepatitis a a mis hijos')).toBe(
      'la vaccine de la hepatitis a to my hijos',
    );
  });

  it('reads the child an interpreter asks about as "she" or "he"', () => {
    expect(englishForSpanishWords('¿la niña tuvo covid y cuándo se le quitó?')).toBe(
      '¿she had covid y when se le quito?',
    );
    expect(englishForSpanishWords('el niño tuvo fiebre')).toBe('he had fever');
  });

  it('reads a medicine taken, a visit seen and ever in the past of a whole Spanish question', () => {
    expect(englishForSpanishWords('mi farmacéutico pregunta si alguna vez tomé efavirenz')).toBe(
      'my pharmacist pregunta si ever i took efavirenz',
    );
    expect(englishForSpanishWords('¿cuándo la vieron por estar enferma?')).toBe('¿when la saw por estar sick?');
  });

  it('leaves English and names alone', () => {
    expect(englishForSpanishWords('what was my temperature at the visit')).toBe('what was my temperature at the visit');
    expect(englishForSpanishWords('did nina get her flu shot')).toBe('did nina get her flu shot');
    expect(englishForSpanishWords('the constructor tostring')).toBe('the constructor tostring');
  });
});
