import { holdsUnnegated } from './negation.js';

/**
 * Where a signal's ordinary context (`ordinaryWhen`: "Braxton Hicks", "irregular", "teething")
 * is read. Protocols grade a finding by what is told about that finding, not by every word of
 * its sentence: "I thought it was Braxton Hicks but now they're every 5 minutes" tells an
 * ordinary reading that has been overtaken (NICE NG25: regular tightenings before 37 weeks are
 * preterm labour), while "mild tightenings this evening. They're not painful or regular" tells
 * the ordinary reading one sentence on, about the same tightenings.
 */

/** A turn in the story: what follows it is told as the state now, whatever came before. */
const TURN =
  /\b(?:but\s+now|and\s+now|now\s+(?:it|they|she|he|i|we)\b|but\s+(?:today|tonight|this\s+time|then)|until\s+now)\b/g;

/**
 * A next sentence that describes what was just told, as it is now: "They're not painful", "They
 * come and go". Not an earlier state ("They were irregular yesterday"), a comparison ("like the
 * Braxton Hicks I had last week") or a guess ("probably", "the book said").
 */
const DESCRIBES_BACK =
  /^(?:(?:and|also)\s+)?(?:they|it|these|those|the\s+(?:tightenings|pains|episodes))\s+(?:are|is|come|comes|go|goes|stop|stops|ease|eases|settle|settles)\b/;

/** What keeps a description from being about the finding as it is now (review V6, 19:14). */
const NOT_A_PRESENT_DESCRIPTION =
  /\b(?:but|now|until|getting|closer|worse|stronger|constant|like|think|thought|probably|maybe|must|might|could|says?|said|reckons?|earlier|before|yesterday|this\s+morning|at\s+first|last\s+(?:week|night|month)|at\s+tea\s*time|ago|used\s+to)\b/;

/**
 * Whether the ordinary context holds for a finding told at `findingAt` in its sentence: read
 * from the last turn before the finding (an ordinary word before "but now" does
 * not reach a finding after it), and, for a finding that allows it (`ordinaryWhenDescribedNext`),
 * in the next sentence when that sentence describes it as it is now.
 */
export function holdsOrdinaryContext(
  pattern: RegExp,
  sentence: string,
  findingAt: number,
  next: string | undefined,
  describedNext = false,
): boolean {
  let from = 0;
  for (const turn of sentence.matchAll(TURN)) if (turn.index <= findingAt) from = turn.index;
  if (holdsUnnegated(pattern, sentence.slice(from))) return true;
  return (
    describedNext &&
    next !== undefined &&
    DESCRIBES_BACK.test(next) &&
    !NOT_A_PRESENT_DESCRIPTION.test(next) &&
    holdsUnnegated(pattern, next)
  );
}
