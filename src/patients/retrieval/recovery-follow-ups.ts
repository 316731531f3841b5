import { searchTerm, searchTermsOf, tokenize } from './search-terms.js';

// A follow-up dated by getting over what the message before named: "his first checkup after he
// got over it", "and the first appointment after he got better?" after "when did les have
// covid". Read alone it names no illness, so the recovery dates nothing; read as a follow-up it
// asks for the illness's own records. It is the same question as "his first checkup after he got
// over covid": the illness named before, put where "it" or "better" stands.

/**
 * Getting over an illness not named: "got over it", "got better", "was well again", "recovered",
 * "it cleared up". Not "felt better about it", which is no illness.
 */
const RECOVERY_UNNAMED =
  /\b(?:(?:got|get|gets|getting|was|were|is|felt|feel|feeling)\s+(?:over\s+(?:it|that)|better|well(?:\s+again)?|recovered)|recovered|(?:it|that)\s+(?:cleared(?:\s+up)?|went\s+away|was\s+gone))\b(?!\s+(?:about|with|at|from|of)\b)/i;

/** Whether the message is dated by getting over something it does not name ("after he got better"). */
export function datedByRecovery(text: string): boolean {
  return RECOVERY_UNNAMED.test(text);
}

/**
 * The message with the illness the message before named put into its recovery ("after he got
 * over covid"), when it names nothing else of its own (`named`: the search terms it names) and
 * that message named something (`previousNamed`, "covid"); else undefined.
 */
export function recoveryOfNamedBefore(
  text: string,
  named: readonly string[],
  previousText: string,
  previousNamed: readonly string[],
): string | undefined {
  const recovery = RECOVERY_UNNAMED.exec(text);
  if (recovery === null || previousNamed.length === 0) return undefined;
  const recoveryWords = new Set(searchTermsOf(recovery[0]));
  if (named.some((term) => !recoveryWords.has(term))) return undefined;
  const namedBefore = new Set(previousNamed);
  const words = tokenize(previousText).filter((token) => {
    const term = searchTerm(token);
    return term !== null && namedBefore.has(term);
  });
  if (words.length === 0) return undefined;
  const illness = [...new Set(words.map((word) => word.toLowerCase()))].join(' ');
  const subject = /^(?:it|that)\b/i.test(recovery[0]) ? 'they' : '';
  return `${text.slice(0, recovery.index)}${subject ? `${subject} ` : ''}got over ${illness}${text.slice(recovery.index + recovery[0].length)}`;
}
