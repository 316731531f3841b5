/**
 * A few words with no question frame ("rotavirus for my boy?", "metapneumovirus?", "lost
 * taste?"): people type what they look for as they would into a search box. Such a question
 * names nothing a record topic knows and asks nothing of the past, so it is not read as a record
 * question; but it is not general knowledge either. It is searched when the patient's record
 * holds what it names (the retriever keeps only records that share a term with it), and answered
 * from general knowledge when the record holds none.
 */

/** Today's complaint or a request for advice: "my head hurts, what should I do?". */
const COMPLAINT_OR_ADVICE =
  /\b(?:(?:i|we) (?:have|am|feel|got)|i've (?:got|been|had)|(?:he|she) (?:has|feels|is having)|hurts?|aches?|what (?:should|can|do) (?:i|we)|help)\b/;
/** Talk, not a question: "hello", "thanks", "ok". */
const SMALL_TALK = /^\s*(?:hi|hello|hey|thanks?|thank you|ok|okay|yes|no|bye|good (?:morning|evening|night))\b/;
/** More search terms than this is a sentence, not a search box. */
const MOST_TERMS = 6;

/**
 * Whether a question not read as a record question may still be one: it names something
 * (1 to MOST_TERMS search terms), is not general knowledge, a complaint or small talk.
 */
export function searchedIfRecorded(text: string, terms: readonly string[], general: boolean): boolean {
  return (
    terms.length > 0 &&
    terms.length <= MOST_TERMS &&
    !general &&
    !COMPLAINT_OR_ADVICE.test(text) &&
    !SMALL_TALK.test(text)
  );
}
