import { EmergencyTriage } from '../emergency-triage.js';

const triage = EmergencyTriage.withWordingModel();
const rules = new EmergencyTriage();

/**
 * Arterial bleeding told by its rhythm rather than by a word for spurting (Manchester Triage System,
 * haemorrhage: pulsatile bleeding; issue 11; development-16 lines 28 and 32, and the "pumping out in
 * little spurts" lines of development sets 5, 9 and 14): "blood is coming out in spurts", "bright red
 * coming in pulses", "blood come out in spurt". The rhythm counts beside a wound told (a cut, a blade,
 * broken glass): alone it is no discriminator. The look-alikes tell another flow in spurts or pulses (a
 * period, urine, pain, energy), a small bleed that stopped, or the same blood with no wound (a blood test,
 * a nosebleed that stopped at once, a first-aid lesson).
 */
describe('EmergencyTriage: bleeding told by its rhythm', () => {
  it.each([
    "my dad caught his shin on the strimmer blade, blood is coming out in spurts and he's gone quiet",
    'kid next door fell on a glass bottle in the park, bright red coming in pulses from the side of his hand',
    'district nurse: 60M, forearm laceration from a fall, blood still coming out in little spurts under the pad',
    'sliced my thumb deep on the mandolin, the blood keeps coming out in spurts every time I lift the cloth',
    'my brother hand cut with the machine at work, blood come out in spurt, what we do',
    'what cream is best for a cut? caught my wrist on a broken jar, the blood comes out in pulses when I let go',
  ])('flags %p, by the rules alone too', (text) => {
    expect(rules.assess(text).isEmergency).toBe(true);
    expect(triage.assess(text).isEmergency).toBe(true);
  });

  it.each([
    'my period blood comes out in spurts when I stand up after sitting for a while, is that normal?',
    'since my prostate got bigger my wee comes out in spurts and dribbles, is there a tablet for it?',
    'the ache in my lower back comes in pulses, a throb every few seconds, had it for a week',
    'my energy comes in spurts these days and then I crash, could it be my thyroid?',
    'cut my finger chopping onions, it bled a bit and stopped with a plaster, do I need a tetanus jab?',
    'my gums bleed a little when I brush and then it stops, should I change toothpaste?',
    'the rain comes in short spurts here all afternoon, is it ok to take the baby out in the sling?',
    // Review V10 (13:28): the same blood in an ordinary place, with no wound told.
    "when the nurse took my blood the blood came out in spurts into the tube, is that normal? the plaster's been on all day and it's fine",
    'blew my nose and a bit of blood came out in little spurts, stopped straight away, is it the dry air?',
    'in first aid class they said arterial blood comes out in spurts, how do you tell it from a vein?',
  ])('stays quiet on %p', (text) => {
    expect(rules.assess(text).isEmergency).toBe(false);
    expect(triage.assess(text).isEmergency).toBe(false);
  });
});
