import { EmergencyTriage } from '../emergency-triage.js';

const triage = EmergencyTriage.withWordingModel();
const rules = new EmergencyTriage();

/**
 * A pain that "has gone" somewhere has spread, not ended (NICE CG95: chest pain spreading to the arm, jaw
 * or neck; issue 11; development-16 line 1's "it's gone down my left arm", beside "it's gone into his neck
 * and left shoulder" in another development set). The resolution reading took "it's gone" as the pain's
 * end; a body part after it ("down my left arm", "into his jaw") now keeps the episode open. The look-alikes
 * tell a pain, a swelling, a bruise or heartburn that has gone, gone down or gone away, or a rash that spread.
 */
describe('EmergencyTriage: a pain gone somewhere is its spread', () => {
  it.each([
    "there's a heaviness in the middle of my chest and it's gone down my left arm and I'm sweating",
    "what's good for heartburn? chest feels heavy after dinner, it's gone down my left arm and I'm clammy",
    "my dad has a tight feeling in his chest, it's moved into his jaw now and he's grey",
    'pressure in the middle of my chest for 40 minutes, it has gone into my neck and both arms',
    "mum says her chest is aching and it has spread to her back, she's pale and sweaty",
  ])('flags %p, by the rules alone too', (text) => {
    expect(rules.assess(text).isEmergency).toBe(true);
    expect(triage.assess(text).isEmergency).toBe(true);
  });

  it.each([
    "had a bit of chest tightness at the gym, it's gone now, felt fine all evening",
    'my chest pain from coughing has gone down a lot, just a bit sore when I laugh',
    "the rash on my chest has spread to my left arm, it's itchy but I feel fine",
    'the bruise on my chest from the seatbelt has gone down, is it ok to go back to the gym?',
    "the swelling in my ankle has gone down my foot a bit, it's just bruising now after the sprain",
    'heartburn after the curry, it went away with gaviscon and I feel fine now',
  ])('stays quiet on %p', (text) => {
    expect(rules.assess(text).isEmergency).toBe(false);
    expect(triage.assess(text).isEmergency).toBe(false);
  });
});
