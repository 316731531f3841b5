import { EmergencyTriage } from '../emergency-triage.js';

const triage = EmergencyTriage.withWordingModel();
const rules = new EmergencyTriage();

/**
 * Bladder control lost without noticing, told in any lay verb (NICE NG234 / GIRFT cauda equina red
 * flags; issue 11; development-16 line 156's "peed myself without noticing", beside "wet myself without
 * noticing / realising" in other development sets): "peed", "weed", "pissed" join "wet" and "weeing".
 * It is still the unnoticed kind, and it still needs back pain or leg symptoms beside it. The look-alikes
 * wet themselves laughing, after a night out or while potty training, or tell a dog that weed on the sofa.
 */
describe('EmergencyTriage: incontinence told in any verb', () => {
  it.each([
    'my lower back pain is much worse this week and this morning I peed myself without realising',
    "my dad's back pain is worse and he pissed himself in his chair without knowing, he says his bum feels numb",
    "back pain after lifting at work and I've just weed myself without feeling it coming",
  ])('flags %p, by the rules alone too', (text) => {
    expect(rules.assess(text).isEmergency).toBe(true);
    expect(triage.assess(text).isEmergency).toBe(true);
  });

  it.each([
    "I peed myself laughing at the comedy show, I've had three kids, is pelvic floor physio worth it?",
    "my toddler peed himself at nursery again, he's just been potty trained, back pain from carrying him all day",
    'my back hurts from the new mattress and I pissed myself laughing at my husband trying to fix it',
    "the dog weed on the sofa without me noticing and now my back's sore from scrubbing it",
    'slept through and peed myself after a night out, so embarrassing, my back is stiff too',
  ])('stays quiet on %p', (text) => {
    expect(rules.assess(text).isEmergency).toBe(false);
    expect(triage.assess(text).isEmergency).toBe(false);
  });
});
