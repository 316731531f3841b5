import { termsOf, tokenize } from './knowledge-terms.js';

/** "(NASH)", "(NF1)", "(PKDs)": capitals and digits in brackets, as a text defines its short forms. */
const BRACKETED = /\(([A-Z][A-Za-z0-9]{1,7})\)/g;
/** How much of an answer is read for definitions: answers define their short forms early. */
const READ_CHARS = 4000;
/** A short form used by people without capitals ("pkd", "tmj") must be at least this long... */
const MIN_LOWERCASE_LENGTH = 3;
/** ...and rarely a lower-case word in the collection ("cat", "aids" and "all" are words). */
const MAX_LOWERCASE_OCCURRENCES = 3;
/** An ambiguous short form keeps its most often defined meanings only. */
const MAX_LONG_FORMS = 3;

/**
 * The short forms a collection defines ("nonalcoholic steatohepatitis (NASH)") and what they
 * stand for. People ask about "NASH", "TMJ", "PKD" or "AMD" as their doctor wrote it, while the
 * passages on it are named in full: a question's short form adds its long forms to the search.
 * A definition counts when the initials of the words before the bracket spell the short form
 * (Schwartz and Hearst's rule, letters matched from the end), so brackets holding anything else
 * ("(ALT)" after an unrelated phrase, "(see below)") define nothing.
 */
export class DefinedAbbreviations {
  /** Short form as defined (capitals kept) → long form (lower case) → how often defined. */
  private readonly definitions = new Map<string, Map<string, number>>();
  /** Lower-cased short forms → how often the collection uses them as lower-case words. */
  private readonly lowercaseUses = new Map<string, number>();

  /** Reads the definitions in one passage's answer. */
  addDefinitionsIn(answer: string): void {
    const text = answer.slice(0, READ_CHARS);
    for (const match of text.matchAll(BRACKETED)) {
      const short = match[1].replace(/s$/, '');
      if (short.replace(/[^A-Z]/g, '').length < 2 && !/^[A-Z][a-z]*\d$/.test(short)) continue;
      const long = longFormBefore(text.slice(Math.max(0, match.index - 160), match.index), short);
      if (long === null) continue;
      const meanings = this.definitions.get(short) ?? new Map<string, number>();
      meanings.set(long, (meanings.get(long) ?? 0) + 1);
      this.definitions.set(short, meanings);
      if (short.length >= MIN_LOWERCASE_LENGTH) this.lowercaseUses.set(short.toLowerCase(), 0);
    }
  }

  /** Counts a token of the collection's text that is the lower-case spelling of a defined short form. */
  countToken(token: string): void {
    const uses = this.lowercaseUses.get(token);
    if (uses !== undefined) this.lowercaseUses.set(token, uses + 1);
  }

  /**
   * The long forms of the short forms a question uses: written with capitals ("NASH", "NF1",
   * "PKDs"), or in lower case when the collection does not use that spelling as a word.
   */
  longFormsIn(question: string): string[] {
    const found = new Set<string>();
    const told = new Set(termsOf(question));
    for (const token of tokenize(question)) {
      // "PKDs" is the plural of PKD; "meds" is not the plural of MED.
      const plural = /^[A-Z][A-Za-z0-9]*[A-Z0-9]s$/.test(token);
      for (const long of meaningsTold(this.meaningsOf(plural ? token.slice(0, -1) : token), told)) found.add(long);
    }
    return [...found];
  }

  private meaningsOf(token: string): string[] {
    const meanings = this.definitions.get(token) ?? this.definitions.get(token.toUpperCase());
    if (meanings === undefined) return [];
    // "Nash" or "pkd" may be a word; "NASH" and "NF1" are written as short forms.
    const writtenShort = /[A-Z].*[A-Z0-9]/.test(token);
    if (!writtenShort) {
      const uses = this.lowercaseUses.get(token.toLowerCase());
      if (token.length < MIN_LOWERCASE_LENGTH || uses === undefined || uses > MAX_LOWERCASE_OCCURRENCES) return [];
    }
    return [...meanings]
      .sort((left, right) => right[1] - left[1])
      .slice(0, MAX_LONG_FORMS)
      .map(([long]) => long);
  }
}

/**
 * Of an ambiguous short form's meanings, those a word of the message names ("Prader something,
 * PWS": Prader-Willi syndrome, not Parkes Weber syndrome); a word every meaning has ("syndrome")
 * tells none apart. All of them when the message names none.
 */
function meaningsTold(meanings: string[], told: ReadonlySet<string>): string[] {
  if (meanings.length < 2) return meanings;
  const termsOfMeanings = meanings.map(termsOf);
  const shared = new Set(termsOfMeanings[0].filter((term) => termsOfMeanings.every((terms) => terms.includes(term))));
  const named = meanings.filter((_, at) => termsOfMeanings[at].some((term) => !shared.has(term) && told.has(term)));
  return named.length > 0 ? named : meanings;
}

/**
 * The words before a bracket whose initials spell `short`, letters matched from the end (the
 * first letter must start a word, not a syllable of a spelled-out pronunciation), or null. At most min(|short| + 5, 2 × |short|) words are read.
 */
export function longFormBefore(before: string, short: string): string | null {
  const words = before.split(/\s+/).filter((word) => word !== '');
  const text = words.slice(-Math.min(short.length + 5, short.length * 2)).join(' ');
  const letters = short.toLowerCase().replace(/[^a-z0-9]/g, '');
  let at = text.length - 1;
  for (let index = letters.length - 1; index >= 0; index -= 1) {
    const letter = letters[index];
    while (
      at >= 0 &&
      (text[at].toLowerCase() !== letter || (index === 0 && at > 0 && /[\p{L}\p{N}'-]/u.test(text[at - 1])))
    )
      at -= 1;
    if (at < 0) return null;
    at -= 1;
  }
  const long = text
    .slice(at + 1)
    .toLowerCase()
    .replace(/[^\p{L}\p{N}' -]+/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  // One word is a spelling, not a definition ("Ig" in "immunoglobulin (Ig)" reads the same).
  return long.split(' ').length >= 2 && long.length > short.length ? long : null;
}
