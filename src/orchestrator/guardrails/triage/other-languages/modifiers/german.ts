import { feverAskedAsAThreshold } from './fever-asked-as-a-threshold.js';
import { nothingHappeningNow } from './nothing-happening-now.js';
import { whatIfToldTheLanguageWay } from './what-if-told-the-language-way.js';
import { todayTheSameAsAlways } from './today-the-same-as-always.js';

/**
 * German: the words that keep a non-emergency quiet, read into the English the English modifiers read
 * (`temporal-context.ts`, `general-question.ts`, `negation.ts`): a symptom that has passed or is gone now, one that
 * came back, a question about anyone, how long and how mild. Spread at the end of the language's phrases, so that
 * any finding's phrase listed before them wins where both begin; each is written to end where a finding's words
 * could begin, never across them. A time word alone ("now", "again") is not glossed: read alone it only gives the
 * wording model words of urgency, so "back again" is read with what came back. Session 41 (T46): the glossaries are
 * widened this round, and each word they read newly must meet the modifiers it is told with.
 */
export const GERMAN_MODIFIERS: ReadonlyArray<readonly [string, string]> = [
  // A long-standing finding told as no different today (session 63, T142).
  ...todayTheSameAsAlways('german'),
  // A supposition told with the language's own "what if" (session 63, T142).
  ...whatIfToldTheLanguageWay('german'),
  // A fever asked about as a threshold, beside a reading normal for the age (session 43, T53).
  ...feverAskedAsAThreshold('german'),
  // A question asked in advance, with the language's disclaimer (session 61, T129).
  ...nothingHappeningNow('german'),
  // A pain told as gone ("jetzt ist es weg", "keine Schmerzen mehr"), and back again ("wieder da").
  ['keine schmerzen mehr|(?:es )?tut nicht mehr weh', 'no more pain'],
  // "jetzt ist es weg" read whole: "but now" before an ending would read as a turn to now.
  ['(?:jetzt |nun )?(?:ist es|es ist) (?:wieder )?weg', 'it has gone now'],
  ['(?:ist es|es ist|ist) wieder da|(?:kommt|kam) wieder|(?:hat )?wieder angefangen', 'it came back again'],
  // Pains told in the plural as gone ("die sind jetzt weg", review V23, 05:10).
  ['(?:die |sie )?sind (?:jetzt |nun )?(?:wieder )?weg', 'they have gone now'],
];
