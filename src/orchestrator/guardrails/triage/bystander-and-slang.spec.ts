import type { EmergencyCategory } from '../emergency-categories.js';
import { EmergencyTriage } from '../emergency-triage.js';

const triage = new EmergencyTriage();
const categoriesOf = (text: string): EmergencyCategory[] => triage.assess(text).categories;

/**
 * The discriminators widened after development-6 (written by someone who never read the rules),
 * each probed in words development-6 does not use: what a bystander sees (AVPU, a collapse, a
 * seizure's look and course), dialect and text-speak, a write-up's overdose, and the lay words of
 * NICE NG143 / NG232 / NG225, BTS/SIGN and RCOphth. Beside them, ordinary messages with the same words.
 */
describe('EmergencyTriage: bystanders, dialect and slang', () => {
  it.each<readonly [string, EmergencyCategory]>([
    // AVPU: no reaction to a shake or a shout, eyes open only to a voice.
    ['we pinched his ear and rubbed his chest, not a flicker', 'loss_of_consciousness'],
    ['nan only opens her eyes when you shout and then drifts off straight away', 'loss_of_consciousness'],
    ['my uncle just went down at the bar and his breathing sounds like rattling', 'loss_of_consciousness'],
    // A seizure by its look and course.
    ['she went stiff then jerked all over on the kitchen floor, first time ever', 'seizure'],
    ['his fit started a while ago and it is still going, arms jerking', 'seizure'],
    // Chest pain shown, and dropped g's.
    ['my grandad is grabbin at his chest and sweatin buckets', 'cardiac_chest_pain'],
    // Breathing in plain words (BTS/SIGN life-threatening asthma).
    ['she says it is like breathing through a straw and her wheeze is getting quieter', 'breathing_difficulty'],
    // Arterial bleeding, and bleeding after a tonsillectomy.
    ['blood is pumping out with every heartbeat from his thigh', 'severe_bleeding'],
    // Swelling as seen.
    ['after the shellfish his lips are ballooning and his throat feels thick', 'anaphylaxis'],
    // NG143: a tense or raised fontanelle with fever; NG232: something embedded in the scalp.
    ['her soft spot is raised and tense and she has a fever of 39', 'meningitis_signs'],
    ['a nail from the nail gun is lodged in his skull', 'head_injury'],
    // Meningism in a child's and a non-native writer's words.
    ['he keeps squinting his eyes against the light, his head hurts and he is boiling hot', 'meningitis_signs'],
    // Suicide: text-speak, a place past the barrier, preparations, a note.
    ['honestly kms tonight, i have nothing left', 'suicide_self_harm'],
    ['she is on the other side of the barrier at the car park roof', 'suicide_self_harm'],
    ['i have been stockpiling my tablets and i have enough now', 'suicide_self_harm'],
    // Fear of one's own act (Columbia: ideation), told as a fear.
    ["I'm scared I might hurt myself tonight, I can't stop crying", 'suicide_self_harm'],
    ['my sister texted that she is frightened she will do something to herself', 'suicide_self_harm'],
    // Sudden speech and vision loss in plain words (NICE NG128).
    ['dad suddenly cannot name simple things like a cup or a pen', 'stroke_signs'],
    ['it was like a shade got drawn down over her right eye', 'stroke_signs'],
    // A write-up's overdose; a child's words for the scrotum; high-velocity metal in the eye.
    ['52M, quetiapine OD ~6g, GCS 12', 'poisoning_overdose'],
    ['my son says his privates area is swollen and it came on suddenly', 'testicular_torsion'],
    ['grinding metal in the garage and a bit flew into his eye, pupil looks irregular', 'eye_emergency'],
    // Vignettes with an age ("in his 50s") are not history; a story opening with "When I got there" is no question.
    ['A woman in her 50s with sudden weakness of her left leg and slurred words.', 'stroke_signs'],
    ['When we arrived the flat was ice cold and grandad was no longer shivering and very drowsy.', 'hypothermia'],
    // TOXBASE therapeutic excess: paracetamol doubled with a cold remedy, with symptoms.
    [
      'been on paracetamol all week and also the night nurse, now being sick with pain in my side',
      'poisoning_overdose',
    ],
    // NICE NG18: thirst and peeing then ketotic breath; NICE CKS: redcurrant-jelly stool.
    ['she is weeing constantly and drinking so much, and her breath smells of nail varnish', 'diabetic_emergency'],
    ['the baby keeps pulling his knees up screaming and his poo looks like redcurrant jelly', 'acute_abdomen'],
    // An electric shock from the mains; a full-thickness burn; GHB withdrawal by its street name.
    ['my son got a shock off the mains socket and has a small burn on his finger', 'burns'],
    ['she fell asleep against the radiator and the patch on her calf is leathery and she cannot feel it', 'burns'],
    ['he came off the gina two days ago and is now tremoring and hearing voices', 'withdrawal'],
    // NICE NG133: pain under the ribs, a headache and shimmering vision late in pregnancy.
    [
      '33 weeks pregnant, pain just under my right ribs, headache and my vision has gone shimmery',
      'obstetric_bleeding',
    ],
  ])('%s → %s', (text, category) => {
    expect(categoriesOf(text)).toContain(category);
  });

  it.each([
    'I called the surgery three times this morning and got no response',
    'ramipril OD 28 days and my blood pressure is fine, can I take ibuprofen?',
    'I am going to end things with my girlfriend tonight',
    'I have old faded self-harm scars on my legs, does bio-oil help?',
    'The football went down in the garden pond and the kids are screaming',
    'my phone is having a fit again, it keeps restarting',
    'the kids had red jelly and ice cream at the party and now they are hyper',
    'I am 26 weeks pregnant and my ankles are puffy by the evening, fine in the morning',
    "I'm scared I might hurt myself lifting the wardrobe on my own, any tips?",
    "I'm afraid I'll hurt myself if I keep running on this sore knee",
  ])('not an emergency: %s', (text) => {
    expect(triage.assess(text).isEmergency).toBe(false);
  });
});
