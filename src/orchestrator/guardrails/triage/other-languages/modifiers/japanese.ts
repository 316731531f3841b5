import { feverAskedAsAThreshold } from './fever-asked-as-a-threshold.js';
import { todayTheSameAsAlways } from './today-the-same-as-always.js';

/**
 * Japanese: the words that keep a non-emergency quiet, read into the English the English modifiers read
 * (`temporal-context.ts`, `general-question.ts`, `negation.ts`): a symptom that has passed or is gone now, one that
 * came back, a question about anyone, how long and how mild. Spread at the end of the language's phrases, so that
 * any finding's phrase listed before them wins where both begin; each is written to end where a finding's words
 * could begin, never across them. A time word alone ("now", "again") is not glossed: read alone it only gives the
 * wording model words of urgency, so "back again" is read with what came back. Session 41 (T46): the glossaries are
 * widened this round, and each word they read newly must meet the modifiers it is told with.
 */
export const JAPANESE_MODIFIERS: ReadonlyArray<readonly [string, string]> = [
  // A long-standing finding told as no different today (session 63, T142).
  ...todayTheSameAsAlways('japanese'),
  // A fever asked about as a threshold, beside a reading normal for the age (session 43, T53).
  ...feverAskedAsAThreshold('japanese'),
  // A question about anyone ("誰かが…時は"), years ("何年も前から"), a pain not there now ("今は痛くない").
  // Only where a condition follows in its sentence (時は, たら, なら): "誰かが倒れて息をしていない" is a report
  // (review V23, 05:10).
  ['誰かが(?=[^。！？!?]*(?:時|とき|たら|なら))', 'if someone'],
  ['(?:時|とき)は', ' , '],
  ['何年も前から', 'for years'],
  ['今は痛くない', 'now no pain'],
];
