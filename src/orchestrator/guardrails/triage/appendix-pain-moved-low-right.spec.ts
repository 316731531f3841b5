import { EmergencyTriage } from '../emergency-triage.js';

const triage = EmergencyTriage.withWordingModel();
const rules = new EmergencyTriage();

/**
 * Appendicitis's migration told without the preposition (MTS abdominal pain, NICE CKS; issue 11;
 * development-16 line 129's "started round my belly button ... now its moved low right", beside "moved to
 * the lower right" lines in other development sets): "moved low right", "travelled low right", "it's gone
 * lower right". It is the same migration signal, so it still needs the rule's companions. The look-alikes
 * move something else to the lower right: period pain as usual, a runner's stitch that goes, a knee, a
 * baby's belly button redness.
 */
describe('EmergencyTriage: pain moved low right', () => {
  it.each([
    "my daughter's tummy pain moved low right from round her belly button, she's feverish and keeps vomiting",
    'ache by the navel since breakfast then it travelled low right, hurts to cough, been sick',
    "my son's tummy ache began by his navel last night, this morning it's gone lower right, he's hot and won't jump",
    "belly button pain since lunch, it's shifted low right now, temp 38.4 and I can't stand up straight",
  ])('flags %p, by the rules alone too', (text) => {
    expect(rules.assess(text).isEmergency).toBe(true);
    expect(triage.assess(text).isEmergency).toBe(true);
  });

  it.each([
    'my period pain moved lower right this month, same as usual otherwise, is that normal?',
    'stitch in my side when running, started by my belly button and now low right, goes when I stop',
    'the pain in my knee has moved lower right down the side, is that my IT band?',
    "my baby's belly button is red and a bit weepy, the redness went lower right yesterday, she's feeding well and happy",
  ])('stays quiet on %p', (text) => {
    expect(rules.assess(text).isEmergency).toBe(false);
    expect(triage.assess(text).isEmergency).toBe(false);
  });
});
