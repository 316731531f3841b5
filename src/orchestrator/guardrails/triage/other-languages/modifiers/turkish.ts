import { feverAskedAsAThreshold } from './fever-asked-as-a-threshold.js';
import { sinceAnOldEvent } from './since-an-old-event.js';
import { theSameAsAlways } from './the-same-as-always.js';
import { todayTheSameAsAlways } from './today-the-same-as-always.js';

/**
 * Turkish: the words that keep a non-emergency quiet, read into the English the English modifiers read
 * (`temporal-context.ts`, `general-question.ts`, `negation.ts`): a symptom that has passed or is gone now, one that
 * came back, a question about anyone, how long and how mild. Spread at the end of the language's phrases, so that
 * any finding's phrase listed before them wins where both begin; each is written to end where a finding's words
 * could begin, never across them. A time word alone ("now", "again") is not glossed: read alone it only gives the
 * wording model words of urgency, so "back again" is read with what came back. Session 41 (T46): the glossaries are
 * widened this round, and each word they read newly must meet the modifiers it is told with.
 */
export const TURKISH_MODIFIERS: ReadonlyArray<readonly [string, string]> = [
  // A long-standing finding told as no different today (session 63, T142).
  ...todayTheSameAsAlways('turkish'),
  // A fever asked about as a threshold, beside a reading normal for the age (session 43, T53).
  ...feverAskedAsAThreshold('turkish'),
  // A finding told as the same as it always is (session 61, T129).
  ...theSameAsAlways('turkish'),
  ...sinceAnOldEvent('turkish'),
  // A pain told as passed ("geçti"; not "geçmiş olsun", get well soon), not there now ("ağrım yok"), back again.
  // "geçti sandım" (I thought it had passed) doubts the ending it tells (review V23, 05:27).
  ['gecti (?:sandim|sanmistim|zannettim|zannetmistim|diye dusundum)', 'i hoped it would go'],
  ['gecti|gecmisti', 'it has passed'],
  ['(?:simdi |artik )?(?:agrim|agrisi|agri) yok|(?:artik )?agrimiyor', 'now no pain'],
  ['(?:yine|tekrar) agri(?:yor|di)', 'the pain is back'],
  // Back again told by its being there or starting again (review V23, 05:27): "şimdi yine var", "yine başladı".
  ['(?:yine|tekrar) (?:var|basladi|geldi|oldu)', 'it is back again'],
  // "My pain", the word the endings above are told of ("göğüs ağrım geçti"), read last so any finding's phrase wins.
  ['agrim|agrisi', 'pain'],
];
