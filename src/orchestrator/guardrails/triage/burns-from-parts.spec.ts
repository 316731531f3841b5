import { EmergencyTriage } from '../emergency-triage.js';

const rules = new EmergencyTriage();
const product = EmergencyTriage.withWordingModel();

/**
 * A burn emergency read from its parts (NHS burns and scalds; British Burn Association referral criteria; first-aid
 * "cool, call, cover"): how it happened (boiling water, hot oil or a hot drink poured or spilt over someone, a flame, a
 * hot surface), where (face, hands, feet, genitals, joints, and the trunk, where a poured liquid spreads wider than
 * the casualty's hand), how deep (blisters, skin coming off, white or charred), and who (a baby or child, an older
 * person). Told in plain lay English and in the glossed English the other-language lexicons read ("my son burned with
 * scalded with boiling water on the chest"). Look-alikes share the words: a small kitchen burn cooled under the tap,
 * sunburn, "burning" pain, heartburn, burning urine, a burn from last week healing, peeling skin of other causes.
 */
const EMERGENCIES: readonly string[] = [
  'my son spilled boiling water on his chest and the skin is peeling and blistering',
  "my daughter pulled the kettle over and scalded her tummy, it's blistering",
  'my 3 year old knocked a cup of tea over himself, his chest is red and blistering',
  'my son burned with scalded with boiling water on the chest',
  'my son burned with scalded with boiling water on the chest and the skin is coming off',
  'I burnt my chest with boiling water and the skin came off',
  'she spilled hot soup on her lap and her thighs are blistering',
  'the boiling water went down his back, big blisters are coming up',
  "my baby grabbed my coffee and it spilled on her arm, it's red",
  'a burn on his back from a hot water bottle, blistered and white in the middle',
  'the pan of hot oil tipped over his leg and the skin is peeling off',
  "my dad is 82 and burnt his leg on the radiator, it's blistered",
  'my child burned with hot water on the belly',
  'my husband tipped the chip pan over himself, his stomach and legs are red raw',
  'my son burned with scalded with boiling water in the chest',
  'my baby pulled the kettle over and it went all over her',
  "I spilled boiling water on my tummy, it's red and stings",
  'my wife spilled a pan of boiling pasta water down her front',
  'the skin of his chest is coming off after the hot water',
  'my husband is burned, the clothes caught fire',
  'scald on the chest of my son with tea, he is 4',
  "my toddler pulled a mug of tea off the table and it went all over his chest and tummy, he's screaming",
];

const LOOK_ALIKES: readonly string[] = [
  'I burnt my finger on the oven tray, small blister, ran it under cold water',
  "I got sunburnt on my shoulders and they're peeling",
  'my back is blistered from sunburn after the beach',
  'I have burning pain in my feet at night, diabetic',
  "I've got heartburn after every meal",
  'it burns when I pee',
  'my eyes are burning from the chlorine',
  "I burnt my hand on the kettle last week, the blister has popped and it's healing",
  "I had a burn on my arm 2 weeks ago, it's peeling as it heals, is that normal?",
  'I burned my tongue on hot pizza',
  "I splashed some hot water on my hand making tea, it's a bit red, no blister",
  "my son touched the hot oven door, his fingertip is red, he's playing now",
  'what should I do if my child spills boiling water on himself?',
  'the skin on my hands is peeling from washing up',
  'my daughter has chickenpox blisters all over her chest',
  "I scalded my hand with the steam from the kettle, it's red and sore, no blisters",
  'I spilled coffee on my laptop and it stopped working',
  'a drop of hot oil spat on my chest while I was frying, tiny red mark',
  'my chest feels like it is burning after a curry',
  "I scalded my chest with boiling water 3 weeks ago, it's healed now but itchy",
  'my baby knocked over my tea but it had gone cold',
  'my toddler grabbed my coffee but it was cold, no harm done',
  'I spilled hot tea on my lap, it stings a bit',
  'spilt hot soup on my lap at lunch, bit pink now, no blisters',
  'I burned my mouth on hot soup and my back hurts',
  'I knocked the pan off the hob',
  'I scalded my tongue on tea and my back hurts',
  'my son scalded his tongue on hot chocolate, his tummy is fine',
  'her blisters came up after the hot weather',
  'I burned the toast and my clothes smell of smoke',
  'the blisters on my feet are from hot sand',
  // Review V21, 23:18: a side, a back or a bottom that is a place, not someone's.
  "burnt my finger on the kettle on the side, it's a bit red",
  "got some hot oil on the side of my finger while frying, it's red and sore",
  'boiling water for pasta is on the back burner, how long do i cook spaghetti',
];

describe.each([
  ['rules', rules],
  ['product', product],
])('EmergencyTriage (%s): burns read from their parts', (_name, triage) => {
  it.each(EMERGENCIES)('an emergency: %s', (text) => {
    expect(triage.assess(text).isEmergency).toBe(true);
    expect(triage.assess(text).categories).toContain('burns');
  });

  it.each(LOOK_ALIKES)('no emergency: %s', (text) => {
    expect(triage.assess(text).isEmergency).toBe(false);
  });
});
