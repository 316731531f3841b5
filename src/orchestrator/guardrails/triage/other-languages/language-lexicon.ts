/**
 * One language's reading into the plain English the triage rules are written against. A language
 * file holds only its lists; how they are read is written once, in `other-language-reading.ts`.
 *
 * Everything is matched on folded text: lower case, and Latin letters typed plainly ("respiración" →
 * "respiracion", "não" → "nao"), because frightened people type without their accents. Letters of
 * other scripts keep their marks (a Devanagari vowel sign or a Cyrillic "й" is part of the word).
 */
export interface LanguageLexicon {
  /** The language's English name, for `emergency_symptoms` ("read from Spanish"). */
  readonly language: string;
  /**
   * The script the language is written in. A Latin-script language is read when enough of its
   * `markers` occur; any other is read whenever a letter of its script occurs.
   */
  readonly script:
    | 'latin'
    | 'cyrillic'
    | 'arabic'
    | 'devanagari'
    | 'han'
    | 'kana'
    | 'hangul'
    | 'bengali'
    | 'ethiopic'
    | 'greek'
    | 'thai'
    | 'gurmukhi'
    | 'hebrew';
  /**
   * Words of the language that English never uses (Latin scripts only): two different ones mark a
   * message, or a part of one, as written in it. Words shared with English ("me", "come", "son",
   * "pain", "may") are never markers.
   */
  readonly markers?: readonly string[];
  /**
   * Words of the language for a finding or a person that no English message writes ("fiebre",
   * "convulsionando", "lagnat"): one marks a message, since a mixed message may hold only one
   * ("my baby is 1 month old at may lagnat"). Latin scripts only.
   */
  readonly ownWords?: readonly string[];
  /**
   * Whether a word of letters and digits is the language's (Latin scripts only): each different one counts as a marker. Arabizi writes the letters Latin lacks as digits ("7ar", "y3arig", "ma9adrach"),
   * and a message of it may hold no word typed without one.
   */
  readonly markedBy?: (word: string) => boolean;
  /**
   * Letters of the language's own alphabet that no other lexicon's language writes (Latin scripts only), tested on the
   * text as typed, before its marks are folded away: Vietnamese "ơ", "ư", "đ" and its stacked tones ("ệ", "ắ"), Turkish
   * "ğ", "ı", "ş", Polish "ą", "ę", "ł". Found, they count as a word of its own: a short message typed with them is read
   * in the language though it names none of its listed words.
   */
  readonly lettersOfItsOwn?: RegExp;
  /**
   * A word ending of the language's grammar that no other lexicon's language writes (Latin scripts only), folded: each
   * different word with it counts as a marker, so a short message of verbs the lists never name is still read (Italian
   * "riusciamo", "scuotiamo": the first person plural in "-iamo", where Spanish and Portuguese write "-amos").
   */
  readonly markerEnding?: RegExp;
  /**
   * The language's short function words that English never writes (Latin scripts only, folded), and words of its regional
   * varieties (Quebec "pis", "icitte"; Bavarian "nimma"; Swiss "isch"): read only where no language is marked otherwise,
   * three different ones mark a message that names no finding in the language's lists, as a terse note or a dialect does.
   */
  readonly functionWords?: readonly string[];
  /**
   * Phrases, read first and in the order given, each a regular-expression source (non-capturing
   * groups only) with its English. Between word boundaries in spaced scripts; anywhere in Chinese
   * and Japanese, which write no spaces. A phrase's English is never read again.
   */
  readonly phrases: LexiconPhrases;
  /**
   * A negation told after what it negates and closing its clause (Hindi "दर्द नहीं है", Russian "одышки нет",
   * Turkish "ağrısı yok", Spanish "fiebre no tengo"), a regular-expression source read where it closes its clause: it is read as "not" before the
   * last finding of its clause ("chest pain not is" → "not chest pain"), where English writes its negation and
   * its rules read it. A negation that names a finding itself ("होश नहीं": unconscious) is a phrase, read first.
   */
  readonly negationAfter?: string;
  /** Single words, folded, with their English: what the phrases left, word by word (spaced scripts). */
  readonly words?: Readonly<Record<string, string>>;
  /**
   * Other forms a word not in `words` may stand for, tried in order: the plain form of a diminutive or a
   * plural ("manchitas" → "manchas", "moradas" → "morada" → "morado"). Spaced scripts only.
   */
  readonly formsOf?: (word: string) => readonly string[];
  /**
   * The folded text as the lists are written, where the language is typed on a keyboard without its letters: German
   * "ue" for "ü" ("bruecke" → "brucke", "hoert" → "hort"). Applied before the phrases and words are read.
   */
  readonly respelled?: (folded: string) => string;
  /** Elided words and their full form, read where the phrases left them: French "l'oxymètre" → "le oxymètre". */
  readonly elisions?: Readonly<Record<string, string>>;
}

/** Phrases of a lexicon, or of a kind a lexicon spreads into its own: each a regular-expression source with its English. */
export type LexiconPhrases = ReadonlyArray<readonly [string, string]>;

/**
 * Romance forms: a diminutive ("abuelita", "manchitas", "bebezinho") read as its plain word, a plural as
 * its singular, a feminine as its masculine.
 */
export function romanceForms(word: string): string[] {
  const forms: string[] = [];
  const plain = word.replace(/(?:c?it|zinh|inh)([oa]s?)$/, '$1');
  if (plain !== word) forms.push(plain);
  for (const form of [plain]) {
    if (/(?:[aeiou])s$/.test(form)) forms.push(form.slice(0, -1));
    if (/[^aeiou]es$/.test(form)) forms.push(form.slice(0, -2));
    const singular = forms.at(-1) ?? form;
    if (singular.endsWith('a')) forms.push(`${singular.slice(0, -1)}o`);
  }
  return forms;
}

/** "Respiración" → "respiracion": lower case, Latin letters without their marks, other scripts untouched. */
export function foldLetters(text: string): string {
  return plainLetters(text.toLowerCase()).replace(/[\u2018\u2019\u02bc`\u00b4]/g, "'");
}

/** Latin letters without their marks ("respiración" → "respiracion"), case kept: how a lexicon's patterns are folded. */
export function plainLetters(text: string): string {
  return (
    text
      .normalize('NFD')
      .replace(/(?<=[a-z])\p{M}+/gu, '')
      .normalize('NFC')
      // Letters that are not a plain letter with a mark in Unicode, typed plainly all the same.
      .replace(/[łđøßı]/g, (letter) => PLAIN_LETTER[letter] ?? letter)
      // Arabic typed without its hamza seats or with a dotless final yā (أ إ آ → ا, ى → ي), and without its vowel marks.
      .replace(/[\u0623\u0625\u0622]/g, '\u0627')
      // Persian and Urdu yā and kāf (ی ک) read as the Arabic letters (ي ك), which many keyboards type instead.
      .replace(/[\u0649\u06cc]/g, '\u064a')
      .replace(/\u06a9/g, '\u0643')
      // Persian's negative verb prefix "نمی" typed with a zero-width non-joiner or joined ("نمی‌خوام", "نمیخوام") read
      // alike: the lists write it both ways and with a space, and a message typed with the non-joiner matched only some of
      // them (cannot breathe, does not want to wake). The positive "می" keeps its non-joiner: read joined, "می‌شنوه" (hears)
      // alone flagged an urgent message on held-out-31.
      .replace(/(?<![\p{L}])(\u0646\u0645\u064a)\u200c(?=\p{L})/gu, '$1')
      .replace(/[\u064b-\u0652]/g, '')
      // As Lucene's Arabic normaliser folds them: the tatweel that only stretches a word ("قـادر"), the tā marbūṭa typed as
      // the hā it sounds like at a word's end ("حرارة" / "حراره"), the waṣla alef; and Urdu's hā (ہ ۃ), which Arabic and
      // Persian keyboards type as "ه" ("نهیں" for "نہیں"). Urdu's aspirate "ھ" is kept: folded, "کھا" (ate) would be "کہا" (said).
      .replace(/\u0640/g, '')
      .replace(/[\u0629\u06c1\u06c3]/g, '\u0647')
      .replace(/\u0671/g, '\u0627')
      // Arabic-Indic and Persian digits, and the Arabic decimal mark, read as the digits the English rules read
      // ("٣٨٫٥" → "38.5"): an infant's temperature or a count of tablets is told in them as often as in ASCII digits.
      .replace(/[\u0660-\u0669\u06f0-\u06f9]/g, (digit) => String((digit.codePointAt(0) ?? 0) & 0xf))
      .replace(/(?<=\d)\u066b(?=\d)/g, '.')
      // Session 61 (T128): the Devanagari, Bengali, Gurmukhi and Thai digits likewise ("২ মাসের বাচ্চার জ্বর ৩৮.৫", "मेरे
      // २ महीने के बच्चे को ३८.५"): a young infant's age and temperature told in them were read by no pattern of digits.
      .replace(/[\u0966-\u096f\u09e6-\u09ef\u0a66-\u0a6f\u0e50-\u0e59]/g, (digit) => String(digitValue(digit)))
  );
}

/** The zero of each script whose digits `plainLetters` reads as ASCII: Devanagari, Bengali, Gurmukhi, Thai. */
const DIGIT_ZEROS = [0x966, 0x9e6, 0xa66, 0xe50] as const;

/** What a digit of one of those scripts counts. */
function digitValue(digit: string): number {
  const point = digit.codePointAt(0) ?? 0;
  return point - (DIGIT_ZEROS.find((zero) => point >= zero && point <= zero + 9) ?? point);
}

const PLAIN_LETTER: Readonly<Record<string, string>> = { ł: 'l', đ: 'd', ø: 'o', ß: 'ss', ı: 'i' };

/**
 * Before a bare reading ("con 38,5", "ma 38"): the water or the room it may be of, in the words of the Latin-script
 * lexicons (bath water at 38 degrees, a room at 40, "agua de 38 grados", "su 38 derece"): a reading of those is no
 * one's temperature (review V19). One list for all of them, since a message may mix them.
 */
export const NOT_AFTER_WATER_OR_A_ROOM =
  '(?<!(?:agua|banho|bano|banheira|banera|eau|bain|wasser|badewasser|bad|acqua|bagno|woda|wody|wodzie|kapieli|su|suyu|banyo|quarto|cuarto|habitacion|piece|zimmer|stanza|pokoj\\p{L}*|oda) (?:\\p{L}+ )?)';

/**
 * After a bare reading: a unit of length or weight, or weeks of gestation ("39 SA", "38,5 cm" of a head, "40 km"): a
 * measurement, not a temperature (review V19). Latin and Cyrillic letters alike.
 */
export const NOT_BEFORE_A_LENGTH_OR_WEIGHT = '(?! ?(?:cm|mm|km|m|kg|g|sa|sg|sdg|см|мм|км|м|кг|г)(?![\\p{L}]))';

/**
 * A lookaround that holds where `pattern` is told anywhere in the message, before or after the place it is read at: a
 * means or a time read as intent only beside despair told somewhere in the same message.
 */
export function toldAnywhere(pattern: string): string {
  return `(?:(?<=${pattern}[^]*)|(?=[^]*${pattern}))`;
}

/** A lookaround that holds where `pattern` is told nowhere in the message: the other side of `toldAnywhere`. */
export function toldNowhere(pattern: string): string {
  return `(?<!(?:${pattern})[^]*)(?![^]*(?:${pattern}))`;
}
