import { termsOf } from './knowledge-terms.js';

/**
 * "Back" after a verb of going or returning ("it keeps coming back", "will it go back to normal",
 * "the pain came back") or before "to normal" and "again" means again, not the body part; as a
 * search word it put the back pain passages first for anything that recurs ("diverticulitis
 * twice this year... will I need surgery if it keeps coming back?", development-4). "Pain goes
 * to my back" and "my lower back" keep it: a possessive or a preposition stands between; so do
 * "what is back pain" and "going back surgery" (the body part's words follow), and "it is back"
 * counts as again only where the clause ends there or goes on with "again", "now", "since"...
 */
const RETURNING_BACK =
  /\b(?:(?:come|comes|came|coming|go|goes|going|went|gone|get|gets|got|getting|grow|grows|grew|growing|bounce|bounced|bring|brings|brought|turn|turned|call|called|calling|flare|flared|flaring|creep|crept|creeping|cut|cutting|think|thinking|thought|look|looking|looked|way|ago|years|months|weeks|days)\s+back\b(?!\s+(?:pain|ache|aches|aching|spasms?|injur\w*|surgery|problems?|muscles?|bones?|of)\b)|(?:is|was|are|were|been|it's|its|they're)\s+back\b(?=\s*(?:[.?!,;:]|$|again\b|now\b|after\b|since\b|and\b|but\b|every\b))|back\s+(?=to normal\b|to how\b|again\b|and forth\b|then\b|home\b))/gi;

/** The text without the "back" that means again (see RETURNING_BACK). */
export function withoutReturningBack(text: string): string {
  return text.replace(RETURNING_BACK, (phrase) => phrase.replace(/\s*back\b\s*/i, ' '));
}

/** "back" as a search term when the text says it only as again (see RETURNING_BACK); else nothing. */
export function returningBackTermsOf(text: string): string[] {
  const kept = new Set(termsOf(withoutReturningBack(text)));
  return termsOf(text).filter((term) => !kept.has(term));
}
