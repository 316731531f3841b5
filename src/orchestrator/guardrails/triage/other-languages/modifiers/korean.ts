import { feverAskedAsAThreshold } from './fever-asked-as-a-threshold.js';
import { todayTheSameAsAlways } from './today-the-same-as-always.js';

/**
 * Korean: the words that keep a non-emergency quiet, read into the English the English modifiers read
 * (`temporal-context.ts`, `general-question.ts`, `negation.ts`): a symptom that has passed or is gone now, one that
 * came back, a question about anyone, how long and how mild. Spread at the end of the language's phrases, so that
 * any finding's phrase listed before them wins where both begin; each is written to end where a finding's words
 * could begin, never across them. A time word alone ("now", "again") is not glossed: read alone it only gives the
 * wording model words of urgency, so "back again" is read with what came back. Session 41 (T46): the glossaries are
 * widened this round, and each word they read newly must meet the modifiers it is told with.
 */
export const KOREAN_MODIFIERS: ReadonlyArray<readonly [string, string]> = [
  // A long-standing finding told as no different today (session 63, T142).
  ...todayTheSameAsAlways('korean'),
  // A fever asked about as a threshold, beside a reading normal for the age (session 43, T53).
  ...feverAskedAsAThreshold('korean'),
  // A question about anyone ("누가 … 못 쉬면": the conditional ending closing its word), years, back again.
  // Only where a conditional ending follows in its clause: "누가 길에서 쓰러졌어요" (someone collapsed) is a report
  // (review V23, 05:10).
  ['(?:누가|누군가가?)(?=[^.?!,]*(?<=[\\uac00-\\ud7af])면(?:\\s|$|[,.?!]))', 'if someone'],
  ['(?<=[\\uac00-\\ud7af])면(?=\\s|$|[,.?!])', ' , '],
  ['몇 년 됐어요|몇 년째|몇 년 전부터', 'for years'],
  ['다시 아프', 'the pain is back'],
];
