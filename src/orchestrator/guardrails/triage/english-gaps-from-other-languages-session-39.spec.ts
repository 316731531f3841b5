import { EmergencyTriage } from '../emergency-triage.js';

const rules = new EmergencyTriage();
const product = EmergencyTriage.withWordingModel();

/**
 * Plain English that the other-language lexicons' glosses produce (session 39), and everyday burns beside the burn
 * readings of session 39 (NHS burns and scalds: a small burn cooled at once, healing, sunburn, a coin-sized blister are
 * first aid; a child's blistering or peeling scald, a deep or wide burn, clothing on fire are A&E). Each emergency has
 * look-alikes sharing its words: a hanging basket, a bridge jump told as a sport, insulin taken as prescribed, a watch
 * battery changed, a child's skin hot with a fever, a costume "fire" that was a stage effect.
 */
const EMERGENCIES: readonly [string, string][] = [
  ['found my son hanging', 'suicide_self_harm'],
  ['she wants to jump off the bridge', 'suicide_self_harm'],
  ['my son spilled hot oil and his hand is covered in blisters', 'burns'],
  ['second degree burn covering chest arms child aged 2', 'burns'],
  ['second degree burn on the chest', 'burns'],
  ['third degree burn on the back', 'burns'],
  ['burned in the fire, skin peeling off', 'burns'],
  ['my little son pulled the kettle, scalded by boiling water on his leg, skin peeling off', 'burns'],
  ['his clothes caught fire, his back is badly burned', 'burns'],
  ['he stabbed himself with a knife', 'severe_bleeding'],
  // Emergencies that share the look-alikes' words, kept flagged by the mends.
  ['i gave him his insulin twice this morning by mistake', 'poisoning_overdose'],
  ['my son swallowed a button battery', 'poisoning_overdose'],
  [
    'i was changing the button battery in the remote and now it is missing, i think my toddler has it',
    'poisoning_overdose',
  ],
  ['he was working all day in the sun, his skin is burning hot and he is confused', 'heat_stroke'],
  ['i am going to take all my pills tonight, nobody will miss me', 'suicide_self_harm'],
  ["she took 'the lot' after breakfast to be safe, which is 14 gliclazide plus the metformin", 'poisoning_overdose'],
  ['his pyjamas caught fire and his chest is burnt', 'burns'],
];

const LOOK_ALIKES: readonly string[] = [
  // Everyday burns (T40's burn readings' neighbours).
  'burnt my hand on the pan, held it under cold water for 20 minutes straight away, just red now',
  'the burn on my arm from last week is healing well',
  'bad sunburn on my back after the beach',
  'a blister the size of a coin from a hot pan on my palm',
  'my child touched the oven door briefly and is fine',
  'burnt my neck with the curling iron, small red mark',
  'spilled hot coffee on my lap through my jeans, just pink',
  'how do I treat a burn?',
  // Review V21 (23:50), told in one sentence; told with "? no" the denial is the next sentence and is not read yet.
  "my daughter's costume caught fire in the school play, it was a fake flame effect, she loved it",
  // Twins of the glossed emergencies.
  'found him hanging the washing out',
  'hanging the washing out, my back aches',
  'he wants to jump off the diving board',
  'second degree burn on my finger from a sparkler, small, cooled it',
  'i take insulin twice a day as the doctor prescribed',
  'i take insulin twice a day',
  'i will take all my pills tonight as prescribed',
  'changed the button battery in my watch',
  'what size button battery does my watch need',
  "my child's skin is burning hot, fever 38",
  'he stabbed his finger with a fork while eating, tiny prick',
  'i bought a whole new organiser for my desk',
  'i take gliclazide 80 mg twice a day',
  'a small second degree burn on my chest from the oven, size of a coin',
  'my little boy has a small burn on his finger, it is red',
];

describe.each([
  ['rules', rules],
  ['product', product],
])('EmergencyTriage (%s): English gaps found by the other-language helpers (session 39)', (_name, triage) => {
  it.each(EMERGENCIES)('an emergency: %s (%s)', (text, category) => {
    const verdict = triage.assess(text);
    expect(verdict.isEmergency).toBe(true);
    expect(verdict.categories).toContain(category);
  });

  it.each(LOOK_ALIKES)('no emergency: %s', (text) => {
    expect(triage.assess(text).isEmergency).toBe(false);
  });
});
