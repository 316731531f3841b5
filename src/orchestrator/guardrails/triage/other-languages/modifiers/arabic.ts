import { feverAskedAsAThreshold } from './fever-asked-as-a-threshold.js';
import { whatIfToldTheLanguageWay } from './what-if-told-the-language-way.js';
import { todayTheSameAsAlways } from './today-the-same-as-always.js';

/**
 * Arabic: the words that keep a non-emergency quiet, read into the English the English modifiers read
 * (`temporal-context.ts`, `general-question.ts`, `negation.ts`): a symptom that has passed or is gone now, one that
 * came back, a question about anyone, how long and how mild. Spread at the end of the language's phrases, so that
 * any finding's phrase listed before them wins where both begin; each is written to end where a finding's words
 * could begin, never across them. A time word alone ("now", "again") is not glossed: read alone it only gives the
 * wording model words of urgency, so "back again" is read with what came back. Session 41 (T46): the glossaries are
 * widened this round, and each word they read newly must meet the modifiers it is told with.
 */
export const ARABIC_MODIFIERS: ReadonlyArray<readonly [string, string]> = [
  // A long-standing finding told as no different today (session 63, T142).
  ...todayTheSameAsAlways('arabic'),
  // A supposition told with the language's own "what if" (session 63, T142).
  ...whatIfToldTheLanguageWay('arabic'),
  // A fever asked about as a threshold, beside a reading normal for the age (session 43, T53).
  ...feverAskedAsAThreshold('arabic'),
  // A pain not there now (Egyptian "مفيش ألم"), and back again ("رجع تاني").
  ['(?:مفيش|ما فيش|مافيش|ما في|مافي) (?:اي )?(?:الم|وجع)', 'no pain now'],
  ['رجع (?:تاني|ثاني)|رجعت (?:تاني|ثاني)|عاد مره اخرى', 'it came back again'],
];
