import { describe, expect, it } from '@jest/globals';
import { shippedKnowledgeIndex, type KnowledgeProbe as Probe } from './testing/shipped-knowledge-index.js';

/**
 * development-7's misses as kinds (session 48, a set written question-first with the spread of real
 * mail), probed in other words and mostly on other topics than the set's own messages, over the
 * shipped MedQuAD collection. Each probe names the focus (and kind) of a passage that answers it;
 * it passes when one is in the top 10.
 */

/** A long name misspelt where its stem is cut: the word as written is nearer than its stem. */
const MISSPELT_LONG_WORDS: Probe[] = [
  ['my aunt has wet macular degeration, how often will she need the injections?', 'Age-related Macular Degeneration'],
  ['my knees are stiff every morning, could it be artheritis? what helps', 'Arthritis'],
];

/** A name misheard in its vowels. */
const MISHEARD_VOWELS: Probe[] = [
  ['can you catch dengi fever twice?', 'Dengue'],
  ['what is menears disease and why does the room spin?', "Meniere's Disease"],
];

/** Conditions named in everyday words. */
const EVERYDAY_NAMES: Probe[] = [
  ['how can we prevent bed sores, my father is bedridden now', 'Pressure Sores'],
  ['my toddler has pink eye, how long is she contagious?', 'Pinkeye'],
  ['tested positive for c diff after antibiotics, what now?', 'Clostridium Difficile Infections'],
  ['my ears keep ringing after years in the factory, will it stop?', 'Tinnitus'],
  ['what sports are safe for a child with brittle bone disease?', 'Osteogenesis imperfecta'],
];

/** A result told as a bare number. */
const BARE_NUMBERS: Probe[] = [
  ['my A1c was 8.7 at the last check, what should I eat?', 'Diabetes'],
  ['the optometrist measured 28 pressure in my right eye, what does it mean?', 'Glaucoma'],
];

/** A bone medicine named by brand: its answers are written under the condition it treats. */
const BONE_MEDICINES: Probe[] = [
  ['is it safe to stay on Fosamax for more than five years?', 'Osteoporosis', 'treatment'],
  ['my mother had her yearly Reclast infusion, does it really stop fractures?', 'Osteoporosis', 'treatment'],
];

describe('development-7 kinds: knowledge retrieval of the answer a patient means', () => {
  const { rankOf } = shippedKnowledgeIndex();

  it.each(MISSPELT_LONG_WORDS)('a long word misspelt past its stem: %s → %s', (...probe) => {
    expect(rankOf(probe)).toBeGreaterThan(0);
  });

  it.each(MISHEARD_VOWELS)('a name misheard in its vowels: %s → %s', (...probe) => {
    expect(rankOf(probe)).toBeGreaterThan(0);
  });

  it.each(EVERYDAY_NAMES)('an everyday name: %s → %s', (...probe) => {
    expect(rankOf(probe)).toBeGreaterThan(0);
  });

  it.each(BONE_MEDICINES)('a bone medicine by brand: %s → %s', (...probe) => {
    expect(rankOf(probe)).toBeGreaterThan(0);
  });

  it.each(BARE_NUMBERS)('a result told as a number: %s → %s', (...probe) => {
    expect(rankOf(probe)).toBeGreaterThan(0);
  });
});
