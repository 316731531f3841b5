import type { EmergencyCategory } from '../emergency-categories.js';
import { EmergencyTriage } from '../emergency-triage.js';

const triage = new EmergencyTriage();
const categoriesOf = (text: string): EmergencyCategory[] => triage.assess(text).categories;

/**
 * The two styles an outside check writes in: a symptom-checker vignette ("A 67-year-old man with
 * sudden ...") and a chatbot prompt (long context, the question at the end: "should I wait until
 * morning?"). Each probe is written from the discriminator's protocol definition (NHS FAST, NICE
 * NG143 / NG126, TOXBASE, RCOphth), in words none of the labelled sets uses; beside them, ordinary
 * messages in the same styles that must stay non-emergencies.
 */
describe('EmergencyTriage: vignettes and chatbot prompts', () => {
  it.each<readonly [string, EmergencyCategory]>([
    // Vignettes.
    ['A 3-year-old with fever and a rash that does not blanch.', 'meningitis_signs'],
    [
      'A 58-year-old man with central chest pressure radiating to the left shoulder, diaphoretic.',
      'cardiac_chest_pain',
    ],
    ['A 16-year-old who ingested 40 tablets of ibuprofen two hours ago.', 'poisoning_overdose'],
    ['A 22-year-old woman with lip swelling, wheeze and hypotension after a wasp sting.', 'anaphylaxis'],
    // NHS FAST: "the face may have dropped on one side".
    ['This morning his face dropped on the left and he cannot lift his arm. Can it wait?', 'stroke_signs'],
    ['The corner of her mouth has fallen to one side since tea. Should we wait until morning?', 'stroke_signs'],
    // Ectopic pregnancy in early weeks (NICE NG126): one-sided low pain with shoulder-tip pain.
    [
      'I am 6 weeks pregnant with a sharp pain low on one side and my shoulder tip hurts. Is that normal?',
      'obstetric_bleeding',
    ],
    // Staggered overdose told as two helpings (TOXBASE counts the total).
    [
      'I took 5 paracetamol at lunch, then another 6 with some codeine. I feel a bit sick, should I sleep?',
      'poisoning_overdose',
    ],
    [
      "My 4 year old ate some of the grandparents' heart pills, maybe 3 or 4. He is acting normal.",
      'poisoning_overdose',
    ],
    // Melaena in plain words.
    [
      "Dad's poo is black and sticky today and he went dizzy in the bathroom. Is it something he ate?",
      'severe_bleeding',
    ],
    // A blow to the eye with sight reduced to shadows (RCOphth).
    ['A squash ball hit me in the eye and now I can only see shapes out of it.', 'eye_emergency'],
    // CDC field triage: a fall of more than 10 ft is a trauma-centre mechanism by itself.
    ['A 30-year-old who fell from a third-floor window.', 'major_trauma'],
    ['he dropped about 5 metres off the loading bay onto concrete', 'major_trauma'],
    ['pt 60M, SI with a plan and means, high risk of suicide', 'suicide_self_harm'],
    // A submersion told by its rescue; heat work for hours; a CO alarm going off with symptoms.
    ['She slipped into the pond and we pulled her out, she is coughing and very sleepy now', 'drowning'],
    ['He has been digging for hours in the sun at 36 degrees, now confused and hot and dry', 'heat_stroke'],
    ['The carbon monoxide detector is bleeping and my husband has a headache and is drowsy', 'poisoning_overdose'],
    // Non-native and write-up English.
    ['doctor my husband face is going one side and he not talking properly since 1 hour', 'stroke_signs'],
    ['my daughter has fever from 3 days and now red spots which not going when press', 'meningitis_signs'],
    ['he is having fits continuously from 10 minutes not stopping', 'seizure'],
    ['19M, deliberate OD ~40 co-codamol 3h ago', 'poisoning_overdose'],
    // British lay "has a temperature" is a fever (NICE NG51 / NG143: cold hands and feet with it).
    ['my little girl has a temperature and her hands and feet are freezing and her legs hurt', 'sepsis'],
    ['our baby keeps stopping breathing in his sleep for 15 seconds and she goes blue', 'infant_distress'],
  ])('%s → %s', (text, category) => {
    expect(categoriesOf(text)).toContain(category);
  });

  it.each([
    "I'm a paramedic student, what is the first aid for someone who is choking?",
    'I took 2 paracetamol at 8 and 2 more at 2pm for a headache. Can I take ibuprofen too?',
    'My 8 year old has a rash after a virus, it fades when I press a glass on it and he is running around.',
    'My dad had a fall last month, no head injury, he is fine now. How do we prevent falls?',
    'My poo is black since I started the iron tablets. Is that normal?',
    'My face dropped when I saw the gas bill. Any tips on saving energy?',
    'I slipped into the canal two winters ago, a friend pulled me out. Are cold-water swims safe for me?',
    'The smoke alarm keeps beeping at night, how do I change the battery?',
    'She fell out of a first floor window onto grass last summer and hurt her wrist. Can she do gymnastics now?',
    'My 3 week old makes grunting noises in her sleep and goes red when she poos. She feeds well.',
    "My baby's breathing is irregular when asleep, fast then slow, but she is pink and feeding fine.",
    'My toddler licked a dishwasher tablet but spat it out straight away, he is fine and playing.',
    'My son has a temperature of 37.6 after his jabs, he is a bit grumpy. Can I give paracetamol?',
  ])('not an emergency: %s', (text) => {
    expect(triage.assess(text).isEmergency).toBe(false);
  });
});
