import { holdsUnnegated } from './negation.js';

/**
 * Where a signal's ordinary context (`ordinaryWhen`: "Braxton Hicks", "irregular", "teething")
 * is read. Protocols grade a finding by what is told about it now: "I thought it was Braxton
 * Hicks but now they're every 5 minutes" tells an ordinary reading that has been overtaken
 * (NICE NG25: regular tightenings before 37 weeks are preterm labour).
 */

/**
 * A turn in the story: what follows it is told as the state now, whatever came before. "Just now" and
 * "right now" turn the story only after "but" / "and" or a comma: "my mum had a stroke 3 years ago and
 * recovered well but just now her speech went slurred" (review V9, 09:30); "he is teething right now"
 * tells no turn.
 */
const TURN =
  /\b(?:(?:but|and)\s+(?:(?:just|right)\s+)?now|now\s+(?:it|they|she|he|i|we|my|his|her|their|our)\b|but\s+(?:today|tonight|this\s+(?:time|morning|afternoon|evening)|then)|and\s+(?:today|tonight|this\s+time)|until\s+now)\b|,\s*(?:just|right)\s+now\b/g;

/**
 * Whether the ordinary context holds for a finding told at `findingAt` in its sentence, read from
 * the last turn before the finding: an ordinary word before "but now" does not reach a finding after it.
 * (A reading told in the next sentence was tried and taken out: review V6 found it silenced regular
 * tightenings told "They are similar to Braxton Hicks" or "They are painless though".)
 */
export function holdsOrdinaryContext(pattern: RegExp, sentence: string, findingAt: number): boolean {
  const read = readingsOf(sentence);
  let from = 0;
  for (const turn of read.turns) if (turn <= findingAt) from = turn;
  const key = `${from}\u0000${pattern.source}\u0000${pattern.flags}`;
  let holds = read.holds.get(key);
  if (holds === undefined) {
    holds = holdsUnnegated(pattern, sentence.slice(from));
    read.holds.set(key, holds);
  }
  return holds;
}

/**
 * The last sentence read: where its turns are, and what each ordinary context read from each turn gave. Every finding
 * of a sentence asks about the same sentence; reading it again for each made a sentence of many findings cost its
 * length times their number (a message repeating "breathing very fast" two hundred times).
 */
let lastSentence: { sentence: string | null; turns: readonly number[]; holds: Map<string, boolean> } = {
  sentence: null,
  turns: [],
  holds: new Map(),
};

function readingsOf(sentence: string): { turns: readonly number[]; holds: Map<string, boolean> } {
  if (lastSentence.sentence !== sentence) {
    lastSentence = { sentence, turns: [...sentence.matchAll(TURN)].map((turn) => turn.index), holds: new Map() };
  }
  return lastSentence;
}

/**
 * Whether another sentence of the message, earlier or later, takes the ordinary context back: a red flag the
 * context's own sentence would not have allowed ("I'm 7 weeks late. Really bad period cramps, same as every month";
 * "Chest tight and wheezy, the inhaler helped. Now the pain is in my left arm."). Read only for the signals that
 * name such red flags (`ordinaryUnlessElsewhere`), and only where not negated ("No sweating.").
 */
export function isToldElsewhere(pattern: RegExp, otherSentences: () => string): boolean {
  return holdsUnnegated(pattern, otherSentences());
}
