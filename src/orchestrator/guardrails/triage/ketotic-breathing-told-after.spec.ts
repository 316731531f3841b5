import { EmergencyTriage } from '../emergency-triage.js';

const triage = EmergencyTriage.withWordingModel();
const rules = new EmergencyTriage();

/**
 * Ketotic (Kussmaul) breathing told with the breathing first and its look after (NICE NG18: DKA; issue 11;
 * development-16 line 126's "his breathing is deep and sighing", beside "deep rapid breathing" and "deep
 * sighing breaths" in other development sets): "her breathing has gone fast and deep", "his breathing is
 * really deep and rapid". It is the same signal, so it still needs diabetes or new thirst beside it. The
 * look-alikes: deep slow breathing in yoga, deep noisy breathing asleep, a cat, a course question.
 */
describe('EmergencyTriage: ketotic breathing told after the breathing', () => {
  it.each([
    'camping with my mate who is type 1, his insulin pen broke yesterday, he keeps throwing up and his breathing is deep and sighing',
    "my 12 year old is diabetic, she's been sick all night and her breathing has gone fast and deep",
    "grandad's on insulin, he's very drowsy today and his breathing is really deep and rapid",
    "my son is weeing constantly and very thirsty, now his breathing is deep and sighing and he's tired",
  ])('flags %p, by the rules alone too', (text) => {
    expect(rules.assess(text).isEmergency).toBe(true);
    expect(triage.assess(text).isEmergency).toBe(true);
  });

  it.each([
    "I'm type 2 and when I do my yoga my breathing is deep and slow, is that good for my sugars?",
    "my diabetic cat's breathing is deep and fast after playing, vet says it's fine?",
    'my husband is diabetic and his breathing is deep and noisy when he sleeps, he snores, should he get tested for sleep apnoea?',
    "how do you tell if someone's breathing is deep and sighing from DKA or just anxiety? asking for my diabetes course",
  ])('stays quiet on %p', (text) => {
    expect(rules.assess(text).isEmergency).toBe(false);
    expect(triage.assess(text).isEmergency).toBe(false);
  });
});
