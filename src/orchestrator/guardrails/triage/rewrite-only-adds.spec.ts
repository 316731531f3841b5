import { EmergencyTriage } from '../emergency-triage.js';
import { withLearnerGrammar } from './learner-grammar.js';

const triage = new EmergencyTriage();

/**
 * Learner English and Pidgin are read as English by rewriting the message; the rules then read the
 * text as written too whenever the rewrite flags nothing, so a rewrite can add an emergency but never
 * take one away (review V8, session 27: "don" and "dey" rewritten in plain English lines silenced them).
 */
describe('EmergencyTriage: reading learner English and Pidgin only ever adds an emergency', () => {
  // Emergencies in English beside a Pidgin word, with a man called Don: the rewrite touches them.
  const plainEnglishBesidePidgin = [
    "abeg Don drank bleach about half an hour ago, he's 3",
    "wahala o, Don can't move his right side, it started suddenly at lunch",
    'Don is not breathing, abeg come quick',
    'abeg una, Don swallow all my sleeping tablets, he no dey wake',
  ];

  it.each(plainEnglishBesidePidgin)('flags %p', (text) => {
    expect(triage.assess(text).isEmergency).toBe(true);
  });

  it('rewrites these lines (so the text as written is what keeps them flagged if a rewrite misreads them)', () => {
    const rewritten = plainEnglishBesidePidgin.filter(
      (text) => withLearnerGrammar(text.toLowerCase()) !== text.toLowerCase(),
    );
    expect(rewritten.length).toBeGreaterThanOrEqual(3);
  });

  it('still reads Pidgin told alone, which only the rewrite makes English', () => {
    expect(triage.assess('abeg my pikin don stop breathing, e body don turn blue').isEmergency).toBe(true);
    expect(triage.assess('abeg help, my husband no fit breathe, he dey turn blue').isEmergency).toBe(true);
  });

  it('adds no alarm to a calm Pidgin message', () => {
    expect(triage.assess('abeg wetin i fit take for small headache, e don start since morning').isEmergency).toBe(
      false,
    );
  });
});
