import { EmergencyTriage } from '../emergency-triage.js';

const triage = new EmergencyTriage();
const isEmergency = (text: string): boolean => triage.assess(text).isEmergency;

/**
 * The kinds of false alarm the rules raised on development-10, each as a clinical modifier or a
 * reading of a word, told in words no labelled set uses, beside emergencies told in the same frame:
 * the modifier mutes only the word, clause or episode it is about, never a present report.
 */
describe('EmergencyTriage: development-10 false alarms by kind', () => {
  describe('a word that describes something else: "faint" before a colour or a thing, blood taken for a test', () => {
    it.each([
      "There's a faint brown streak on my pad at 10 weeks pregnant, no pain at all, is that normal?",
      '12 weeks pregnant and the test line was faint red at first, should I worry?',
      'I get lightheaded every time I have blood drawn, is there a way to prevent that at my appointment tomorrow?',
    ])('ordinary: %s', (text) => {
      expect(isEmergency(text)).toBe(false);
    });

    it.each([
      '9 weeks pregnant, pain on one side and i feel faint and dizzy',
      '14 weeks pregnant, a faint line of blood at first, now heavy bleeding soaking a pad an hour and I feel faint',
      'I faint when I have blood taken, but today I fainted while running and my chest hurts',
      "after having blood taken the site is bleeding heavily and won't stop, I'm on warfarin",
    ])('emergency: %s', (text) => {
      expect(isEmergency(text)).toBe(true);
    });
  });

  describe('a date told in short ("3 yrs ago") places an event years back', () => {
    it.each(['took an overdose 2 yrs ago and was in hospital for a week, will it affect my life insurance?'])(
      'ordinary: %s',
      (text) => {
        expect(isEmergency(text)).toBe(false);
      },
    );

    it.each([
      'took an overdose 3 yrs ago, today i swallowed a whole packet of my sertraline an hour ago',
      'had a stroke 2 yrs ago, now my face is drooping again and my arm is weak',
    ])('emergency: %s', (text) => {
      expect(isEmergency(text)).toBe(true);
    });
  });
});
