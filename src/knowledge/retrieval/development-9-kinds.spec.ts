import { describe, expect, it } from '@jest/globals';
import { shippedKnowledgeIndex, type KnowledgeProbe as Probe } from './testing/shipped-knowledge-index.js';

/**
 * development-9's misses as kinds (session 50: mental health and addiction, infections, hormones,
 * exposures), probed in other words and mostly on other topics than the set's own messages, over
 * the shipped MedQuAD collection. Each probe names the focus (and kind) of a passage that answers
 * it; it passes when one is in the top 10. Written before the change they probe.
 */

/** A virus's letter after the everyday short form of hepatitis. */
const HEPATITIS_SHORT_FORMS: Probe[] = [
  ['is hep B passed on through kissing?', 'Hepatitis B'],
  // NIDDK answers the cure under its booklet's name. "hep A" finds hepatitis but not A's own pages:
  // the letter "a" is no term of the index.
  ['how long does the hep C pill take to work', 'What I need to know about Hepatitis C', 'treatment'],
];

/** A street drug by the name it is called by. */
const STREET_NAMES: Probe[] = [
  ['what does crystal meth do to your heart', 'Methamphetamine'],
  ['my teenager smokes weed every day, is it addictive?', 'Marijuana'],
];

/** A lung disease named after the work or hobby that brings it on. */
const EXPOSURE_NAMED_LUNGS: Probe[] = [
  ["I keep pigeons and the doctor says I have bird fancier's lung, will it get worse?", 'Hypersensitivity Pneumonitis'],
  ["can farmer's lung be treated?", 'Hypersensitivity Pneumonitis'],
];

/** A test ordered or reported that looks for one condition only. */
const SINGLE_PURPOSE_TESTS: Probe[] = [
  ['why would they check plasma metanephrines after my adrenal scan?', 'Pheochromocytoma'],
  ['my ANCA came back positive, what now?', 'Granulomatosis with Polyangiitis'],
  ['HLA-B27 positive and my lower back is stiff every morning', 'Ankylosing spondylitis'],
  ['the newborn screen showed a high 17-OHP, what does that mean?', 'Congenital adrenal hyperplasia'],
  ['my prolactin level is high and my periods stopped', 'Prolactinoma'],
  ['my tuberculin skin test (PPD) was 15 mm, do I have it?', 'Tuberculosis (TB)'],
  ['reactive RPR at my clinic visit, is it treatable?', 'Syphilis'],
  ['her tryptase is high and she flushes a lot', 'Cutaneous mastocytosis'],
  ['my morning cortisol was very low, what does it mean?', "Adrenal Insufficiency and Addison's Disease"],
  ['late night saliva cortisol came back high', "Cushing's Syndrome"],
];

/**
 * A sign told in everyday words that points to one condition (or one family) whatever else is
 * told: voices no one else hears, a rash like a target, a craving for salt, an adult's hands and
 * feet still growing, a girl who starves herself, fumes from a heater that sicken the household.
 */
const TELLING_SIGNS: Probe[] = [
  [
    'out of the blue my heart races and I shake and feel like I am dying, it passes in 10 minutes. what is wrong with me',
    'Panic Disorder',
  ],
  [
    'my brother started hearing voices at college and thinks his phone is spying on him, what is going on',
    'Schizophrenia',
  ],
  [
    'there is a round red rash with a clear middle like a bullseye on my arm after gardening in the woods',
    'Lyme Disease',
  ],
  [
    "I crave salt so much I eat it from the shaker and I'm always tired, is something wrong?",
    "Adrenal Insufficiency and Addison's Disease",
  ],
  ['at 38 my shoe size keeps going up and my hands are getting bigger, is that normal?', 'Acromegaly'],
  ['my niece is starving herself and thinks she is fat even though she is skin and bone', 'Eating Disorders'],
  [
    'we all get dizzy and sick in the cabin when the space heater is on, could the fumes be dangerous?',
    'Carbon Monoxide Poisoning',
  ],
  [
    'my dad pees all night and has a weak stream, what pills help with that?',
    'Prostate Enlargement: Benign Prostatic Hyperplasia',
  ],
];

/** Dependence on a medicine asked about: what the NIH writes on misusing prescription drugs. */
const MEDICINE_DEPENDENCE: Probe[] = [
  [
    'I have been taking my Percocet longer than I should and now I feel sick without it, am I addicted?',
    'Prescription Drug Abuse',
  ],
  ['how do I wean off Valium, I think I am dependent on it', 'Prescription Drug Abuse'],
  // Dependence only feared: the question stays on what it asks.
  ["I can't sleep past 3 am and I don't want to get hooked on Ambien, what else helps?", 'Insomnia'],
];

describe('development-9 kinds: knowledge retrieval of the answer a patient means', () => {
  const { rankOf } = shippedKnowledgeIndex();

  it.each(HEPATITIS_SHORT_FORMS)('hepatitis by its short form: %s → %s', (...probe) => {
    expect(rankOf(probe)).toBeGreaterThan(0);
  });

  it.each(STREET_NAMES)('a street drug by its street name: %s → %s', (...probe) => {
    expect(rankOf(probe)).toBeGreaterThan(0);
  });

  it.each(EXPOSURE_NAMED_LUNGS)('a lung disease named after its exposure: %s → %s', (...probe) => {
    expect(rankOf(probe)).toBeGreaterThan(0);
  });

  it.each(TELLING_SIGNS)('a telling sign in everyday words: %s → %s', (...probe) => {
    expect(rankOf(probe)).toBeGreaterThan(0);
  });

  it.each(MEDICINE_DEPENDENCE)('dependence on a named medicine: %s → %s', (...probe) => {
    expect(rankOf(probe)).toBeGreaterThan(0);
  });

  it.each(SINGLE_PURPOSE_TESTS)('a single-purpose test: %s → %s', (...probe) => {
    expect(rankOf(probe)).toBeGreaterThan(0);
  });
});
