import { feverAskedAsAThreshold } from './fever-asked-as-a-threshold.js';
import { nothingHappeningNow } from './nothing-happening-now.js';
import { whatIfToldTheLanguageWay } from './what-if-told-the-language-way.js';
import { todayTheSameAsAlways } from './today-the-same-as-always.js';

/**
 * Hindi in Latin letters: the words that keep a non-emergency quiet, read into the English the English modifiers read
 * (`temporal-context.ts`, `general-question.ts`, `negation.ts`): a symptom that has passed or is gone now, one that
 * came back, a question about anyone, how long and how mild. Spread at the end of the language's phrases, so that
 * any finding's phrase listed before them wins where both begin; each is written to end where a finding's words
 * could begin, never across them. A time word alone ("now", "again") is not glossed: read alone it only gives the
 * wording model words of urgency, so "back again" is read with what came back. Session 41 (T46): the glossaries are
 * widened this round, and each word they read newly must meet the modifiers it is told with.
 */
export const ROMANISED_HINDI_MODIFIERS: ReadonlyArray<readonly [string, string]> = [
  // A long-standing finding told as no different today (session 63, T142).
  ...todayTheSameAsAlways('romanisedHindi'),
  // A supposition told with the language's own "what if" (session 63, T142).
  ...whatIfToldTheLanguageWay('romanised-hindi'),
  // A fever asked about as a threshold, beside a reading normal for the age (session 43, T53).
  ...feverAskedAsAThreshold('romanisedHindi'),
  // A question asked in advance, with the language's disclaimer (session 61, T129).
  ...nothingHappeningNow('romanisedHindi'),
  // A question about anyone ("agar kisi ko ..."), back again ("phir se"), not hurting now ("ab dard nahi hai").
  ['agar kisi (?:ko|ka|ki|ke)', 'if someone'],
  ['(?:phir|fir) se dard', 'the pain is back'],
  ['ab dard nahi(?:n)?(?: hai| h)?', 'now no pain'],
  // Started again (review V23, 05:27): "phir se shuru ho gaya".
  ['(?:phir|fir) se shuru', 'it started again'],
];
