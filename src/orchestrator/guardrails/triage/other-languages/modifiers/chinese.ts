import { feverAskedAsAThreshold } from './fever-asked-as-a-threshold.js';
import { nothingHappeningNow } from './nothing-happening-now.js';
import { theSameAsAlways } from './the-same-as-always.js';
import { todayTheSameAsAlways } from './today-the-same-as-always.js';

/**
 * Chinese: the words that keep a non-emergency quiet, read into the English the English modifiers read
 * (`temporal-context.ts`, `general-question.ts`, `negation.ts`): a symptom that has passed or is gone now, one that
 * came back, a question about anyone, how long and how mild. Spread at the end of the language's phrases, so that
 * any finding's phrase listed before them wins where both begin; each is written to end where a finding's words
 * could begin, never across them. A time word alone ("now", "again") is not glossed: read alone it only gives the
 * wording model words of urgency, so "back again" is read with what came back. Session 41 (T46): the glossaries are
 * widened this round, and each word they read newly must meet the modifiers it is told with.
 */
export const CHINESE_MODIFIERS: ReadonlyArray<readonly [string, string]> = [
  // A long-standing finding told as no different today (session 63, T142).
  ...todayTheSameAsAlways('chinese'),
  // A fever asked about as a threshold, beside a reading normal for the age (session 43, T53).
  ...feverAskedAsAThreshold('chinese'),
  // A question asked in advance, with the language's disclaimer (session 61, T129).
  ...nothingHappeningNow('chinese'),
  // A finding told as the same as it always is (session 61, T129).
  ...theSameAsAlways('chinese'),
  // Session 61 (T129): not much blood told with the negation before the amount ("冇流好多血", "没流多少血"): the
  // amount is denied, not the bleed's stopping (Manchester Triage: a haemorrhage is one that will not stop).
  [
    '(?:冇|唔係|没有|沒有|没|沒|无|無|不是)(?:流|出)(?:咗|了)?(?:好多|很多|太多|大量|多少|几多|幾多)(?:嘅|的)?血',
    'not much bleeding',
  ],
  // Years ("好几年了") and a pain not there now ("不痛了").
  ['好几年了|很多年了|好多年了', 'for years'],
  ['现在不痛了|现在不疼了', 'now no pain'],
];
