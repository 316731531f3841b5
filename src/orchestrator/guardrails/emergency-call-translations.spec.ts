import { EMERGENCY_CALL_SENTENCES, type EmergencyCallLanguage } from './emergency-call-translations.js';

/** Numbers as a country might configure them: a space inside, so a reordered or translated number shows. */
const EMERGENCY_NUMBER = '000 112';
const CRISIS_LINE = '116 123';

/**
 * The languages issue 11 asks for, Hindi as typed in Latin letters, and (session 33) Polish, Turkish, Korean,
 * Haitian Creole and Swahili, whose messages the triage reads as that one language alone.
 */
const LANGUAGES: readonly EmergencyCallLanguage[] = [
  'Spanish',
  'Portuguese',
  'French',
  'German',
  'Italian',
  'Chinese',
  'Arabic',
  'Hindi',
  'romanised Hindi',
  'Vietnamese',
  'Tagalog',
  'Russian',
  'Polish',
  'Turkish',
  'Korean',
  'Haitian Creole',
  'Swahili',
];

const occurrences = (text: string, part: string): number => text.split(part).length - 1;

describe('the emergency call sentences in other languages', () => {
  it('has both sentences for every language the guidance answers in, and no other', () => {
    expect(Object.keys(EMERGENCY_CALL_SENTENCES).sort()).toEqual([...LANGUAGES].sort());
  });

  it.each(LANGUAGES)('%s: the call-now opening carries the emergency number once, as configured', (language) => {
    const sentence = EMERGENCY_CALL_SENTENCES[language].callNow(EMERGENCY_NUMBER);
    expect(occurrences(sentence, EMERGENCY_NUMBER)).toBe(1);
    expect(sentence).not.toContain(CRISIS_LINE);
    // A sentence of its own, not the English opening, and no part left untranslated or unfilled.
    expect(sentence).not.toMatch(/This may be a medical emergency|undefined|\$\{/);
    expect(sentence.length).toBeGreaterThan(40);
  });

  it.each(LANGUAGES)('%s: the crisis-line sentence carries the crisis line once, as configured', (language) => {
    const sentence = EMERGENCY_CALL_SENTENCES[language].crisisLine(CRISIS_LINE);
    expect(occurrences(sentence, CRISIS_LINE)).toBe(1);
    expect(sentence).not.toContain(EMERGENCY_NUMBER);
    expect(sentence).not.toMatch(/crisis counsellor - it is free|undefined|\$\{/);
    expect(sentence.length).toBeGreaterThan(30);
  });

  it('keeps a number in Arabic text in its own left-to-right order', () => {
    const { callNow, crisisLine } = EMERGENCY_CALL_SENTENCES.Arabic;
    expect(callNow(EMERGENCY_NUMBER)).toContain(`\u2066${EMERGENCY_NUMBER}\u2069`);
    expect(crisisLine(CRISIS_LINE)).toContain(`\u2066${CRISIS_LINE}\u2069`);
  });
});
