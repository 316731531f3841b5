import { EmergencyTriage } from '../emergency-triage.js';

const triage = new EmergencyTriage();
const isEmergency = (text: string): boolean => triage.assess(text).isEmergency;

/**
 * The kinds of false alarm the rules raised on development-9, each as a clinical modifier told in
 * words no labelled set uses, beside emergencies told in the same frame: the modifier mutes only
 * the clause or episode it is about, never a later present report.
 */
describe('EmergencyTriage: development-9 false alarms by kind', () => {
  describe('a negated "have any" and a coordinated list share one negation', () => {
    it.each([
      "Two weeks into citalopram I'm restless and off my food, but I'm not having any dark thoughts or urges to hurt myself. Is the restlessness normal?",
      "Since the redundancy I've felt low and can't be bothered, though I don't have any thoughts of killing myself or ending it all. Should I see someone?",
      'He says he has not had any thoughts of harming himself or of suicide, he is just tired of the night shifts.',
    ])('ordinary: %s', (text) => {
      expect(isEmergency(text)).toBe(false);
    });

    it.each([
      "I don't have any thoughts of harming myself or ending my life, but I took 30 of my tablets an hour ago.",
      "I'm not having any chest pain or my face has dropped on one side, my speech is slurred",
      'No chest pain or my arm has gone numb and my words are jumbled.',
      'She has not had any thoughts of suicide or self-harm before, but tonight she says she wants to kill herself and has a rope.',
      'Not having any dark thoughts or anything, just been cutting my arm and it will not stop bleeding.',
    ])('emergency: %s', (text) => {
      expect(isEmergency(text)).toBe(true);
    });
  });
});
