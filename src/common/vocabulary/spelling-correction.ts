import { LAY_CLINICAL_TERMS } from './lay-clinical-terms.js';
import { VACCINE_TERMS } from './vaccine-terms.js';

/**
 * Words patients type about their record that the vocabulary lists do not already hold as
 * single words: the record categories and measurements, as people write them.
 */
const RECORD_WORDS = [
  'allergies allergy allergic appointment appointments diagnosis diagnosed medication medications medicine medicines',
  'prescription prescriptions immunization immunizations immunisation vaccination vaccinations vaccine vaccines',
  'temperature weight height pressure oxygen saturation cholesterol glucose hemoglobin respiratory',
  'results laboratory symptoms symptom infection tuberculosis pneumonia coronavirus influenza',
  'procedure procedures surgery operation checkup examination physical treatment regimen',
  // The one drug the records hold that no vocabulary group names (it has no lay name or brand people use).
  'streptomycin',
].flatMap((line) => line.split(' '));

/** Two-word names of what the records hold, beside the vocabulary's terms. */
const RECORD_PHRASES = [
  'body weight',
  'blood pressure',
  'blood test',
  'heart rate',
  'flu shot',
  'flu jab',
  'well child',
];

/** Every word of the vocabulary lists, the dictionary a misspelling is corrected against. */
const DICTIONARY = new Set(
  [...LAY_CLINICAL_TERMS, ...VACCINE_TERMS]
    .flat()
    .flatMap((term) => term.split(/[^a-z0-9]+/))
    .concat(RECORD_WORDS)
    .filter((word) => word.length >= 4),
);

/**
 * Misspellings people type of the records' words with a letter typed for another, which the
 * edit-distance correction leaves alone (it would turn "infection" into "injection"): each is
 * listed with its word.
 */
const COMMON_MISSPELLINGS: Readonly<Record<string, string>> = {
  hepititis: 'hepatitis',
  diahrrea: 'diarrhea',
  diarreah: 'diarrhea',
  neumonia: 'pneumonia',
  newmonia: 'pneumonia',
  tubercolosis: 'tuberculosis',
  tuburculosis: 'tuberculosis',
  chickenpocks: 'chickenpox',
  pocks: 'pox',
  menengitis: 'meningitis',
  meningitus: 'meningitis',
  tetanis: 'tetanus',
  oxigen: 'oxygen',
  rotovirus: 'rotavirus',
  influensa: 'influenza',
  diabetis: 'diabetes',
  phlem: 'phlegm',
  hemoptisis: 'hemoptysis',
  hooping: 'whooping',
  astma: 'asthma',
};

/**
 * Replaces the misspellings of vocabulary words in a lower-cased text ("tempature" →
 * "temperature", "alergies" → "allergies", "wieght" → "weight"). Only words of six letters or
 * more that are not themselves in the dictionary are corrected, towards a dictionary word with
 * the same first letter: one letter missing, doubled or swapped with its neighbour, or, from
 * nine letters on, two letters missing. A letter typed in place of another is not corrected:
 * that is how real words differ ("injection" and "infection", "feeding" and "feeling"), so the
 * common misspellings of that kind are listed instead (COMMON_MISSPELLINGS), but for a vowel
 * typed for a vowel, or "s", "z" or "c" for one another, in a word of eight letters or more
 * ("hepatitus", "efavirens"). Of several candidates the
 * closest wins; a tie leaves the word alone. A two-word term typed as one word is split
 * ("bodyweight" → "body weight"), a long word typed as two is joined ("rhino virus"), and a long
 * word cut short is completed ("parainflu" → "parainfluenza").
 */
export function correctSpelling(text: string, dictionary: ReadonlySet<string> = DICTIONARY): string {
  return withinPhrases(
    joinSplitWords(text, dictionary)
      .replace(/[a-z]+/g, (word) => COMMON_MISSPELLINGS[word] ?? word)
      .replace(/[a-z]{6,}/g, (word) =>
        dictionary.has(word) || isPastTenseOf(word, dictionary)
          ? word
          : (closestWord(word, dictionary) ?? RUN_TOGETHER.get(word) ?? completedWord(word, dictionary) ?? word),
      ),
    dictionary,
  );
}

/** The longest vocabulary phrase read around a misspelt word (see withinPhrases). */
const PHRASE_WORDS = 4;

/**
 * Each vocabulary phrase of two to four words, once for each of its words of four letters or
 * more, keyed by the phrase with that word left out ("short of *" → "breath"): the word a phrase
 * around a misspelling asks for. Only when another of its words has four letters or more: "the
 * *" ("the clap") is no context ("the clip they put on her finger").
 */
const PHRASE_SLOTS: ReadonlyMap<string, readonly string[]> = (() => {
  const slots = new Map<string, Set<string>>();
  for (const term of [...LAY_CLINICAL_TERMS, ...VACCINE_TERMS, RECORD_PHRASES].flat()) {
    if (!/^[a-z]+(?: [a-z]+){1,3}$/.test(term)) continue;
    const words = term.split(' ');
    words.forEach((word, at) => {
      if (word.length < 4 || !words.some((other, index) => index !== at && other.length >= 4)) return;
      const key = words.map((other, index) => (index === at ? '*' : other)).join(' ');
      slots.set(key, (slots.get(key) ?? new Set()).add(word));
    });
  }
  return new Map([...slots].map(([key, words]) => [key, [...words]]));
})();

/**
 * A word misspelt inside a vocabulary phrase whose other words are typed right ("short of
 * breth", "hart rate", "blod pressure"): the phrase's own word, with a letter the word is missing
 * or two neighbours swapped. The word-by-word correction above leaves words under six letters
 * alone, as so many real words lie one letter apart; the phrase around it is what makes the
 * reading safe. Not a letter typed for another ("poor" is no "poop", "flue" no "flew") nor a
 * word one letter longer or shorter by design ("year" and "yearly"): only words of four letters
 * or more that no vocabulary word spells, and only when the phrases around it agree on one word.
 */
function withinPhrases(text: string, dictionary: ReadonlySet<string>): string {
  const words = [...text.matchAll(/[a-z]+/g)];
  if (words.length < 2) return text;
  let corrected = text;
  for (let at = words.length - 1; at >= 0; at -= 1) {
    const word = words[at]![0];
    if (word.length < 4 || dictionary.has(word)) continue;
    const meant = new Set<string>();
    for (let size = 2; size <= PHRASE_WORDS; size += 1) {
      for (let start = Math.max(0, at - size + 1); start <= at && start + size <= words.length; start += 1) {
        const key = words
          .slice(start, start + size)
          .map((match, index) => (start + index === at ? '*' : match[0]))
          .join(' ');
        for (const candidate of PHRASE_SLOTS.get(key) ?? [])
          if (candidate[0] === word[0] && candidate.length >= word.length && editDistance(word, candidate, 1) <= 1)
            meant.add(candidate);
      }
    }
    if (meant.size !== 1) continue;
    const { index } = words[at]!;
    corrected = corrected.slice(0, index) + [...meant][0]! + corrected.slice(index! + word.length);
  }
  return corrected;
}

/**
 * The past tense of a dictionary word ending in "e" ("tasted", "wheezed", "dosed"): one letter
 * more than the word, so the edit distance would take it back to the word, and with it the idioms
 * that say it so ("tasted like nothing", "he wheezed all night") would no longer match.
 */
function isPastTenseOf(word: string, dictionary: ReadonlySet<string>): boolean {
  return word.endsWith('ed') && dictionary.has(word.slice(0, -1));
}

/**
 * Two-word vocabulary terms as people run them together ("bodyweight", "bloodpressure",
 * "heartrate"), each with the term. Only whole terms: "overnight" is no "over night".
 */
const RUN_TOGETHER: ReadonlyMap<string, string> = new Map(
  [...LAY_CLINICAL_TERMS, ...VACCINE_TERMS, RECORD_PHRASES]
    .flat()
    .filter((term) => /^[a-z]+ [a-z]+$/.test(term))
    .map((term) => [term.replace(' ', ''), term]),
);

/**
 * A long vocabulary word typed or dictated as two ("rhino virus", "para influenza", "new monia"),
 * joined again: two neighbouring words that make a dictionary word of eight letters or more, or
 * a listed misspelling of one. Shorter joins are left alone ("any one", "in take").
 */
function joinSplitWords(text: string, dictionary: ReadonlySet<string>): string {
  return text.replace(/\b[a-z]{2,}(?: [a-z]{2,})+\b/g, (run) => {
    const words = run.split(' ');
    const kept: string[] = [];
    for (let at = 0; at < words.length; at += 1) {
      const joined = words[at]! + (words[at + 1] ?? '');
      if (
        at + 1 < words.length &&
        joined.length >= 8 &&
        (dictionary.has(joined) || Object.hasOwn(COMMON_MISSPELLINGS, joined))
      ) {
        kept.push(joined);
        at += 1;
      } else kept.push(words[at]!);
    }
    return kept.join(' ');
  });
}

/** From this length on, a word may be a longer one cut short ("parainflu", "pneumococ", "zidovud"). */
const CLIPPED_WORD = 7;

/**
 * The dictionary word a long word is the start of, cut short as people type a name they cannot
 * spell to its end ("metapneumo" → "metapneumovirus", "varicel" → "varicella"): of the words it
 * begins (two letters longer or more), the shortest, when they agree on the letter that follows
 * ("pneumococ" begins "pneumococcal" and "pneumococcus"); none when they part at once.
 */
function completedWord(word: string, dictionary: ReadonlySet<string>): string | undefined {
  if (word.length < CLIPPED_WORD) return undefined;
  const longer: string[] = [];
  for (const candidate of dictionary) {
    if (candidate.length >= word.length + 2 && candidate.startsWith(word)) longer.push(candidate);
  }
  if (longer.length === 0) return undefined;
  const next = longer[0]![word.length];
  if (longer.some((candidate) => candidate[word.length] !== next)) return undefined;
  return longer.reduce((shortest, candidate) => (candidate.length < shortest.length ? candidate : shortest));
}

/**
 * From this length on, one vowel typed for another is one edit ("hepatitus", "vericella",
 * "rotevirus", "hemaglobin"): the pairs of real words that differ so ("infection" and
 * "injection" differ by consonants) are short words.
 */
const LONG_WORD = 8;
/** From this length on, a word is corrected by two edits of any kind (a tie still leaves it alone). */
const VERY_LONG_WORD = 10;
const VOWEL = /[aeiou]/;
/**
 * "y" sounds as "i" and is typed for it, and the other way round ("streptomicin", "hemoptisis");
 * so do "s", "z" and a soft "c" for each other, as a drug's name is heard ("efavirens",
 * "isoniaside", "efavirence").
 */
const SOUNDS_ALIKE = (typed: string, meant: string): boolean =>
  (VOWEL.test(typed) && VOWEL.test(meant)) ||
  (typed === 'y' && meant === 'i') ||
  (typed === 'i' && meant === 'y') ||
  (HISSED.test(typed) && HISSED.test(meant));
const HISSED = /[scz]/;

function closestWord(word: string, dictionary: ReadonlySet<string>): string | undefined {
  let best: string | undefined;
  let bestDistance = Infinity;
  let tie = false;
  for (const candidate of dictionary) {
    if (candidate[0] !== word[0]) continue;
    // Two edits only as two letters the word is missing ("tempature"), or in a word of ten
    // letters or more ("rotervirus": a vowel for a vowel, and a letter more).
    const allowed = (word.length >= 9 && candidate.length === word.length + 2) || word.length >= VERY_LONG_WORD ? 2 : 1;
    if (Math.abs(candidate.length - word.length) > allowed) continue;
    const distance = editDistance(word, candidate, allowed, word.length >= LONG_WORD);
    if (distance > allowed) continue;
    if (distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
      tie = false;
    } else if (distance === bestDistance) {
      tie = true;
    }
  }
  return best !== undefined && !tie ? best : undefined;
}

/**
 * Edits between two words: a letter inserted, deleted, or swapped with its neighbour counts one;
 * a letter replaced by another counts two (a deletion and an insertion), or one for a vowel
 * replaced by a vowel, or "i" and "y" for each other, when `vowelForVowel` (long words, see LONG_WORD). Capped at `limit + 1`.
 */
export function editDistance(left: string, right: string, limit = Infinity, vowelForVowel = false): number {
  let beforePrevious: number[] = [];
  let previous = Array.from({ length: right.length + 1 }, (_, index) => index);
  for (let row = 1; row <= left.length; row += 1) {
    const current = [row];
    let rowMinimum = row;
    for (let column = 1; column <= right.length; column += 1) {
      const [typed, meant] = [left[row - 1]!, right[column - 1]!];
      const cost = typed === meant ? 0 : vowelForVowel && SOUNDS_ALIKE(typed, meant) ? 1 : 2;
      let value = Math.min(previous[column] + 1, current[column - 1] + 1, previous[column - 1] + cost);
      const swapped =
        row > 1 && column > 1 && left[row - 1] === right[column - 2] && left[row - 2] === right[column - 1];
      if (swapped) value = Math.min(value, beforePrevious[column - 2] + 1);
      current.push(value);
      rowMinimum = Math.min(rowMinimum, value);
    }
    if (rowMinimum > limit) return limit + 1;
    beforePrevious = previous;
    previous = current;
  }
  return previous[right.length];
}
