import { EmergencyTriage } from '../emergency-triage.js';

const triage = EmergencyTriage.withWordingModel();
const rules = new EmergencyTriage();

/**
 * A cord prolapse told in plain words once the waters have gone (RCOG GTG50; issue 11): "something like a cord
 * hanging down", "I can feel something like a slippery cord down there, between my legs", "a cord poking out".
 * Kind: development-17 ("my waters just went on the kitchen floor and I can feel something like a slippery cord
 * down there"), beside "can feel something like a cord at the vaginal opening" and "something like a cord
 * hanging down" in other development sets, all missed by the rules. It needs the waters told as gone beside
 * it; the look-alikes tell a newborn's cord stump, a cord round the neck at a birth gone well, a charger's
 * cord, delayed cord clamping.
 */
describe('EmergencyTriage: a cord told in plain words after the waters go', () => {
  it.each([
    'her waters just went and theres something like a cord hanging down, shes 37 weeks, what do we do',
    'waters just broke at 37 wks and i can feel something like a cord between my legs, its pulsing',
    "wife's waters have gone at 36 weeks and she says she can feel the cord, it's soft and pulsing",
    "waters broke in the bath, 39 weeks, there's a cord poking out and no contractions",
    'my waters went an hour ago at 35 weeks and I just touched something like a rope down there, a cord I think',
  ])('flags %p, by the rules alone too', (text) => {
    expect(rules.assess(text).isEmergency).toBe(true);
    expect(triage.assess(text).isEmergency).toBe(true);
  });

  it.each([
    'my waters broke yesterday and baby was born this morning, the cord stump looks a bit sticky, normal?',
    "waters went at 38 weeks last week, baby's here now, midwife said the cord was round his neck at birth but he's fine, should I worry?",
    'my waters went at 40 weeks, we are in the birth centre, can I ask for delayed cord clamping?',
    'Baby is 10 days old and the umbilical cord stump has come off, it is a bit sticky. Normal?',
  ])('stays quiet on %p', (text) => {
    expect(rules.assess(text).isEmergency).toBe(false);
    expect(triage.assess(text).isEmergency).toBe(false);
  });
});
