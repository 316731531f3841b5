/**
 * Corrects a misspelt search term to the collection's nearest term ("alzhim" → "alzheim",
 * "antibiotc" → "antibiot"): people type medical words as they hear them, and a word the index
 * has never seen finds nothing. Only unknown terms are corrected, to the closest known term
 * (one edit up to six letters, two beyond), the more frequent one on a tie. Candidates share the
 * first letter (people rarely mistype it), which keeps a lookup to a few thousand comparisons;
 * unless one is a single edit away, the word is also read with each other opening that sounds
 * the same (SOUND_ALIKE_OPENINGS: "seliac" for celiac, "kronns" for Crohn's,
 * "fenylketonuria"), and the closest of all wins, the more frequent on a tie.
 */
export class SpellingCorrector {
  private readonly byLength = new Map<string, string[]>();

  constructor(private readonly frequencies: ReadonlyMap<string, number>) {
    for (const term of frequencies.keys()) {
      const key = `${term[0]}${term.length}`;
      const bucket = this.byLength.get(key) ?? [];
      bucket.push(term);
      this.byLength.set(key, bucket);
    }
  }

  correct(term: string): string | null {
    if (this.frequencies.has(term)) return term;
    if (term.length < 4 || /\d/.test(term)) return null;
    let best = this.nearest(term);
    if (best !== null && best.distance <= 1) return best.candidate;
    for (const respelt of soundAlikeSpellings(term)) {
      const found = this.frequencies.has(respelt) ? { candidate: respelt, distance: 0 } : this.nearest(respelt);
      if (found !== null && (best === null || this.isBetter(found, best))) best = found;
    }
    return best?.candidate ?? null;
  }

  /** Closer, or as close and more frequent. */
  private isBetter(found: Candidate, best: Candidate): boolean {
    return (
      found.distance < best.distance ||
      (found.distance === best.distance &&
        this.frequencies.get(found.candidate)! > this.frequencies.get(best.candidate)!)
    );
  }

  /** The closest known term sharing the first letter, within the edits its length allows; null when none. */
  private nearest(term: string): Candidate | null {
    const maxEdits = term.length <= 6 ? 1 : 2;
    let best: string | null = null;
    let bestDistance = maxEdits + 1;
    for (let length = term.length - maxEdits; length <= term.length + maxEdits; length += 1) {
      for (const candidate of this.byLength.get(`${term[0]}${length}`) ?? []) {
        const distance = soundEditDistance(term, candidate, Math.min(maxEdits, bestDistance));
        if (
          distance < bestDistance ||
          (distance === bestDistance && best !== null && this.frequencies.get(candidate)! > this.frequencies.get(best)!)
        ) {
          if (distance > maxEdits) continue;
          best = candidate;
          bestDistance = distance;
        }
      }
    }
    return best === null ? null : { candidate: best, distance: bestDistance };
  }
}

interface Candidate {
  candidate: string;
  distance: number;
}

/**
 * Openings written differently for the same sound, as people spell a name they have only heard:
 * "c" said as "s" (cirrhosis, celiac) or "k" (Crohn's), "ph" as "f", a silent "p" (psoriasis,
 * pneumonia), "rh" as "r", "g" as "j", "x" as "z". Each pair is read both ways.
 */
const SOUND_ALIKE_OPENINGS: ReadonlyArray<[string, string]> = [
  ['c', 's'],
  ['c', 'k'],
  ['ph', 'f'],
  ['ps', 's'],
  ['pn', 'n'],
  ['rh', 'r'],
  ['g', 'j'],
  ['x', 'z'],
];

/** The term with each other opening that sounds the same (see SOUND_ALIKE_OPENINGS). */
export function soundAlikeSpellings(term: string): string[] {
  const spellings = new Set<string>();
  for (const [one, other] of SOUND_ALIKE_OPENINGS) {
    if (term.startsWith(one)) spellings.add(other + term.slice(one.length));
    if (term.startsWith(other)) spellings.add(one + term.slice(other.length));
  }
  spellings.delete(term);
  return [...spellings];
}

const VOWELS = new Set(['a', 'e', 'i', 'o', 'u', 'y']);

/**
 * Levenshtein distance with transpositions in which a vowel written for another vowel costs half
 * an edit ("dengi" for dengue, "menears" for Ménière's): a name spelt as it was heard gets its
 * vowels wrong far more often than its consonants. `bound + 1` as soon as it must exceed `bound`.
 */
export function soundEditDistance(left: string, right: string, bound: number): number {
  return editDistance(left, right, bound, (one, other) =>
    one === other ? 0 : VOWELS.has(one) && VOWELS.has(other) ? 0.5 : 1,
  );
}

/** Levenshtein distance with transpositions, or `bound + 1` as soon as it must exceed `bound`. */
export function boundedEditDistance(left: string, right: string, bound: number): number {
  return editDistance(left, right, bound, (one, other) => (one === other ? 0 : 1));
}

function editDistance(
  left: string,
  right: string,
  bound: number,
  substitution: (one: string, other: string) => number,
): number {
  if (Math.abs(left.length - right.length) > bound) return bound + 1;
  let previousPrevious: number[] = [];
  let previous = Array.from({ length: right.length + 1 }, (_value, index) => index);
  for (let i = 1; i <= left.length; i += 1) {
    const current = [i];
    let rowMinimum = i;
    for (let j = 1; j <= right.length; j += 1) {
      const cost = substitution(left[i - 1], right[j - 1]);
      let value = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost);
      if (i > 1 && j > 1 && left[i - 1] === right[j - 2] && left[i - 2] === right[j - 1])
        value = Math.min(value, previousPrevious[j - 2] + 1);
      current.push(value);
      if (value < rowMinimum) rowMinimum = value;
    }
    if (rowMinimum > bound) return bound + 1;
    previousPrevious = previous;
    previous = current;
  }
  return previous[right.length];
}
