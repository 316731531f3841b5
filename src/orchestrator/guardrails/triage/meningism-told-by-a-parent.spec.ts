import { EmergencyTriage } from '../emergency-triage.js';

const triage = new EmergencyTriage();
const isEmergency = (text: string): boolean => triage.assess(text).isEmergency;

/**
 * Meningism as a parent tells it (NICE NG143, NHS meningitis symptoms): the neck bent or moved with no direction
 * ("cries when she bends her neck", "screams when he moves his neck") and a dislike of bright light ("she doesn't
 * like the light"), beside a fever, a headache or vomiting. Beside them, a sore neck after sleeping awkwardly, or a
 * light disliked, with no fever: no red flag. Run on the rules before the change (288e644): 0 of 5 emergencies
 * flagged (the product flagged 3), 0 of 6 look-alikes; after 5 of 5 and 0 of 6.
 */
describe("EmergencyTriage: a stiff neck and dislike of light told in a parent's words", () => {
  it.each([
    "My 5 year old has been vomiting and had a bad headache since this morning, now she doesn't like the light and cries when she bends her neck. Temperature is 39.5. Can I just give her Calpol?",
    'my son is 8, fever 39 and a headache, he screams when he moves his neck',
    'A 19-year-old student with fever, headache and dislike of bright lights since this afternoon.',
    'toddler hot with a temp of 39.2 and being sick, she cries whenever I turn her neck',
    'my husband has a temperature and a headache and he does not like the light, he wants the curtains shut',
  ])('flags meningism: %s', (text) => {
    expect(isEmergency(text)).toBe(true);
  });

  it.each([
    'She cries when she bends her neck since she slept on it funny, no temperature, playing and eating fine.',
    "My 7 year old doesn't like the light first thing when I open the curtains, he is grumpy in the mornings but otherwise fine.",
    "I don't like the light when I get my usual migraine, paracetamol and a dark room sort it.",
    'my teenager hurts when he turns his neck after sleeping on the sofa, no fever, no headache',
    "Our newborn doesn't like bright light and squints when we go outside, feeding well, no temperature. Normal?",
    'A 30-year-old office worker with a stiff sore neck from the computer, worse when he turns it, no fever.',
  ])('leaves the look-alike: %s', (text) => {
    expect(isEmergency(text)).toBe(false);
  });
});
