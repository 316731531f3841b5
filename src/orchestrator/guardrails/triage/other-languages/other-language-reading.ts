import { ARABIC } from './arabic.js';
import { isToldInArabic } from './arabic-script-order.js';
import { isMostlyEnglish, looksEnglish } from './english-looking-words.js';
import { ENGLISH_LOOKING_WORDS_OF_THE_LANGUAGES } from './english-looking-words-of-the-languages.js';
import { foldLetters, plainLetters, type LanguageLexicon } from './language-lexicon.js';
import { LAUGHTER } from './laughter-of-the-languages.js';
import { OTHER_LANGUAGE_LEXICONS } from './other-language-lexicons.js';
import { PhraseAlternation } from './phrase-alternation.js';

/** A message read into plain English, and the languages it was read from. */
export interface OtherLanguageReading {
  readonly english: string;
  readonly languages: readonly string[];
  /**
   * What the wording model reads of a message told in another language: the English the lexicons read,
   * with only the words they left unread that look English (`looksEnglish`). Null for a message mostly in
   * English, which the model reads as written.
   */
  readonly toldInEnglish: string | null;
}

/** Letters of each script the lexicons are written in, beyond the Latin alphabet. */
const SCRIPT_LETTER: Readonly<Record<Exclude<LanguageLexicon['script'], 'latin'>, RegExp>> = {
  cyrillic: /[\u0400-\u04ff]/,
  arabic: /[\u0600-\u06ff\u0750-\u077f\ufb50-\ufdff\ufe70-\ufeff]/,
  devanagari: /[\u0900-\u097f]/,
  han: /[\u3400-\u4dbf\u4e00-\u9fff]/,
  kana: /[\u3040-\u30ff]/,
  hangul: /[\uac00-\ud7af\u1100-\u11ff\u3130-\u318f]/,
  bengali: /[\u0980-\u09ff]/,
  ethiopic: /[\u1200-\u137f]/,
  // Session 58 (T110): the Greek and Thai scripts.
  greek: /[\u0370-\u03ff\u1f00-\u1fff]/,
  thai: /[\u0e00-\u0e7f]/,
  // Session 59: Punjabi's Gurmukhi and the Hebrew script.
  gurmukhi: /[\u0a00-\u0a7f]/,
  hebrew: /[\u0590-\u05ff\ufb1d-\ufb4f]/,
};

/** A character from U+0370 on, where the first of `SCRIPT_LETTER`'s ranges (Greek) starts. */
const BEYOND_LATIN = /[^\u0000-\u036f]/;

/** Two different markers of one language. */
const MARKERS_NEEDED = 2;

/** Sentence and clause marks of other scripts, as the English sentence splitter reads them. */
const PUNCTUATION: Readonly<Record<string, string>> = {
  '。': ' . ',
  '．': ' . ',
  '！': ' ! ',
  '？': ' ? ',
  '，': ' , ',
  '、': ' , ',
  '；': ' ; ',
  '：': ' : ',
  '،': ' , ',
  '؛': ' ; ',
  '؟': ' ? ',
  '।': ' . ',
  '॥': ' . ',
  // Session 54 (T89): Ethiopic's full stop, comma and semicolon, and its word space.
  '።': ' . ',
  '፣': ' , ',
  '፤': ' ; ',
  '፡': ' ',
  '¿': ' ',
  '¡': ' ',
};
const OTHER_PUNCTUATION = new RegExp(`[${Object.keys(PUNCTUATION).join('')}]`, 'g');

/**
 * A lexicon as the language detection needs it, at once: its markers and words of its own. Its phrases and
 * words are compiled on the first message read in the language (`compiled`): compiling every lexicon when
 * the module loads took a tenth of the server's start-up, for languages most processes never read.
 */
interface DetectableLexicon {
  readonly lexicon: LanguageLexicon;
  readonly markers: ReadonlySet<string>;
  readonly ownWords: ReadonlySet<string>;
  readonly functionWords: ReadonlySet<string>;
  readonly compiled: () => CompiledLexicon;
}

/** A lexicon made ready to read: its phrases as one alternation, its words as a map. */
interface CompiledLexicon {
  readonly lexicon: LanguageLexicon;
  /** The negation told after, then the lexicon's phrases, read as one alternation (first phrase first). */
  readonly phrases: PhraseAlternation;
  /** The English of each alternative of `phrases`, in order. */
  readonly phraseEnglish: readonly string[];
  readonly words: ReadonlyMap<string, string>;
  /** The language's own words, folded: its markers, its words of its own and the words it reads. */
  readonly languageWords: ReadonlySet<string>;
}

// Phrase English is held between these marks while the words are read, so it is never read again.
const HELD_OPEN = '\u0001';
const HELD_CLOSE = '\u0002';
// A negation told after what it negates, held in place until its clause is read.
const NEGATION_AFTER = '\u0003';
// Opens a read finding that a negation told after it denies: the rules read "not" before it; the wording model reads
// neither (`toldInEnglish`).
const DENIED = '\u0004';

/** Scripts whose phrases are read anywhere, not only between word boundaries. */
const UNSPACED_SCRIPTS: ReadonlySet<LanguageLexicon['script']> = new Set(['han', 'kana', 'hangul', 'thai']);

function compile(lexicon: LanguageLexicon): CompiledLexicon {
  // Chinese, Japanese and Thai write no spaces; Korean joins its particles to the word ("가슴이": the chest + subject).
  const spaced = !UNSPACED_SCRIPTS.has(lexicon.script);
  const before = spaced ? String.raw`(?<![\p{L}\p{M}\p{N}])` : '';
  const after = spaced ? String.raw`(?![\p{L}\p{M}\p{N}])` : '';
  // The negation told after comes first: it is read only where it closes its clause, and a phrase that begins
  // with the same words ("no tengo": i have no) must not hide it there.
  const phrases: ReadonlyArray<readonly [string, string]> = [
    ...(lexicon.negationAfter === undefined ? [] : [[lexicon.negationAfter, NEGATION_AFTER] as const]),
    ...lexicon.phrases,
  ];
  const alternatives = phrases.map(([phrase]) => `(?:${plainLetters(phrase)})${after}`);
  return {
    lexicon,
    // The word boundary opens each phrase's pattern, before the phrase: a position inside a word fails
    // there at once, and V8 looks for the phrase's own letters only where a word starts.
    phrases: new PhraseAlternation(before, alternatives),
    phraseEnglish: phrases.map(([, english]) => english),
    words: new Map(Object.entries(lexicon.words ?? {}).map(([word, english]) => [foldLetters(word), english])),
    languageWords: new Set(
      [...(lexicon.markers ?? []), ...(lexicon.ownWords ?? []), ...Object.keys(lexicon.words ?? {})].map(foldLetters),
    ),
  };
}

function detectable(lexicon: LanguageLexicon): DetectableLexicon {
  let compiled: CompiledLexicon | undefined;
  return {
    lexicon,
    markers: new Set((lexicon.markers ?? []).map(foldLetters)),
    ownWords: new Set((lexicon.ownWords ?? []).map(foldLetters)),
    functionWords: new Set((lexicon.functionWords ?? []).map(foldLetters)),
    compiled: () => (compiled ??= compile(lexicon)),
  };
}

const LEXICONS: readonly DetectableLexicon[] = OTHER_LANGUAGE_LEXICONS.map(detectable);

/**
 * The languages a folded text is (partly) written in: each language whose script's letters occur, and of
 * the Latin-script languages the one with the most markers (a word of its own, or a letter of its own in the text
 * as `typed`, counts as two) if it has a
 * word of its own, or two markers and no more English function words than markers. Only one: Spanish and
 * Portuguese share words, and one's word list would misread the other's ("se" is "if" in Portuguese).
 */
function languagesOf(folded: string, typed: string): DetectableLexicon[] {
  // Every script letter tested below lies at U+0370 or above: a text with none is read by no script's lexicon.
  const scripts = BEYOND_LATIN.test(folded)
    ? LEXICONS.filter(({ lexicon }) => lexicon.script !== 'latin' && SCRIPT_LETTER[lexicon.script].test(folded))
    : [];
  const found = new Map<DetectableLexicon, { markers: number; own: number }>();
  let english = 0;
  // The text's words, read once for every count below.
  const tokens = new Set(folded.match(WORD));
  for (const token of tokens) {
    if (ENGLISH_FUNCTION_WORDS.has(token)) english += 1;
    for (const [compiled, own] of MARKERS.get(token) ?? []) {
      const count = found.get(compiled) ?? { markers: 0, own: 0 };
      if (own) count.own += 1;
      else count.markers += 1;
      found.set(compiled, count);
    }
  }
  for (const compiled of LETTERED) {
    if (compiled.lexicon.lettersOfItsOwn?.test(typed) !== true) continue;
    const count = found.get(compiled) ?? { markers: 0, own: 0 };
    found.set(compiled, { ...count, own: count.own + 1 });
  }
  for (const compiled of ENDED) {
    const ending = compiled.lexicon.markerEnding;
    const ended = [...tokens].filter((token) => ending?.test(token) === true && !compiled.markers.has(token)).length;
    if (ended === 0) continue;
    const count = found.get(compiled) ?? { markers: 0, own: 0 };
    found.set(compiled, { ...count, markers: count.markers + ended });
  }
  // Words of letters and digits that hold a digit: as `/[\p{L}\p{M}\d]*\d[\p{L}\p{M}\d]*/gu` finds them, without its
  // backtracking from every letter of every word that holds none.
  const lettersAndDigits = /\d/.test(folded)
    ? [...new Set(folded.match(/[\p{L}\p{M}\d]+/gu))].filter((token) => /\d/.test(token))
    : [];
  for (const compiled of SHAPED) {
    const markers = lettersAndDigits.filter((token) => compiled.lexicon.markedBy?.(token) === true).length;
    if (markers === 0) continue;
    const count = found.get(compiled) ?? { markers: 0, own: 0 };
    found.set(compiled, { ...count, markers: count.markers + markers });
  }
  const marked: Array<readonly [DetectableLexicon, number]> = [];
  for (const [compiled, { markers, own }] of found) {
    // Two function words of a language in a long English message are a name or a place ("Los Angeles").
    if (own > 0 || (markers >= MARKERS_NEEDED && markers >= english)) {
      marked.push([compiled, own * MARKERS_NEEDED + markers]);
    }
  }
  const latin = mostMarked(marked, tokens) ?? mostFunctionWords(tokens, english);
  const ordered = scripts.length > 0 && isToldInArabic(folded) ? arabicFirst(scripts) : scripts;
  return latin === undefined ? ordered : [latin, ...ordered];
}

/** The script lexicons with Arabic's moved before Persian's and Urdu's, for a message told in Arabic. */
function arabicFirst(scripts: readonly DetectableLexicon[]): DetectableLexicon[] {
  const arabic = scripts.filter(({ lexicon }) => lexicon === ARABIC);
  return [...arabic, ...scripts.filter(({ lexicon }) => lexicon !== ARABIC)];
}

/** Different function words that mark a message no marker marked (`LanguageLexicon.functionWords`). */
const FUNCTION_WORDS_NEEDED = 3;

/**
 * The Latin-script language a message no marker marked is written in, told by its function words: the language with the
 * most different ones, at least three and more than the English function words beside them; none on a tie, since
 * neighbouring languages share some ("entre", "sobre").
 */
function mostFunctionWords(tokens: ReadonlySet<string>, english: number): DetectableLexicon | undefined {
  let best: DetectableLexicon | undefined;
  let most = Math.max(FUNCTION_WORDS_NEEDED - 1, english);
  let tied = false;
  for (const compiled of FUNCTION_WORDED) {
    let count = 0;
    for (const word of compiled.functionWords) if (tokens.has(word)) count += 1;
    if (count > most) [best, most, tied] = [compiled, count, false];
    else if (count === most && best !== undefined) tied = true;
  }
  return tied ? undefined : best;
}

/**
 * Of the Latin-script languages a text is marked as, the one it is written in. Alone, the one with the most markers;
 * beside another, the one with the most words of its own that the other never writes, since languages of one family
 * share their short words: "está", "que", "de repente" mark Spanish and Portuguese alike, where "minha", "foi",
 * "faço" are Portuguese's alone and "mi", "fue", "hago" Spanish's. On a tie, the most markers, then the first listed.
 */
function mostMarked(
  marked: ReadonlyArray<readonly [DetectableLexicon, number]>,
  tokens: ReadonlySet<string>,
): DetectableLexicon | undefined {
  if (marked.length < 2) return marked[0]?.[0];
  const vocabularies = marked.map(([compiled]) => compiled.compiled().languageWords);
  let latin: DetectableLexicon | undefined;
  let best: readonly [number, number] = [-1, -1];
  marked.forEach(([compiled, weight], index) => {
    const others = vocabularies.filter((_vocabulary, other) => other !== index);
    let distinct = 0;
    for (const token of tokens) {
      if (vocabularies[index]?.has(token) === true && !others.some((vocabulary) => vocabulary.has(token)))
        distinct += 1;
    }
    if (distinct > best[0] || (distinct === best[0] && weight > best[1]))
      [latin, best] = [compiled, [distinct, weight]];
  });
  return latin;
}

/** For each marker and word of its own, the Latin-script languages it marks, and whether as a word of their own. */
const MARKERS: ReadonlyMap<string, ReadonlyArray<readonly [DetectableLexicon, boolean]>> = (() => {
  const marking = new Map<string, Array<readonly [DetectableLexicon, boolean]>>();
  for (const compiled of LEXICONS) {
    for (const [words, own] of [
      [compiled.markers, false],
      [compiled.ownWords, true],
    ] as const) {
      for (const word of words) marking.set(word, [...(marking.get(word) ?? []), [compiled, own]]);
    }
  }
  return marking;
})();

/** The Latin-script lexicons whose own letters mark them, typed (`lettersOfItsOwn`). */
const LETTERED: readonly DetectableLexicon[] = LEXICONS.filter(({ lexicon }) => lexicon.lettersOfItsOwn !== undefined);

/** The Latin-script lexicons whose grammar's word endings mark them (`markerEnding`). */
const ENDED: readonly DetectableLexicon[] = LEXICONS.filter(({ lexicon }) => lexicon.markerEnding !== undefined);

/** The Latin-script lexicons with function words, read where no marker marked a message (`functionWords`). */
const FUNCTION_WORDED: readonly DetectableLexicon[] = LEXICONS.filter(({ functionWords }) => functionWords.size > 0);

/** The Latin-script lexicons whose words of letters and digits mark them (`markedBy`). */
const SHAPED: readonly DetectableLexicon[] = LEXICONS.filter(({ lexicon }) => lexicon.markedBy !== undefined);

/** English words that tell a message is written in English, against which another language's markers are weighed. */
const ENGLISH_FUNCTION_WORDS: ReadonlySet<string> = new Set(
  'the and is are was were my with to of a an i it in on at he she his her for have has had not this that but be been we you they can will do did just so what if from'.split(
    ' ',
  ),
);

/** A word of any script, as the reading and `toldInEnglish` count them. */
const WORD = /[\p{L}\p{M}]+/gu;

/** The number a phrase's English repeats where it writes "#": "desde hace 20 minutos" → "for 20 minutes". */
const NUMBER = /\d+/;

/** A part of a text with the lexicon's elided words written out ("l'oxymetre" → "le oxymetre"). */
function withoutElisions(part: string, { elisions }: LanguageLexicon): string {
  if (elisions === undefined) return part;
  return part.replace(/(?<![\p{L}])(\p{L}{1,2})'(?=\p{L})/gu, (whole, elided: string) => {
    const full = elisions[elided];
    return full === undefined ? whole : `${full} `;
  });
}

/** One lexicon's phrases, then its words, put in English; what it does not know stays as written. */
function readWith({ lexicon, phrases, phraseEnglish, words }: CompiledLexicon, text: string): string {
  const held = phrases.replaceIn(lexicon.respelled?.(text) ?? text, (whole, alternative) => {
    const english = (phraseEnglish[alternative] ?? whole).replace('#', () => NUMBER.exec(whole)?.[0] ?? 'a');
    return ` ${HELD_OPEN}${english}${HELD_CLOSE} `;
  });
  if (words.size === 0) return withNegationsPlaced(held);
  return withNegationsPlaced(
    held
      .split(/(\u0001[^\u0002]*\u0002)/)
      .map((part) =>
        part.startsWith(HELD_OPEN)
          ? part
          : withoutElisions(part, lexicon).replace(/[\p{L}\p{M}]+/gu, (word) => {
              const english =
                words.get(word) ??
                lexicon
                  .formsOf?.(word)
                  .map((form) => words.get(form))
                  .find((found) => found !== undefined);
              return english === undefined ? word : ` ${HELD_OPEN}${english}${HELD_CLOSE} `;
            }),
      )
      .join(''),
  );
}

/** Read English a negation told after it looks past: what carries no finding of its own, and the persons. */
const LOOKED_PAST =
  /^(?:is|are|was|were|very|also|a little|severe|in|(?:my |his |her )?(?:child|baby|son|daughter|mother|father|husband|wife|brother|sister|grandmother|grandfather)|he|she|i|it|we|they)$/;
/** Read English that opens the clause a negation told after it can reach. */
const CLAUSE_OPENING = /^(?:and|but|only|or|nor|now|today|yesterday|if someone ?)$/;

/**
 * A reading with each negation told after its finding placed before it, as English tells it ("chest pain
 * not is" → "not chest pain"). The read English stays held between its marks, for the next language's
 * reading and for `toldInEnglish`, which leaves a finding so denied out (session 53, T84): the wording model reads words,
 * not the scope of a negation, and "not" and the finding beside it both pushed it toward an emergency ("吐き気も頭痛も
 * なく": neither nausea nor a headache), where the rules read the denial.
 */
function withNegationsPlaced(held: string): string {
  const units = held.split(/(\u0001[^\u0002]*\u0002|[,.;!?])/);
  const negation = `${HELD_OPEN}${NEGATION_AFTER}${HELD_CLOSE}`;
  for (let index = units.indexOf(negation); index >= 0; index = units.indexOf(negation, index + 1)) {
    units[index] = '';
    const negated = negatedBy(units, index);
    if (negated === undefined) continue;
    const unit = units[negated] ?? '';
    // A finding the lexicons read is held with its denial marked; words no lexicon read keep a plain "not".
    units[negated] = unit.startsWith(HELD_OPEN) ? `${HELD_OPEN}${DENIED}not ${unit.slice(1)}` : `not ${unit}`;
  }
  return units.join('');
}

/** A held reading with the laughs no lexicon read held as the English "haha" (`laughter-of-the-languages.ts`). */
function withLaughterRead(held: string): string {
  return heldParts(held)
    .map((part) =>
      part.startsWith(HELD_OPEN) ? part : part.replace(LAUGHTER, () => ` ${HELD_OPEN}haha${HELD_CLOSE} `),
    )
    .join('');
}

/** A held reading's parts: the English the lexicons read, held between its marks, and what they left unread. */
function heldParts(held: string): string[] {
  return held.split(/(\u0001[^\u0002]*\u0002)/);
}

/** A held reading's English, with the words no lexicon read kept only where they look English. */
function toldInEnglish(parts: readonly string[], languageWords: readonly ReadonlySet<string>[]): string {
  return parts
    .map((part) =>
      part.startsWith(HELD_OPEN)
        ? part.startsWith(DENIED, 1)
          ? ' '
          : part.slice(1, -1)
        : part.replace(WORD, (word) => (looksEnglish(word, languageWords) ? word : ' ')),
    )
    .join('')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * The unit a negation told at `index` negates: the last finding read in its clause, or with none, the
 * words just before it that no lexicon read.
 */
function negatedBy(units: readonly string[], index: number): number | undefined {
  let unread: number | undefined;
  for (let before = index - 1; before >= 0; before -= 1) {
    const unit = units[before] ?? '';
    if (/^[,.;!?]$/.test(unit)) break;
    if (unit.startsWith(HELD_OPEN)) {
      const english = unit.slice(1, -1).trim();
      if (CLAUSE_OPENING.test(english)) break;
      if (!LOOKED_PAST.test(english)) return before;
    } else if (unread === undefined && /\p{L}/u.test(unit)) {
      unread = before;
    }
  }
  return unread;
}

/**
 * A sentence of the reading that opens on "is" or "was" with no subject: the language left it out, as Spanish, Italian,
 * Portuguese and Polish do ("está inconsciente y no respira" → "is unconscious and is not breathing"), where English
 * names it. So read, the English rules take the sentence for a yes/no question ("is chest pain serious") and set it
 * aside; told with its subject ("he is unconscious ...") it is the report it was. A sentence asked (ending "?"), or
 * opening on what a question asks of ("is it", "is there", "is the", "is normal", "is dangerous"), is left as read; so
 * is a compound past read word by word ("il est tombé" → "is fell"), an event told as past, not a state now.
 */
const SUBJECT_LEFT_OUT =
  /(^|[.!;]\s+)(is|are|was|were)\s+(?!(?:it|there|this|that|these|those|he|she|they|you|i|we|my|your|his|her|their|our|the|a|an|any|some|normal|ok|okay|fine|safe|possible|true|necessary|serious|grave|dangerous|good|bad|better|worse|worth|enough|urgent|common|usual|likely|advisable|recommended|important|fell|went|came|left|died|got|gone|arrived|stayed)\b)(?=[^.!?;]*(?:[.!;]|$))/g;

/** The reading's English with the subject a sentence left out told ("is unconscious" → "he is unconscious"). */
function withSubjectsTold(english: string): string {
  return english.replace(SUBJECT_LEFT_OUT, (_whole, opening: string, verb: string) => `${opening}he ${verb} `);
}

/**
 * A message, or the part of one, written in another language, read into the plain English the
 * triage rules understand: "mi hijo no puede respirar" → "my son cannot breathe". Null for a message
 * in English alone, which takes no other path: a script test and a count of marker words, nothing more.
 */
export function otherLanguageReading(text: string): OtherLanguageReading | null {
  const folded = foldLetters(text);
  const languages = languagesOf(folded, text);
  if (languages.length === 0) return null;
  let held = folded.replace(OTHER_PUNCTUATION, (mark) => PUNCTUATION[mark] ?? mark);
  for (const language of languages) held = readWith(language.compiled(), held);
  held = withLaughterRead(held);
  // The languages' own words, and their false friends of English (`ENGLISH_LOOKING_WORDS_OF_THE_LANGUAGES`), which only
  // decide what the wording model reads: they mark no language.
  const languageWords = languages.flatMap(({ lexicon, compiled }) => {
    const falseFriends = ENGLISH_LOOKING_WORDS_OF_THE_LANGUAGES.get(lexicon.language);
    return falseFriends === undefined ? [compiled().languageWords] : [compiled().languageWords, falseFriends];
  });
  const parts = heldParts(held);
  const unread = parts.filter((part) => !part.startsWith(HELD_OPEN)).flatMap((part) => part.match(WORD) ?? []);
  return {
    english: withSubjectsTold(
      held
        .replace(/[\u0001\u0002\u0004]/g, '')
        .replace(/\s+/g, ' ')
        .trim(),
    ),
    languages: languages.map(({ lexicon }) => lexicon.language),
    toldInEnglish: isMostlyEnglish(folded.match(WORD) ?? [], unread, languageWords)
      ? null
      : toldInEnglish(parts, languageWords),
  };
}
