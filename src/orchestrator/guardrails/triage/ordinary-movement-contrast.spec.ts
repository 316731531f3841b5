import { EmergencyTriage } from '../emergency-triage.js';

const triage = EmergencyTriage.withWordingModel();
const rules = new EmergencyTriage();

/**
 * A baby's ordinary movement (a startle, jitters, hiccups) told before "is this a seizure?" quiets the
 * question only while it is the whole story: a contrast turning to another sign, or the minutes of the
 * last stretch, is a seizure told beside it (review V8, session 27, 08:16).
 */
describe('EmergencyTriage: an ordinary movement set against a sign of a seizure', () => {
  it.each([
    "my newborn startles at the dog, but for the last 3 minutes she's been making chewing movements and her eyes are staring off, could it be a seizure?",
    'my 2 week old jumps when the door bangs, but now her mouth keeps twitching and her lips look blue, is this a seizure?',
    "baby has jitters when he cries but over the past 5 minutes his arm keeps jerking and he won't feed, could it be a fit?",
  ])('flags %p, by the rules alone too', (text) => {
    expect(rules.assess(text).isEmergency).toBe(true);
    expect(triage.assess(text).isEmergency).toBe(true);
  });

  it.each([
    'my baby startles at loud noises but settles straight away, is this a seizure?',
    'my baby jumps at noises but his breathing seems fine and he feeds well, is it a seizure?',
    'he startles in his sleep but is otherwise happy, is this a seizure?',
  ])('stays quiet on %p', (text) => {
    expect(triage.assess(text).isEmergency).toBe(false);
  });
});
