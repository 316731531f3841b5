import { EmergencyTriage } from '../emergency-triage.js';

const triage = new EmergencyTriage();
const isEmergency = (text: string): boolean => triage.assess(text).isEmergency;

/**
 * A question someone is reported to ask about a plan, in a case note's or a bystander's words: "School nurse asks how
 * to give buccal midazolam if a pupil has a seizure", "Mum asks how to do CPR in case her newborn ever stops
 * breathing" (first-aid and care-plan questions that NHS 111 and Schmitt-Thompson answer as advice). Beside them,
 * twins where the report follows the question ("..., her baby has stopped breathing", "because her husband has
 * crushing chest pain now") or the question is about dying: they stay emergencies. Run on the rules before the
 * change (288e644): 9 of 10 look-alikes flagged, 7 of 7 twins flagged; after 3 of 10 (below, the 7 mended) and 7 of 7.
 * Still flagged, left with the rules: the object told with a possessive ("how to use his son's adrenaline pen in
 * case he has a reaction", "her epipen if she reacts"), and a question that names killing oneself.
 */
describe('EmergencyTriage: a reported question on how to act if something happens', () => {
  it.each([
    'School nurse asks how to give buccal midazolam if a pupil has a seizure lasting over five minutes.',
    'Mum asks how to do CPR on a baby in case her newborn ever stops breathing.',
    'A grandmother asks how to recognise a stroke if her husband ever has one.',
    'The coach asked how to help if one of the players has an asthma attack and cannot breathe.',
    'Parent asks how best to use the spacer if a child has an asthma attack at school.',
    'Lifeguard trainee asks how to do rescue breaths in case anyone is pulled from the water not breathing.',
    'Care assistant asks how to put someone in the recovery position if a resident ever collapses and is unresponsive.',
  ])('reads the plan as a question: %s', (text) => {
    expect(isEmergency(text)).toBe(false);
  });

  it.each([
    "Dad asks how to use the adrenaline pen because his son's lips are swelling and he is wheezing after a peanut.",
    'Mum asks how to do CPR, her baby has stopped breathing.',
    'School nurse asks how to give buccal midazolam, a pupil has been fitting for 7 minutes.',
    "my daughter's nursery asked how to use her epipen because she ate a nut and her throat is tight.",
    'A 30-year-old asks how to make the pain stop, he has crushing chest pain and is sweating.',
    'asks how to kill herself with her tablets tonight',
    'Wife asks how to help if someone has chest pain because her husband has crushing chest pain now.',
  ])('flags the report told with it: %s', (text) => {
    expect(isEmergency(text)).toBe(true);
  });
});
