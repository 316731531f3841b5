import { feverAskedAsAThreshold } from './fever-asked-as-a-threshold.js';
import { theSameAsAlways } from './the-same-as-always.js';
import { todayTheSameAsAlways } from './today-the-same-as-always.js';

/**
 * Italian: the words that keep a non-emergency quiet, read into the English the English modifiers read
 * (`temporal-context.ts`, `general-question.ts`, `negation.ts`): a symptom that has passed or is gone now, one that
 * came back, a question about anyone, how long and how mild. Spread at the end of the language's phrases, so that
 * any finding's phrase listed before them wins where both begin; each is written to end where a finding's words
 * could begin, never across them. A time word alone ("now", "again") is not glossed: read alone it only gives the
 * wording model words of urgency, so "back again" is read with what came back. Session 41 (T46): the glossaries are
 * widened this round, and each word they read newly must meet the modifiers it is told with.
 */
export const ITALIAN_MODIFIERS: ReadonlyArray<readonly [string, string]> = [
  // A long-standing finding told as no different today (session 63, T142).
  ...todayTheSameAsAlways('italian'),
  // A fever asked about as a threshold, beside a reading normal for the age (session 43, T53).
  ...feverAskedAsAThreshold('italian'),
  // A finding told as the same as it always is (session 61, T129).
  ...theSameAsAlways('italian'),
  // A pain told as gone ("adesso niente dolore"), and one back again ("è tornato", not "tornato a casa").
  ['(?:niente|nessun) dolore|non (?:mi )?fa piu male', 'no more pain'],
  ['(?:e )?(?:tornato|tornata|ricominciato|ricominciata)(?! a casa)', 'it came back'],
];
