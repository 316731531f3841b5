import { EmergencyTriage } from '../../emergency-triage.js';
import { defaultWordingModel } from './default-wording-model.js';
import { WORDING_THRESHOLDS } from './emergency-wording-model.js';
import { toldAsWellNow } from './told-as-well-now.js';

const rules = new EmergencyTriage();
const product = EmergencyTriage.withWordingModel();
const modelReads = (text: string): number => defaultWordingModel().assess(text).probability;

/**
 * Emergencies the rules miss and only the wording model catches, told beside reassuring observations: looking well
 * settles neither a heart's pain with the skin of shock nor the calm of someone who has decided to die.
 */
const CAUGHT_BY_THE_MODEL_ALONE: readonly string[] = [
  "dad is alert and talking in full sentences but he's grey, sweaty and keeps rubbing the middle of his chest, says its wind",
  'dont worry about me anymore, im feeling much better and eating well again, ive given my things away and sorted my will, thanks for everything',
  'feeling much better now, eating well, ive written letters to everyone and said my goodbyes',
];

/** Emergencies told with reassurances beside them, which the product flags (by a rule or by the model). */
const STILL_EMERGENCIES: readonly string[] = [
  ...CAUGHT_BY_THE_MODEL_ALONE,
  // Review V39 07:01: a reassurance says nothing of a complaint it does not answer.
  'is walking normally and chatty. chestpain cant shake it, 1hr now, goin down my arm n i feel like im gonna pass out',
  'probably just indigestion but theres this heavy pressing feeling in the middle of my chest for about 40 min now and my left arm feels odd. alert and drinking fluids.',
  "is walking normally and chatty. grandad threw a fit in the garden, first one ever, he's 70, now very drowsy",
  'is walking normally and chatty. angina patient, the gtn worked within a couple of minutes but then i fainted in the bathroom and hit the floor',
  'is walking normally and chatty. got angina, sprayed my gtn, pain went after 2 mins, now got a pounding headache and my left arm and face feel weak and numb',
  "my 2 year old swallowed a button battery an hour ago, she's alert and playing and drinking fine",
  'toddler got into nanas tablets, maybe 5 gone, hes playing and eating normally right now',
  'she was playing and drinking normally then suddenly went floppy and blue and isnt responding',
  'he is not talking in full sentences anymore, cant get his words out between breaths, lips going grey',
  "my son got stung by a wasp, he's alert and walking fine but his face and lips are swelling up fast",
  'mum is alert and knows the date but her face looks lopsided and her arm is weak since 20 min ago',
  'grandad fell and hit his head, hes talking normally and can walk, but hes on warfarin and now being sick',
  "my husband is chatty and alert but he's clammy, pale and has a heavy pressure in his chest for 30 min",
  "she's talking in full sentences but sweating buckets and says her chest feels crushed",
  'working on the roof all day in the heat, now hes stopped sweating, skin hot and dry, confused and not making sense',
  'marathon in 28 degrees, my friend collapsed at the finish, hot to touch, babbling, not sweating anymore',
  'my husband was mowing in the heatwave, now pale and sweaty with pressure across his chest, says its indigestion',
];

/**
 * Urgent-but-not-emergency messages told with two kinds of reassuring observation (NHS 111 and NICE NG143's
 * well-appearing side): croup with stridor only on crying, an asthma or COPD flare talking in full sentences, a
 * blanching rash in an alert child, a cold neighbour alert and chatty, heat exhaustion cooled and better. The model read their alarm words alone.
 */
const TOLD_AS_WELL: readonly string[] = [
  '2-year-old with barking cough and hoarse voice, stridor only when crying, no recession at rest, playing, temp 38.0',
  '3-year-old T 38.6, blanching rash on the tummy that fades under a glass, alert, drinking, CRT under 2 s, no neck stiffness. Disposition?',
  '6-year-old, croup since midnight, barking cough, hoarse, stridor only on crying, none at rest, no recession, SpO2 97%, playing. Disposition?',
  'my 3 yo has a croupy barking cough since last night, no noisy breathing when shes calm, pink lips, playing with her toys and drinking fine',
  'neighbour is 80 and her heating broke, temp 35.8, shes alert and chatty, knows the date, shivering a bit, we have warmed the flat',
  "asthma flare, peak flow 65% of best, better after 6 puffs, she's talking in full sentences and her lips are a normal colour",
  'hot day at the festival, felt faint and sweaty, had two glasses of water in the first aid tent, back to normal now and walking fine',
];

describe('the wording model, session 57: reassurance told beside alarm words', () => {
  it.each(CAUGHT_BY_THE_MODEL_ALONE)('the rules miss it and the model alone adds it: %s', (text) => {
    expect(rules.assess(text).isEmergency).toBe(false);
    expect(product.assess(text).wording).toBe('added');
  });

  it.each(STILL_EMERGENCIES)('an emergency still flagged: %s', (text) => {
    expect(product.assess(text).isEmergency).toBe(true);
  });

  it.each(TOLD_AS_WELL)('told as well now, no emergency: %s', (text) => {
    expect(product.assess(text).isEmergency).toBe(false);
  });

  it('holds the model back where it would have added: the rules set the message aside as told well', () => {
    const [croup, rash] = TOLD_AS_WELL;
    expect(modelReads(croup)).toBeGreaterThan(WORDING_THRESHOLDS.flagAbove);
    expect(modelReads(rash)).toBeGreaterThan(WORDING_THRESHOLDS.flagAbove);
    expect(rules.readByRules(croup).muted).toBe(true);
    expect(rules.readByRules(rash).muted).toBe(true);
  });
});

describe('toldAsWellNow', () => {
  it('needs two kinds of reassuring observation', () => {
    expect(toldAsWellNow('barking cough, playing')).toBe(false);
    expect(toldAsWellNow('barking cough, playing and drinking fine')).toBe(true);
  });

  it('reads no reassurance negated or told of the time before', () => {
    expect(toldAsWellNow('not alert, not drinking fine')).toBe(false);
    expect(toldAsWellNow('he was playing and was drinking normally then went floppy')).toBe(false);
    expect(toldAsWellNow('non-blanching spots, alert')).toBe(false);
  });

  it('reads no reassurance followed by a contrast', () => {
    expect(toldAsWellNow('alert and talking in full sentences but he is struggling')).toBe(false);
  });

  it('is never told after a swallow, a sting, a heart pain with shock or a farewell', () => {
    expect(toldAsWellNow('swallowed a magnet, alert and playing')).toBe(false);
    expect(toldAsWellNow('stung on the hand, alert and playing')).toBe(false);
    expect(toldAsWellNow('alert and playing, pressure in his chest')).toBe(false);
    expect(toldAsWellNow('feeling much better and eating well, said my goodbyes')).toBe(false);
    expect(toldAsWellNow('drank some bleach, alert and playing')).toBe(false);
  });

  it('reads sweating as the skin of shock except in the heat, and a drink of water as no swallow of harm', () => {
    expect(toldAsWellNow('pale and sweaty, alert and walking fine')).toBe(false);
    expect(toldAsWellNow('sweaty in the heatwave, drank a bottle of water, alert and walking fine')).toBe(true);
  });
});
