import { EmergencyTriage } from '../emergency-triage.js';

const triage = EmergencyTriage.withWordingModel();
const rules = new EmergencyTriage();

/**
 * A convulsion told by a note's "jerking all limbs" / "jerking all 4 limbs", without "four" or a
 * possessive (NICE NG217: a first seizure, one that goes on, or one without waking needs an ambulance;
 * issue 11; development-16 line 70, beside the "jerk all four limbs" lines of other development sets).
 * It is a convulsive movement and takes its companions (a first one, not waking, still going) as the
 * longer telling does. The look-alikes: jerks falling asleep, a startle, a known epilepsy's usual fit
 * that is over, shivering or twitching muscles, and questions about what a seizure looks like.
 */
describe('EmergencyTriage: a convulsion of all limbs', () => {
  it.each([
    'PE teacher: Y10 student collapsed on the field, jerking all limbs, 4 min so far, not epileptic as far as we know',
    "my girlfriend dropped at the party and started jerking all limbs, she's never had anything like this before",
    "coach here, lad went down in training and jerked all limbs, first time anything like this, he's sitting up now but dazed",
    'care home: 70M found on the lounge floor jerking all 4 limbs, no known epilepsy, staff unsure what to do',
    "he jerked all limbs for a minute and now he won't wake up, he's breathing though",
  ])('flags %p, by the rules alone too', (text) => {
    expect(rules.assess(text).isEmergency).toBe(true);
    expect(triage.assess(text).isEmergency).toBe(true);
  });

  it.each([
    'as I drift off to sleep I sometimes jerk all limbs at once, is that normal?',
    'my son with epilepsy had one of his usual seizures this morning, jerking all limbs for about a minute, he came round and is back to normal now',
    'after the cold plunge I was shivering in all limbs for ten minutes, warmed up fine',
    'my muscles were twitching in all limbs after leg day at the gym, otherwise fine',
    'what does a tonic-clonic seizure look like, does the person jerk all limbs?',
    'my 3 week old jerks all limbs when the dog barks then settles straight away, is that the startle reflex?',
    'revising for my first aid exam: in a seizure you may see jerking of all limbs, how long before you call 999?',
  ])('stays quiet on %p', (text) => {
    expect(rules.assess(text).isEmergency).toBe(false);
    expect(triage.assess(text).isEmergency).toBe(false);
  });
});
