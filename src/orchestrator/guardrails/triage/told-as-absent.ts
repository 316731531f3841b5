/**
 * Whether a word at `at` in a normalised message is told as absent in its clause: "no weakness", "she didn't bite her
 * tongue", "nobody in the family has heart problems". The clause runs back to the last punctuation or joining word
 * before the word, so "no headache, but her arm is weak" tells the weakness as present. What the whole-message readers
 * (a usual migraine aura, an uncomplicated faint) read their red flags with.
 */
const CLAUSE_BOUNDARY = /[,.;:!?]|\b(?:and|but|then|so|though|although|now)\b/g;
const ABSENCE = /\b(?:no|not|never|without|nor|denies|nil|neither|nobody|none)\b|n't\b/;

export function toldAsAbsentInItsClause(text: string, at: number): boolean {
  const before = text.slice(0, at);
  let from = 0;
  for (const boundary of before.matchAll(CLAUSE_BOUNDARY)) from = boundary.index + boundary[0].length;
  return ABSENCE.test(before.slice(from));
}

/**
 * Whether a global pattern has a match in the message told as present: not absent in its clause and, where a reader
 * gives `absentJustBefore`, not denied by a word just before it that the clause reader does not hold ("nothing new",
 * "nor blue"). How the whole-message readers tell whether one of their red flags is there.
 */
export function toldPresent(normalized: string, pattern: RegExp, absentJustBefore?: RegExp): boolean {
  return [...normalized.matchAll(pattern)].some(
    (match) =>
      !toldAsAbsentInItsClause(normalized, match.index) &&
      !absentJustBefore?.test(normalized.slice(Math.max(0, match.index - 12), match.index)),
  );
}
