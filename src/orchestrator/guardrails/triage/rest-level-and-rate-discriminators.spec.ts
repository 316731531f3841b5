import type { EmergencyCategory } from '../emergency-categories.js';
import { EmergencyTriage } from '../emergency-triage.js';

const triage = new EmergencyTriage();
const categoriesOf = (text: string): EmergencyCategory[] => triage.assess(text).categories;

/**
 * The discriminators generalised on the fifth development set, each probed in words that set does
 * not use: pain at rest (NICE CG95), a respiratory rate of 8 or less (NEWS2), a sensory level on
 * the trunk (NICE NG234), severe headache with vomiting and light sensitivity (NICE CKS), a
 * thunderclap told as a bolt of pain, homonymous field loss (NICE NG128), a staggered overdose
 * (TOXBASE), an irreducible hernia, and a later clause that is a condition or a new look rather
 * than a recovery. Beside them, the ordinary messages with the same words.
 */
describe('EmergencyTriage: pain at rest, a sensory level, a slow breathing rate', () => {
  it.each<readonly [string, EmergencyCategory]>([
    ['mum has angina and tonight it came on while she was lying in bed reading', 'cardiac_chest_pain'],
    ['tight band across my chest started while i was sitting at my desk an hour ago', 'cardiac_chest_pain'],
    ['resp rate 6, very drowsy after his evening oxycodone', 'breathing_difficulty'],
    ['she is only taking about six breaths a minute and we cannot wake her properly', 'breathing_difficulty'],
    ['since lunch he cannot feel anything below his nipples', 'spinal_cord_compression'],
    ['my sister went numb from the waist down this morning and her legs feel like jelly', 'spinal_cord_compression'],
    ['terrible headache, sick three times and he cannot bear the light', 'meningitis_signs'],
    ['a bolt of pain through the back of her head while she was hoovering', 'stroke_signs'],
    ['the right half of everything he sees has gone black in both eyes', 'stroke_signs'],
    ['her smile was pulled down on the left when she woke up', 'stroke_signs'],
    ['keep taking ibuprofen tablets since this morning, must be about 20 now', 'poisoning_overdose'],
    ['the hernia by his belly button is stuck out and purple, he has vomited', 'acute_abdomen'],
    [
      'ate a satay by mistake with a peanut allergy, says she feels like she is dying, she has gone puffy',
      'anaphylaxis',
    ],
    ['my toddler has a squeaky noise when breathing in even while he is asleep', 'breathing_difficulty'],
    ['my brother is manic and keeps darting in front of the cars on the high street', 'psychiatric_crisis'],
    ['he is perched on the balcony edge and will not come in', 'psychiatric_crisis'],
    ['my 5 week old went grey and then limp in my arms for a few seconds, he seems alright now', 'infant_distress'],
    ['6 week old, her ribs are sucking in with every breath and she is not finishing feeds', 'infant_distress'],
  ])('%s → %s', (text, category) => {
    expect(categoriesOf(text)).toContain(category);
  });

  it.each([
    'my angina comes on when i walk up hills and goes with my spray',
    'my resting breathing rate is 14 a minute on my watch',
    'i had an epidural for the birth and was numb from the waist down for a few hours',
    'my usual migraine again, threw up once and need the lights off',
    'is it normal to get a headache after a long day at the screen',
    'my hernia pops out when i cough but goes back in when i lie down',
    'i take two paracetamol four times a day for my back, as the label says',
    'his cough was barky last week and it has settled now, he is fine',
    'i get nervous pulling out into traffic since my driving test',
    'we keep the herbs on the window ledge in the kitchen',
    'my 6 week old breathes fast in a light sleep, pauses a few seconds then carries on, feeding and pink',
    'my son is drinking and watching tv in between the ibuprofen doses, temp 38.2',
  ])('not an emergency: %s', (text) => {
    expect(triage.assess(text).isEmergency).toBe(false);
  });
});
