import { EmergencyTriage } from '../../emergency-triage.js';
import { otherLanguageReading } from './other-language-reading.js';

describe('what the wording model reads of a message told in another language (toldInEnglish)', () => {
  it.each([
    ['me duele el pecho desde hace 20 minutos', 'chest pain for 20 minutes'],
    // A word no lexicon reads and no English message writes is left out, not read as English letter pieces.
    ['mi hijo no puede respirar, pobrecito', 'my son cannot breathe ,'],
    // English words of a mixed message are kept.
    ['mi hijo no puede respirar, lips blue', 'my son cannot breathe , lips blue'],
  ])('%s -> %s', (text, english) => {
    expect(otherLanguageReading(text)?.toldInEnglish).toBe(english);
  });

  it('leaves a message mostly in English to be read as written', () => {
    const reading = otherLanguageReading('my son has had a fever and a rash since last night, mi hijo tiene fiebre');
    expect(reading?.languages).toEqual(['Spanish']);
    expect(reading?.toldInEnglish).toBeNull();
  });

  it("hands the rules' English to the model, and holds it back where the other language negates a finding", () => {
    const reading = new EmergencyTriage().readByRules(
      'no tengo dolor de pecho ni me falta el aire, solo quiero saber si puedo tomar ibuprofeno',
    );
    expect(reading.result.isEmergency).toBe(false);
    expect(reading.toldInEnglish).toBe('i have no chest pain nor short of breath , si i can ibuprofen');
    expect(reading.muted).toBe(true);
  });

  it('gives the model nothing else to read for a message in English', () => {
    expect(new EmergencyTriage().readByRules('my chest hurts a bit when I cough').toldInEnglish).toBeUndefined();
  });
});
