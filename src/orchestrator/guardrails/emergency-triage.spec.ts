import type { EmergencyCategory } from './emergency-categories.js';
import { EmergencyTriage } from './emergency-triage.js';
import { LABELLED_EMERGENCIES, LABELLED_NON_EMERGENCIES } from './triage-labelled-set.js';

const triage = new EmergencyTriage();
const categoriesOf = (text: string): EmergencyCategory[] => triage.assess(text).categories;

describe('EmergencyTriage over the labelled set', () => {
  const missed = LABELLED_EMERGENCIES.filter((message) => !triage.assess(message.text).isEmergency).map((m) => m.text);
  const wrongCategory = LABELLED_EMERGENCIES.filter((message) => {
    const found = categoriesOf(message.text);
    return !message.expected.every((category) => found.includes(category));
  }).map((m) => m.text);
  const falseAlarms = LABELLED_NON_EMERGENCIES.filter((message) => triage.assess(message.text).isEmergency).map(
    (m) => m.text,
  );

  const recall = 1 - missed.length / LABELLED_EMERGENCIES.length;
  const categoryRecall = 1 - wrongCategory.length / LABELLED_EMERGENCIES.length;
  const falsePositiveRate = falseAlarms.length / LABELLED_NON_EMERGENCIES.length;

  // The measured figures are in the test names, so `jest --verbose` reports them without logging.
  it('holds at least 70 emergencies and 70 non-emergencies', () => {
    expect(LABELLED_EMERGENCIES.length).toBeGreaterThanOrEqual(70);
    expect(LABELLED_NON_EMERGENCIES.length).toBeGreaterThanOrEqual(70);
  });

  it(`recall ${recall.toFixed(3)} over ${LABELLED_EMERGENCIES.length} emergencies is at least 0.98`, () => {
    expect(recall >= 0.98 ? 'ok' : { recall, missed }).toBe('ok');
  });

  it(`names the expected categories for ${categoryRecall.toFixed(3)} of the emergencies, at least 0.98`, () => {
    expect(categoryRecall >= 0.98 ? 'ok' : { categoryRecall, wrongCategory }).toBe('ok');
  });

  it(`false-positive rate ${falsePositiveRate.toFixed(3)} over ${LABELLED_NON_EMERGENCIES.length} non-emergencies is at most 0.05`, () => {
    expect(falsePositiveRate <= 0.05 ? 'ok' : { falsePositiveRate, falseAlarms }).toBe('ok');
  });
});

/**
 * Phrasings written after the patterns and kept out of the labelled set: they show the
 * patterns generalise rather than list sentences.
 */
describe('EmergencyTriage on held-out phrasings', () => {
  const heldOut: ReadonlyArray<readonly [string, EmergencyCategory]> = [
    ['my mums keeled over in the garden and isnt responding to me', 'loss_of_consciousness'],
    ["there's an elephant standing on my chest", 'cardiac_chest_pain'],
    ['my chest has been hurting since this morning', 'cardiac_chest_pain'],
    ['i wanna kms', 'suicide_self_harm'],
    ["I'm having thoughts of hurting myself", 'suicide_self_harm'],
    ["she said she doesn't want to be alive anymore", 'suicide_self_harm'],
    ['my little girl swallowed a magnet', 'poisoning_overdose'],
    ['my toddler got into the dishwasher pods', 'poisoning_overdose'],
    ['i took like 15 xanax', 'poisoning_overdose'],
    ['she cannot feel the right side of her body', 'stroke_signs'],
    ['my grandad is confused and his face looks lopsided', 'stroke_signs'],
    ["his lips have gone blue and he's barely breathing", 'breathing_difficulty'],
    ["my kid swallowed a coin and now he's struggling to breathe", 'breathing_difficulty'],
    ['Had a fall, hit head, now being sick x3', 'head_injury'],
    ["my wife's waters broke at 30 weeks and she's bleeding", 'obstetric_bleeding'],
    ['my 5 week old has a temperature of 100.5', 'infant_distress'],
    ['my baby has gone limp', 'infant_distress'],
    ["there's a rash on my baby that doesn't go away when I press it and she has a fever", 'meningitis_signs'],
    ['He just had a seizure 5 minutes ago and he is still confused', 'seizure'],
    ["I've had a seizure as a child, and now my son is having one", 'seizure'],
    ['I was stung by a bee and my throat is tight', 'anaphylaxis'],
    ['i got shot in the leg', 'severe_bleeding'],
    ['my husband says it feels like a band tightening around his chest', 'cardiac_chest_pain'],
    ['my daughter is struggling for breath and her ribs are sucking in', 'breathing_difficulty'],
    ["dad's speech went funny and his arm dropped", 'stroke_signs'],
    ['my grandson fell from the top bunk and has vomited twice', 'head_injury'],
    ['my pregnant wife has severe pain in her belly', 'obstetric_bleeding'],
    ['my 3 week old feels very hot and is not feeding', 'infant_distress'],
    ["i'm going to jump off the bridge tonight", 'suicide_self_harm'],
  ];

  it('keeps them out of the labelled set', () => {
    const labelled = new Set([...LABELLED_EMERGENCIES, ...LABELLED_NON_EMERGENCIES].map((m) => m.text.toLowerCase()));
    expect(heldOut.filter(([text]) => labelled.has(text.toLowerCase()))).toEqual([]);
  });

  it.each(heldOut)('%s → %s', (text, category) => {
    expect(categoriesOf(text)).toContain(category);
  });

  it.each([
    'my back is killing me today',
    'honestly this traffic gave me a heart attack',
    'I almost had a heart attack when I saw my electricity bill',
    'how is a stroke treated?',
    "what's the difference between a heart attack and cardiac arrest?",
    'My son had febrile seizures as a toddler, is he at risk now?',
    "I don't feel suicidal, just a bit low",
    'I had a bad nosebleed yesterday but it stopped after 10 minutes',
    'I cut myself shaving this morning',
    'he has epilepsy but his seizures are well controlled',
    'my 2 year old has a temperature of 38.5 but is playing happily',
    'I had a stroke years ago, how do I avoid having another one?',
    'my stomach is killing me after that huge dinner',
    'I nearly had a stroke when I saw the price of my prescription',
    'is it normal to feel short of breath at high altitude?',
    'my nose bled for a minute this morning, it is fine now',
    'my toddler fell over and bumped his knee',
  ])('%s → no emergency', (text) => {
    expect(triage.assess(text).isEmergency).toBe(false);
  });
});

describe('EmergencyTriage per category', () => {
  it.each<[EmergencyCategory, string]>([
    ['cardiac_chest_pain', 'crushing pain in my chest spreading to my left arm'],
    ['cardiac_chest_pain', 'my husband is having a heart attack'],
    ['breathing_difficulty', "I can't breathe"],
    ['breathing_difficulty', 'I cannot catch my breath'],
    ['breathing_difficulty', 'she is choking and cannot cough'],
    ['severe_bleeding', 'the cut on his leg is bleeding heavily'],
    ['loss_of_consciousness', "my dad collapsed and isn't responding"],
    ['loss_of_consciousness', "she fainted and she isn't waking up"],
    ['stroke_signs', 'his face is drooping'],
    ['stroke_signs', 'she is slurring her words'],
    ['stroke_signs', 'sudden weakness on the right side of his body'],
    ['anaphylaxis', 'my throat is closing up'],
    ['anaphylaxis', 'he is allergic to nuts and his lips are swelling'],
    ['head_injury', 'she hit her head and is now vomiting'],
    ['head_injury', 'he banged his head and is confused'],
    ['poisoning_overdose', 'I took a whole bottle of pills'],
    ['poisoning_overdose', 'my son drank bleach'],
    ['seizure', 'my wife is having a seizure'],
    ['suicide_self_harm', 'I want to end my life'],
    ['suicide_self_harm', 'I feel suicidal'],
    ['obstetric_bleeding', "I'm pregnant and bleeding"],
    ['obstetric_bleeding', "I'm 30 weeks pregnant and the baby stopped moving"],
    ['infant_distress', 'my baby is not breathing'],
    ['infant_distress', 'my newborn is blue and floppy'],
    ['infant_distress', 'my 2 week old has a fever'],
    ['meningitis_signs', 'fever, stiff neck and a rash'],
    ['meningitis_signs', "a purple rash that doesn't fade under a glass"],
  ])('%s: %s', (category, text) => {
    const result = triage.assess(text);
    expect(result.isEmergency).toBe(true);
    expect(result.categories).toContain(category);
  });

  it('reports third-person emergencies', () => {
    expect(categoriesOf('my wife says she cannot breathe')).toContain('breathing_difficulty');
    expect(categoriesOf('he is unconscious')).toContain('loss_of_consciousness');
    expect(categoriesOf('my son took a load of pills')).toContain('poisoning_overdose');
  });

  it('reports an emergency that comes with a question', () => {
    expect(categoriesOf('my chest hurts and my left arm is numb, what should I do?')).toEqual(['cardiac_chest_pain']);
    expect(categoriesOf('What do I do?? My son is not breathing!!')).toContain('breathing_difficulty');
    expect(categoriesOf('Am I having a stroke? My face feels numb on one side')).toContain('stroke_signs');
  });

  it('reports every category present, in order of urgency', () => {
    expect(categoriesOf('she is not breathing, has no pulse and took a bottle of pills')).toEqual([
      'cardiac_chest_pain',
      'breathing_difficulty',
      'loss_of_consciousness',
      'poisoning_overdose',
    ]);
  });

  it('reads a numb left arm beside chest pain as the heart, not a stroke', () => {
    expect(categoriesOf('my chest hurts and my left arm is numb')).toEqual(['cardiac_chest_pain']);
    expect(categoriesOf('my left arm is suddenly numb')).toEqual(['stroke_signs']);
  });
});

describe('EmergencyTriage exclusion rules', () => {
  it.each([
    'this headache is killing me',
    "I'm dying to know",
    'my feet are killing me',
    'I could kill for a coffee',
    "I'm dying of boredom",
    'you gave me a heart attack',
    'that was a stroke of luck',
    'I collapsed into bed',
    'the view took my breath away',
    'I got choked up',
  ])('idiom: %s', (text) => {
    expect(triage.assess(text)).toEqual({ isEmergency: false, categories: [], matchedPhrases: [], discriminators: [] });
  });

  it('keeps a literal reading next to a figurative word', () => {
    expect(categoriesOf('my chest is killing me')).toEqual(['cardiac_chest_pain']);
  });

  it.each([
    'no chest pain',
    "I don't have any trouble breathing",
    'denies shortness of breath',
    'not bleeding anymore',
    'no fever, rash or stiff neck',
    'I have never had a seizure',
    'without any chest pain',
  ])('negation: %s', (text) => {
    expect(triage.assess(text).isEmergency).toBe(false);
  });

  it('ends a negation at a contrast or a new subject', () => {
    expect(categoriesOf('no fever but she cannot breathe')).toEqual(['breathing_difficulty']);
    expect(categoriesOf("I don't have a cough, my chest is crushing")).toEqual(['cardiac_chest_pain']);
  });

  it('does not treat pseudo-negations as negations', () => {
    expect(categoriesOf("I'm not sure what is happening but my chest is tight")).toEqual(['cardiac_chest_pain']);
    expect(categoriesOf("I've never felt chest pain like this")).toEqual(['cardiac_chest_pain']);
    expect(categoriesOf('no one is home and my husband collapsed')).toEqual(['loss_of_consciousness']);
  });

  it('drops a finding that is said to have resolved', () => {
    expect(triage.assess('the bleeding has stopped').isEmergency).toBe(false);
    expect(triage.assess('my chest pain went away after resting').isEmergency).toBe(false);
    expect(categoriesOf('my baby has stopped breathing')).toContain('infant_distress');
  });

  it.each([
    'I had a seizure as a child',
    "I had a heart attack 5 years ago and I'm fine now",
    'when I was a teenager I used to self-harm',
    'my dad had a stroke in 2015',
  ])('remote past: %s', (text) => {
    expect(triage.assess(text).isEmergency).toBe(false);
  });

  it('keeps the present part of a message that also tells history', () => {
    expect(categoriesOf('I had a heart attack years ago and now my chest is crushing again')).toEqual([
      'cardiac_chest_pain',
    ]);
    expect(categoriesOf('he hit his head last week and now he keeps vomiting')).toEqual(['head_injury']);
  });

  it.each([
    'what are the signs of a stroke?',
    'how do I know if someone is having a heart attack?',
    'what is anaphylaxis?',
    'what should I do if my child has a seizure?',
    'how much tylenol is an overdose?',
  ])('general question: %s', (text) => {
    expect(triage.assess(text).isEmergency).toBe(false);
  });

  it('treats a question about a real person now as a report', () => {
    expect(categoriesOf('is my dad having a stroke?')).toEqual(['stroke_signs']);
    expect(categoriesOf('could this be a heart attack?')).toEqual(['cardiac_chest_pain']);
  });

  it('ignores findings that are ordinary in their context', () => {
    expect(triage.assess('I get short of breath when I climb stairs').isEmergency).toBe(false);
    expect(triage.assess("I can't breathe through my nose, it's so stuffy").isEmergency).toBe(false);
    expect(triage.assess("my gums bleed when I brush and I'm pregnant").isEmergency).toBe(false);
  });
});

describe('EmergencyTriage result', () => {
  it('names the phrases that decided it', () => {
    const result = triage.assess('He hit his head and now he is vomiting');
    expect(result).toEqual({
      isEmergency: true,
      categories: ['head_injury'],
      matchedPhrases: ['hit his head', 'vomiting'],
      discriminators: ['head injury red flag'],
    });
  });

  it('answers an empty or blank message with no emergency', () => {
    const none = { isEmergency: false, categories: [], matchedPhrases: [], discriminators: [] };
    expect(triage.assess('')).toEqual(none);
    expect(triage.assess('   \n ')).toEqual(none);
  });

  it('reads typed-in-a-hurry text: capitals, missing apostrophes, curly quotes', () => {
    expect(categoriesOf('MY DAD ISNT BREATHING')).toContain('breathing_difficulty');
    expect(categoriesOf('she can’t breathe')).toContain('breathing_difficulty');
    expect(categoriesOf('my son is unconcious')).toContain('loss_of_consciousness');
  });
});
