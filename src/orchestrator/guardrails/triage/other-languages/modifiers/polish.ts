import { todayTheSameAsAlways } from './today-the-same-as-always.js';

/**
 * Polish: the words that keep a non-emergency quiet, read into the English the English modifiers read
 * (`temporal-context.ts`, `general-question.ts`, `negation.ts`): a symptom that has passed or is gone now, one that
 * came back, a question about anyone, how long and how mild. Spread at the end of the language's phrases, so that
 * any finding's phrase listed before them wins where both begin; each is written to end where a finding's words
 * could begin, never across them. A time word alone ("now", "again") is not glossed: read alone it only gives the
 * wording model words of urgency, so "back again" is read with what came back. Session 41 (T46): the glossaries are
 * widened this round, and each word they read newly must meet the modifiers it is told with.
 */
export const POLISH_MODIFIERS: ReadonlyArray<readonly [string, string]> = [
  // A long-standing finding told as no different today (session 63, T142).
  ...todayTheSameAsAlways('polish'),
  // A pain told as passed ("już przeszło", "minęło"), not hurting now ("teraz nic nie boli"), and back again.
  ['(?:juz )?(?:przeszlo|minelo|minal|ustapilo|ustapil)', 'it has passed'],
  ['(?:teraz )?(?:nic )?(?:mnie )?(?:juz )?nie boli(?: juz)?', 'it does not hurt any more'],
  ['wrocil(?:o|a)?(?! do )', 'it came back'],
  ['(?:znowu|znow|ponownie) (?:mnie )?boli', 'the pain is back'],
  // Started again (review V23, 05:27): "znowu się zaczęły".
  ['(?:znowu|znow|ponownie) sie zaczel(?:o|y|a|y sie)?', 'it started again'],
];
