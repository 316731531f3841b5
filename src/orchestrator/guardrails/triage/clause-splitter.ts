/**
 * Splits normalised text into sentences and sentences into clauses.
 *
 * Clauses bound the reach of negations and of time markers: in "no fever but she cannot
 * breathe" the "no" must not reach "breathe", and in "I had a seizure as a child and now my
 * son is having one" the childhood must not reach the son. Decimal points ("38.5") are not
 * sentence breaks.
 */

const SENTENCE_BREAK = /[.!?;]+(?=\s|$)/;

/** Contrast words always open a new clause. */
const CONTRAST = String.raw`\s*,?\s*\b(?:but|however|although|though|whereas|except that)\b\s*`;

/**
 * "and" opens a new clause only when a new subject or a time shift follows it; a bare "and"
 * mostly joins items of one list ("no fever, rash and vomiting"), which must stay together.
 */
const AND_NEW_SUBJECT = String.raw`\s*,?\s+and\s+(?=(?:now|then|today|tonight|suddenly|still|i|he|she|they|we|it|my|his|her|their|our|the|this|also)\b|if\s+(?:someone|somebody|anyone|anybody|a\s+person|people)\b)`;

/** A question tacked on after a comma is its own clause: "I had X years ago, will it come back?". */
const COMMA_QUESTION = String.raw`\s*,\s*(?=(?:will|would|can|could|should|is|are|does|do|did|what|how|why|when|where)\b)`;

/**
 * ", now he has a temperature": the present after a told past ("a febrile fit last year, now ..."), and
 * this episode set against an earlier one ("last year it was a pulled muscle, this one is crushing").
 */
const COMMA_NOW = String.raw`\s*,\s*(?=now\s+(?:he|she|i|they|we|it|my|his|her|their|the)\b|this\s+(?:one|time)\s+(?:is|it|he|she|i|feels|was|has)\b)`;
/** A question or condition after a colon is its own clause: "Question for a first aid course: if someone ...". */
const COLON_QUESTION = String.raw`\s*:\s*(?=(?:if|in\s+case|suppose|what|how|why|when|which|is|are|can|could|should|would|does|do)\b)`;
const CLAUSE_BREAK = new RegExp(`${CONTRAST}|${AND_NEW_SUBJECT}|${COMMA_QUESTION}|${COMMA_NOW}|${COLON_QUESTION}`);

export function splitSentences(normalized: string): string[] {
  return normalized
    .split(SENTENCE_BREAK)
    .map((sentence) => sentence.trim())
    .filter((sentence) => sentence.length > 0);
}

export function splitClauses(sentence: string): string[] {
  return sentence
    .split(CLAUSE_BREAK)
    .map((clause) => clause.replace(/^[\s,:]+|[\s,:]+$/g, ''))
    .filter((clause) => clause.length > 0);
}
