// A disease, virus or vitamin told apart from another by one letter or number: hepatitis A and B,
// influenza virus A and B, parainfluenza 1-3, vitamin D, type 1 and 2 diabetes. The letter alone
// is no search term (a single character), so the letter is joined to the name it qualifies as a
// term of its own ("hepatitisb"), in the records as in the questions (see tokenize).

/**
 * What a one-character letter or number tells apart: hepatitis A and B (and "hep a", "hepb" as
 * typed), influenza virus A and B, parainfluenza 1 to 3, vitamin D, type 1 and 2 diabetes.
 */
const LETTERED_BASES: Readonly<Record<string, string>> = {
  hep: 'hepatitis',
  hepatitis: 'hepatitis',
  flu: 'influenza',
  influenza: 'influenza',
  parainfluenza: 'parainfluenza',
  vitamin: 'vitamin',
  type: 'type',
};

/**
 * The base word (a key of LETTERED_BASES), an optional "virus", and the letter or number: "Hep A,
 * adult", "Influenza virus B RNA", "parainfluenza 3", "vitamin d", "type 2 diabetes". A letter
 * "a" followed by another word is the article ("had the flu a few times"), unless that word goes
 * with a vaccine, a test or the disease; a number only after the bases that are numbered.
 */
const LETTERED = new RegExp(
  String.raw`\b(${Object.keys(LETTERED_BASES).join('|')})(?:[\s-]+virus)?[\s-]+(?:([b-e])|(a)(?!\s+(?!(?:vaccin\w*|shots?|jabs?|tests?|positive|negative|results?|rna|dna|virus|and|or|adult|ped\w*|boosters?|doses?|antibod\w*|infection|immun\w*|status|levels?|deficien\w*)\b)[a-z])|([1-4]))(?![\p{L}\p{N}])`,
  'giu',
);

/** Whether a text may hold a LETTERED phrase: most records and notes do not, and are split alone. */
export const LETTERED_HINT = /hep|flu|vitamin|type/i;

/** "hepb", "hepa" as typed: the base and its letter in one word. */
const LETTERED_WORD = /^(hep|hepatitis)([a-e])$/i;

/** The joined token of a base and its letter typed as one word ("hepb": "hepatitisb"); undefined for any other word. */
export function letteredWord(token: string): string | undefined {
  const typed = LETTERED_WORD.exec(token);
  if (typed === null) return undefined;
  const joined = `${LETTERED_BASES[typed[1].toLowerCase()]}${typed[2].toLowerCase()}`;
  return joined === token.toLowerCase() ? undefined : joined;
}

/**
 * The one-character letter or number a few words take ("hepatitis B", "influenza virus A"),
 * joined to them as a term of its own ("hepatitisb"): alone it is no search term (see
 * searchTerm), and a question for hepatitis B would find hepatitis A's doses as well as B's.
 */
export function letteredTerms(text: string): Map<number, string> {
  const found = new Map<number, string>();
  for (const match of text.matchAll(LETTERED)) {
    const base = match[1].toLowerCase();
    const letter = (match[2] ?? match[3] ?? match[4]).toLowerCase();
    const numbered = numberedBase(LETTERED_BASES[base]);
    if (numbered !== /\d/.test(letter)) continue;
    found.set(match.index + match[0].length, `${LETTERED_BASES[base]}${letter}`);
  }
  return found;
}

/**
 * The joined tokens among a query's tokens ("hepatitisb") and, for each, the same base's other
 * letters or numbers ("hepatitisa", "hepatitisc", ...): records of those tell another disease,
 * virus or vitamin apart, and are no answer when the record holds the one asked.
 */
export function letteredRivals(tokens: readonly string[]): { asked: string[]; rivals: string[] } {
  const asked = new Map<string, string>();
  for (const token of tokens) {
    const parts = letteredParts(token);
    if (parts !== undefined) asked.set(`${parts.base}${parts.mark}`, parts.base);
  }
  const rivals = [...asked.values()].flatMap((base) =>
    marksOf(base)
      .map((mark) => `${base}${mark}`)
      .filter((rival) => !asked.has(rival)),
  );
  return { asked: [...asked.keys()], rivals: [...new Set(rivals)] };
}

/**
 * The name and the letter or number of a joined token ("hepatitisb": hepatitis, b;
 * "parainfluenza3": parainfluenza, 3); undefined for any other token.
 */
export function letteredParts(token: string): { base: string; mark: string } | undefined {
  const lower = token.toLowerCase();
  const base = JOINED_BASES.find((name) => lower.startsWith(name) && marksOf(name).includes(lower.slice(name.length)));
  return base === undefined ? undefined : { base, mark: lower.slice(base.length) };
}

const JOINED_BASES = [...new Set(Object.values(LETTERED_BASES))];

/** The letters or numbers a base takes. */
export function marksOf(base: string): readonly string[] {
  return numberedBase(base) ? ['1', '2', '3', '4'] : ['a', 'b', 'c', 'd', 'e'];
}

function numberedBase(base: string): boolean {
  return base === 'parainfluenza' || base === 'type';
}
