/**
 * Which term groups a text could match, found from the text's own words rather than by running
 * every group's expression over it: a question has a few dozen words and the vocabulary a few
 * hundred groups, so testing only the groups one of its words starts is most of the saving.
 *
 * The index is a prefilter only: a group it names is then tested with its own expression, so it
 * must never leave out a group whose expression matches (naming one that does not is harmless).
 * That holds because every expression (see patternOf in vocabulary-expansion.ts) starts a match
 * where no letter or digit precedes it, with the term's first letters written out literally: the
 * text's word starting there is the term's first word, apostrophes dropped or not, and the
 * optional plural "s" when the term is that one word.
 */

/** The text's words as the expressions' boundaries cut them: runs of letters and digits. */
const WORD = /[\p{L}\p{N}]+/gu;
const LETTER_OR_DIGIT = /^[\p{L}\p{N}]/u;
/** A term's first word: letters and digits, with the apostrophes the expressions make optional. */
const FIRST_WORD = /^[\p{L}\p{N}']+/u;

/**
 * The words a text may show where the term starts, or undefined when the term cannot be indexed
 * by its first word (it starts with something other than a letter or digit, or has capitals a
 * lower-cased text never holds — such groups are tested on every text, as before).
 * "can't sleep" may start at "can" (the apostrophe kept, which ends the word) or at "cant".
 */
export function startingWordsOf(term: string): string[] | undefined {
  if (!LETTER_OR_DIGIT.test(term) || term !== term.toLowerCase()) return undefined;
  const firstWord = FIRST_WORD.exec(term)![0];
  const words = new Set<string>();
  for (let at = firstWord.indexOf("'"); at !== -1; at = firstWord.indexOf("'", at + 1)) {
    words.add(firstWord.slice(0, at).replace(/'/g, ''));
  }
  words.add(firstWord.replace(/'/g, ''));
  return [...words];
}

export class TermGroupIndex<Group> {
  /** Group positions by a word that can start one of their terms. */
  private readonly byStartingWord = new Map<string, number[]>();
  /** Groups with a term that cannot be indexed: tested on every text. */
  private readonly alwaysTested: number[] = [];

  /** `termsFound` gives the terms a group's expression finds (for a lay umbrella, its lay words). */
  constructor(
    private readonly groups: readonly Group[],
    termsFound: (group: Group) => readonly string[],
  ) {
    groups.forEach((group, position) => {
      const terms = termsFound(group);
      // An expression of no terms finds the empty string between any two non-words.
      if (terms.length === 0) {
        this.alwaysTested.push(position);
        return;
      }
      const starts = new Set<string>();
      for (const term of terms) {
        const words = startingWordsOf(term);
        if (!words) {
          this.alwaysTested.push(position);
          return;
        }
        for (const word of words) starts.add(word);
      }
      for (const word of starts) {
        const positions = this.byStartingWord.get(word);
        if (positions) positions.push(position);
        else this.byStartingWord.set(word, [position]);
      }
    });
  }

  /** The groups whose terms could occur in the (lower-cased) text, in the groups' own order. */
  candidatesFor(text: string): Group[] {
    const positions = new Set<number>(this.alwaysTested);
    for (const [word] of text.matchAll(WORD)) {
      this.addStartedBy(word, positions);
      // A one-word term takes an optional plural "s": "stones" may be "stone".
      if (word.length > 1 && word.endsWith('s')) this.addStartedBy(word.slice(0, -1), positions);
    }
    return [...positions].sort((a, b) => a - b).map((position) => this.groups[position]!);
  }

  private addStartedBy(word: string, positions: Set<number>): void {
    const started = this.byStartingWord.get(word);
    if (started) for (const position of started) positions.add(position);
  }
}
