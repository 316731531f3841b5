import { EmergencyTriage } from '../emergency-triage.js';

const triage = new EmergencyTriage();
const isEmergency = (text: string): boolean => triage.assess(text).isEmergency;

/**
 * A plan asked about someone told by a pronoun or a possessive after an earlier sentence ("My husband is on
 * warfarin. If he hits his head, does he need a scan?", "She is 32 weeks. If her waters break while I'm at
 * work, what should she do?") or by the writer "if I'm ever ...": the condition is in the present simple or a
 * time still to come, and the question follows (NHS 111 and Schmitt-Thompson "call back if": advice asked
 * ahead, not a report). The earlier sentence's circumstance (the warfarin, the weeks) joined the condition's
 * finding into a red flag. Beside them, twins where the condition is told as done, dated or going on, or a
 * later sentence says it is happening: they stay emergencies. Run on the rules before the change (288e644):
 * three of the eight look-alikes (the second, third and seventh) were flagged, every twin flagged.
 */
describe('EmergencyTriage: a plan asked about someone told by a pronoun', () => {
  it.each([
    'My son has epilepsy. If he has a seizure at school, what should the teacher do?',
    "If I'm ever with someone who collapses, should I start CPR straight away?",
    'My daughter is allergic to peanuts. If she eats one by accident at a party, when should they use the epipen?',
    'If his sugar goes really low while we are on holiday, what should we give him?',
    "She is 32 weeks pregnant. If her waters break while I'm at work, what should she do?",
    'The nursery asked how to use her inhaler if she gets wheezy at nap time.',
    'My husband is on warfarin. If he hits his head, does he need a scan?',
    'if they ever find him unconscious what do they do, he lives alone with diabetes',
  ])('reads the plan as a question: %s', (text) => {
    expect(isEmergency(text)).toBe(false);
  });

  it.each([
    'He is having a seizure at school right now, it has lasted 6 minutes, what should the teacher do?',
    'If he has a seizure what do I do? He is shaking all over now and his lips are blue.',
    'My daughter ate a peanut at a party and her lips are swelling and she is wheezing, when should we use the epipen?',
    'Her waters have broken and she is only 32 weeks, what should she do?',
    'If he hits his head does he need a scan? He fell down the stairs an hour ago, he is on warfarin and now he is confused.',
    'if he has chest pain and is sweating and grey what should I do',
    'She is 30 weeks pregnant. If her waters broke an hour ago and the fluid is green, what should she do?',
    'My daughter is allergic to peanuts. If she has eaten one and her lips are swelling, when should we use the epipen?',
    'My husband is on warfarin. If he hit his head this morning and now has a headache, does he need a scan?',
    'if she has taken 20 of her tablets what should I do',
  ])('flags the condition told as met: %s', (text) => {
    expect(isEmergency(text)).toBe(true);
  });
});
