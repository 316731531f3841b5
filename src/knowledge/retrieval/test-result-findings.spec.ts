import { describe, expect, it } from '@jest/globals';
import { shippedKnowledgeIndex } from './testing/shipped-knowledge-index.js';

/**
 * A condition told by a test's result, not by its name (session 47, development-6's kind: "protein
 * 2+ in the urine", "his factor 8 is low", "the chromosome test shows 45,X"): the NIH answer is
 * written under the condition the result points to (Proteinuria, Hemophilia, Turner syndrome).
 * Probes written before the change, in other words and mostly on other conditions than the set's;
 * each passes when a passage of that focus is in the top 10.
 */
type Probe = [question: string, focus: string];

const RESULTS: Probe[] = [
  ['my urine dipstick at the checkup showed protein, should I worry about my kidneys?', 'Proteinuria'],
  ['my TSH came back high on the blood test, will I need a pill every day?', 'Hypothyroidism'],
  ['uric acid was elevated on my labs, does that mean attacks in my big toe are coming?', 'Gout'],
  ["my ferritin is very high and my brother's too, what could it be?", 'Hemochromatosis'],
  ['the amnio showed XXY. what will that mean for our baby?', 'Klinefelter syndrome'],
  ['my dexa t-score was -3.1 in the spine, what now?', 'Osteoporosis'],
  ['the optometrist said the pressure in my eyes is high. will I lose my sight?', 'Glaucoma'],
  ['his blood work showed a low factor IX. he is 3. what does that mean?', 'Hemophilia B'],
];

/** Look-alikes: a message that names its condition and tells a result beside it is still about the named one (first). */
const NAMED: Probe[] = [
  ['I have Gaucher disease and my platelets are low. what is the treatment for Gaucher disease?', 'Gaucher disease'],
  [
    'blood in my urine after the kidney stone passed, how do I prevent kidney stones?',
    'What I need to know about Kidney Stones',
  ],
  ["my TSH is high and my doctor says Hashimoto's. what is Hashimoto's disease?", "Hashimoto's Disease"],
  ['I have lupus and now there is protein in my urine. what is lupus nephritis?', 'Lupus Nephritis'],
];

describe('test-result findings: knowledge retrieval of the condition a result points to', () => {
  // The index over the shipped collection, built once per Jest worker and shared by the specs that only read it.
  const shipped = shippedKnowledgeIndex();

  it.each(RESULTS)('a result finds its condition: %s → %s', (...probe) => {
    expect(shipped.rankOf(probe)).toBeGreaterThan(0);
  });

  it.each(NAMED)('a result beside a named condition leaves it first: %s → %s', (...probe) => {
    expect(shipped.rankOf(probe)).toBe(1);
  });
});
