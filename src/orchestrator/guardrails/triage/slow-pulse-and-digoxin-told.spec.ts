import { EmergencyTriage } from '../emergency-triage.js';

const triage = EmergencyTriage.withWordingModel();
const rules = new EmergencyTriage();

/**
 * Two kinds told through a medicine and a home device (issue 11). A slow pulse, 40 or less as NEWS2 scores it red,
 * with the brain or the circulation failing (MTS: abnormal pulse with altered conscious level or shock), as a
 * heart block or a digoxin toxicity shows: development-17's "pulse 38 on home machine, very confused", read off
 * "my blood pressure machine" too. And digoxin with the tint it gives the eyes (NPIS / TOXBASE: everything
 * yellow or green, yellow rings round lights): development-15's carer's note ("says everything looks
 * yellowish, pulse 42") and development-17's "Mum (81) ... digoxin included ... everything looks yellowish".
 * The look-alikes: a fit person's slow resting pulse (pale or not), a beta blocker's slow pulse at night, yellow
 * eyes or a yellowing bruise on digoxin, and the tint told as what the medicine can do.
 */
describe('EmergencyTriage: a slow pulse with a failing brain or circulation, and digoxin with yellow vision', () => {
  it.each([
    'Grandad takes digoxin. Since yesterday he says everything looks greenish and he has been sick twice',
    "on lanoxin, I'm seeing everything with a green tinge and I feel awful",
    '70M on digoxin, amiodarone started last week, now vomiting and his vision has gone yellowish',
    'Pt on digoxin 250mcg, c/o xanthopsia and nausea',
    "my nan has gone very drowsy and her pulse is only 35, she's on digoxin",
    "Mum is 88, she's muddled and not herself today and her pulse is 34 when I count it",
    'he nearly passed out on the stairs and the pulse on his bp monitor reads 32',
    "pulse 32 on the home monitor and she's grey and clammy, she's 85",
  ])('flags %p, by the rules alone too', (text) => {
    expect(rules.assess(text).isEmergency).toBe(true);
    expect(triage.assess(text).isEmergency).toBe(true);
  });

  it.each([
    'the nurse said digoxin can make you see yellow halos, what else should I watch for?',
    "I'm on digoxin for AF, my pulse is 72 and steady, can I drink grapefruit juice?",
    "on digoxin and I've noticed my eyes look a bit yellow in the mirror, GP or pharmacy?",
    "my nan's on digoxin and her bruise from the fall is going yellow, she's fine otherwise",
    "I'm 24 and cycle 300km a week, resting heart rate 38 on my watch, feel great, normal?",
    "marathon runner, resting pulse 38, I've always been pale, is that a worry?",
    "heart rate 39 at night on my watch, GP said it's my beta blocker, no dizziness",
  ])('stays quiet on %p', (text) => {
    expect(rules.assess(text).isEmergency).toBe(false);
    expect(triage.assess(text).isEmergency).toBe(false);
  });
});
