import { feverAskedAsAThreshold } from './fever-asked-as-a-threshold.js';
import { todayTheSameAsAlways } from './today-the-same-as-always.js';

/**
 * Russian: the words that keep a non-emergency quiet, read into the English the English modifiers read
 * (`temporal-context.ts`, `general-question.ts`, `negation.ts`): a symptom that has passed or is gone now, one that
 * came back, a question about anyone, how long and how mild. Spread at the end of the language's phrases, so that
 * any finding's phrase listed before them wins where both begin; each is written to end where a finding's words
 * could begin, never across them. A time word alone ("now", "again") is not glossed: read alone it only gives the
 * wording model words of urgency, so "back again" is read with what came back. Session 41 (T46): the glossaries are
 * widened this round, and each word they read newly must meet the modifiers it is told with.
 */
export const RUSSIAN_MODIFIERS: ReadonlyArray<readonly [string, string]> = [
  // A long-standing finding told as no different today (session 63, T142).
  ...todayTheSameAsAlways('russian'),
  // A fever asked about as a threshold, beside a reading normal for the age (session 43, T53).
  ...feverAskedAsAThreshold('russian'),
  // A pain back again ("опять болит", "снова началось"), and one told as not hurting any more ("больше не болит").
  ['больше не болит|уже не болит', 'it does not hurt any more'],
  ['(?:опять|снова) болит', 'the pain is back'],
  ['вернул(?:ось|ась|ся)', 'it came back'],
  // Started again (review V23, 05:27).
  ['(?:опять|снова) начал(?:ось|ся|ась|ись)', 'it started again'],
  // Session 53 (T84): a bleed told stopped ("кровь остановилась", "кровотечение прекратилось", "перестала идти"), read as
  // English tells it, so the rules set the bleed aside and the wording model reads the stop; not where it did not
  // ("не останавливается", "не остановилась").
  [
    '(?<=(?:кров|нос|ран|порез)[^.!?]{0,80})(?:(?:кровь|кровотечение) (?:\\p{L}+ )?)?(?<!не )(?:остановил(?:ась|ось|ся)|прекратил(?:ась|ось|ся)|перестала (?:идти|течь|капать)|перестало кровоточить)(?! сердце)',
    'the bleeding has stopped',
  ],
];
