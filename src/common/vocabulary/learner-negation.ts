/**
 * "Can't" as people write it who learnt another language first: "no can" ("she no can breathe
 * good"), "not can", "no could" — the negation before the verb, as Spanish and many other
 * languages put it. Written as the vocabulary's idioms have it ("can't breathe", "couldn't taste").
 */
const LEARNER_NEGATION = /\b(?:no|not) (can|could)\b/g;

/** The lower-cased text with "no can" as "can't" and "no could" as "couldn't"; else as it is. */
export function withStandardNegation(text: string): string {
  return text.replace(LEARNER_NEGATION, (_, verb: string) => (verb === 'can' ? "can't" : "couldn't"));
}
