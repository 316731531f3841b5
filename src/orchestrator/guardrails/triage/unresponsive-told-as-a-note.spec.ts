import { EmergencyTriage } from '../emergency-triage.js';

const triage = EmergencyTriage.withWordingModel();
const rules = new EmergencyTriage();

/**
 * Unresponsiveness told as a carer's or clinician's note does (MTS: unresponsive; AVPU below V; issue 11;
 * development-16 line 25, beside "does not ... respond to a sternal rub" and "GCS 13 (E3V4M6)" in other
 * development sets): "not rousable to voice or sternal rub", "not rousable to pain", "no response to
 * sternal rub", and a Glasgow score told by its components ("GCS E1V1M4"), anything short of E4 V5 M6.
 * Voice alone is not read here: a heavy sleeper is not rousable to voice. The look-alikes: a full score
 * by its components, a teenager or a dog not rousable to voice, questions about the scale, a hand with no
 * response to pain under a nerve block, a sternal rub practised on a dummy.
 */
describe('EmergencyTriage: unresponsiveness told as a note', () => {
  it.each([
    'care assistant: 92F in bed at 6am not rousable to voice or pain, breathing noisy, skin cold',
    'ward HCA: post-op day 1, GCS E2V2M5, was chatting at midnight',
    'EMS: 34M, assault with a bat, brief LOC, GCS (E3 V4 M6), pupils unequal',
    'hostel night staff: guest on the floor of his room not rousable to voice or sternal rub',
    'support worker: service user slumped in his chair, not rousable to pain, lips a bit blue',
    'night shift: 81M no response to sternal rub, breathing 8 a minute',
  ])('flags %p, by the rules alone too', (text) => {
    expect(rules.assess(text).isEmergency).toBe(true);
    expect(triage.assess(text).isEmergency).toBe(true);
  });

  it.each([
    "the dog is not rousable to voice when he's deep asleep, is that normal for an old labrador?",
    'my 15 yo is a heavy sleeper, not rousable to voice at 7am but wakes when I open the curtains, is that normal?',
    'handover: 64M day 2 post hip, GCS E4V5M6, obs stable, eating breakfast',
    'GCS 15 (E4 V5 M6) on arrival, alert, wants to go home',
    "OSCE revision: what does GCS E4V5M6 add up to, and what's AVPU?",
    'nursing student: what does it mean when a patient is not rousable to voice but rousable to pain, is that P on AVPU?',
    "after the nerve block his hand had no response to painful stimuli during surgery, now it's tingling as it wears off",
    "first aid course today: we practised the sternal rub on a dummy, what's the right pressure?",
  ])('stays quiet on %p', (text) => {
    expect(rules.assess(text).isEmergency).toBe(false);
    expect(triage.assess(text).isEmergency).toBe(false);
  });
});
