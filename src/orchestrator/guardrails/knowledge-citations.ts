/** `[2]`, `[1, 3]`, `[1][2]` and `[1-2]` as models write them. */
const CITATION = /\[(\d+(?:\s*[,–-]\s*\d+)*)\]/g;

export interface CitationCheck {
  text: string;
  /** Citations removed because they named no passage that was given. */
  dropped: number;
}

/**
 * Removes citations to passages that were not given ([4] when three were, or any when none
 * were): a number that points nowhere looks like a source and is not one. A group keeps the
 * numbers that exist ("[2, 7]" with three passages → "[2]").
 */
export function dropUnknownCitations(answer: string, passagesGiven: number): CitationCheck {
  let dropped = 0;
  const text = answer.replace(CITATION, (_match, list: string) => {
    const numbers = list.split(/\s*[,–-]\s*/).map(Number);
    const kept = numbers.filter((number) => number >= 1 && number <= passagesGiven);
    dropped += numbers.length - kept.length;
    return kept.length === 0 ? '' : `[${kept.join(', ')}]`;
  });
  // A removed citation leaves "word ." or a double space behind.
  return { text: dropped === 0 ? answer : text.replace(/[ \t]+([.,;:!?])/g, '$1').replace(/[ \t]{2,}/g, ' '), dropped };
}
