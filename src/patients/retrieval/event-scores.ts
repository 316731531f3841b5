import { eventTerms } from './event-periods.js';
import type { RecordQuestion } from './record-question.js';

/**
 * Most an event's words add to a record's lexical score, as a share of the best score of the
 * question's own words: enough to order records the question's words match alike ("what tests
 * did they do when I was coughing up blood": every test ordered that day) by whether they name
 * the event, too little to rank the event's own records among what is asked ("my weight when I
 * had covid" is not answered by the diagnosis).
 */
const EVENT_SHARE = 0.15;

/**
 * When the period was read from an event's records ("when I was coughing up blood"), the hashed
 * terms of the event's words and of their lay and clinical equivalents that the question does
 * not already search, each weighing 1 (see withEventScores for what they add); else, or when the
 * question names nothing else, undefined.
 */
export function eventQueryTerms(
  question: RecordQuestion,
  hash: (term: string) => string,
  weights: ReadonlyMap<string, number>,
): Map<string, number> | undefined {
  if (question.event === undefined || question.period === undefined) return undefined;
  // A question naming nothing but the event's day ("what else did he get the same day as his
  // mmr") asks for all the period holds, the event's own records no more than the rest.
  if (question.terms.length === 0 && question.resourceTypes.length === 0) return undefined;
  const terms = eventTerms(question.event)
    .map(hash)
    .filter((term) => !weights.has(term));
  return terms.length === 0 ? undefined : new Map(terms.map((term) => [term, 1]));
}

/**
 * The question's own BM25 scores with the event's added, scaled so that the record naming the
 * event best gains EVENT_SHARE of the best score of the question's words (of its own best when
 * the question's words match nothing).
 */
export function withEventScores(
  asked: ReadonlyMap<string, number>,
  byEvent: ReadonlyMap<string, number>,
): Map<string, number> {
  const scores = new Map(asked);
  const bestAsked = highest(asked.values());
  const bestByEvent = highest(byEvent.values());
  if (bestByEvent === 0) return scores;
  const scale = (EVENT_SHARE * (bestAsked > 0 ? bestAsked : bestByEvent)) / bestByEvent;
  for (const [id, score] of byEvent) scores.set(id, (scores.get(id) ?? 0) + scale * score);
  return scores;
}

/** The highest of some scores, 0 for none (a loop: a common term's scores may be thousands). */
function highest(scores: Iterable<number>): number {
  let best = 0;
  for (const score of scores) best = Math.max(best, score);
  return best;
}
