/** Words that tell a finding as absent before it: "no fever", "not dizzy", "without pain", "never fainted". */
const ABSENCE = 'no|not|nor|without|never';

/**
 * A lookahead, for a pattern read from the start of a sentence, that fails where `finding` is told anywhere in the
 * sentence unless it is told as absent: a word of `absence` before it, with at most one word between ("no real pain")
 * or as the second of a pair ("no fever or pain"). The ordinary-story guards read their red flags this way: "no
 * clots, no fever" keeps lochia ordinary, "clots" does not.
 */
export function notToldUnlessAbsent(finding: string, absence: string = ABSENCE): string {
  return String.raw`(?!.*(?<!\b(?:${absence})\s+(?:[\w-]+\s+(?:(?:or|nor|and)\s+)?)?)${finding})`;
}
