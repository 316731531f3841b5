import { letteredParts, marksOf } from './lettered-terms.js';
import type { RecordQuestion } from './record-question.js';
import { tokenize } from './search-terms.js';

// A follow-up that names only another letter or number of what the message before named ("and
// the A one?" after "when did he get his hep b shots", "and for B?" after a flu A test, "and 3?"
// after parainfluenza 1). The letter alone is no search term (a single character), so the
// follow-up would name nothing and be asked of the letter named before: the very records it
// turns away from. It is read as the same name with its own letter ("and the hepatitis a?"),
// which goes on from the message before and is searched by its own words.

/**
 * A letter or number and nothing else named, after the words a follow-up goes on with: "and
 * the A one?", "what about A?", "same for a?", "and for B?", "and 3?", "b?", "and the b shots?", "and b
 * too?" (what was named before is shown already: the letter asked is what is left to show).
 * The groups: the opening words, the letter, the kind of record it takes, what ends the message.
 */
const LETTER_ONLY =
  /^(\W*(?:(?:and|or|also|so|then|ok(?:ay)?|what about|how about|same (?:for|with))\s+)?(?:(?:for|about|with)\s+)?)(?:the\s+)?([a-e1-4])(?:\s+(?:ones?|(shots?|jabs?|vaccines?|tests?|doses?|results?)))?(?:\s+(?:too|as well|also))?(\W*)$/i;

/** Whether the message names a letter or number and nothing else (see LETTER_ONLY). */
export function namesOnlyALetter(text: string): boolean {
  return LETTER_ONLY.test(text.trim());
}

/**
 * The follow-up with the name its letter qualifies, as the message before named it ("and the A
 * one?" after a hepatitis B question: "and the hepatitis a?"); undefined when it names more than
 * a letter, or the message before named nothing that takes that letter or number.
 */
export function withLetterNamed(text: string, previous: RecordQuestion): string | undefined {
  const match = LETTER_ONLY.exec(text.trim());
  if (match === null) return undefined;
  const [, opening, letter, kind, end] = match;
  const mark = letter.toLowerCase();
  const base = tokenize(previous.query)
    .map(letteredParts)
    .find((parts) => parts !== undefined && marksOf(parts.base).includes(mark))?.base;
  if (base === undefined) return undefined;
  // A bare "b?" goes on from the message before as "and b?" does.
  const goingOn = opening.trim() === '' ? 'and ' : opening;
  return `${goingOn}the ${base} ${mark}${kind ? ` ${kind}` : ''}${end}`;
}
