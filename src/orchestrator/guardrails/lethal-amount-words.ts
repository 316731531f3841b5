import { normalizeText } from './text-normalizer.js';
import { foldLetters } from './triage/other-languages/language-lexicon.js';

/**
 * The words a question about the amount that kills is asked with, in each language the triage reads, and the English
 * the lethal-means reading reads them as: "lethal" (or "that can kill"), the dose or amount, "how much", and the
 * toxicologist's LD50 (a measure from animal tests, not a means). The triage's own other-language lexicons read the
 * pills, the dying and the asking, but no word for "lethal" ("dosis letal", "tödliche Dosis", "致死量"), and a short
 * question ("qual é a dose letal de paracetamol?") is not read as Portuguese at all, so its dose is never glossed.
 * These few words, read into the sentences the triage read the message as, let the one English reading of
 * `lethal-means-question.ts` decide in every language; they are no reading of a language of their own. Words written
 * as typed, accents and all: they are read in the forms the triage's normalisation and letter folding give them.
 */
const WORDS: Readonly<Record<string, ReadonlyArray<readonly [words: string, english: string]>>> = {
  Spanish: [
    ['letal letales mortal mortales', 'lethal'],
    ['dosis', 'dose'],
    ['qué cantidad|cuánta cantidad|cuánto|cuánta|cuántos|cuántas', 'how much'],
    ['cantidad', 'amount'],
    ['dl50 dl 50', 'ld50'],
  ],
  Portuguese: [
    ['letal letais mortal mortais', 'lethal'],
    ['dose doses', 'dose'],
    ['que quantidade|quanto|quanta|quantos|quantas', 'how much'],
    ['quantidade', 'amount'],
    ['dl50 dl 50', 'ld50'],
  ],
  French: [
    ['létale létales létal mortelle mortelles mortel', 'lethal'],
    ['quelle quantité|combien', 'how much'],
    ['quantité', 'amount'],
    ['dl50 dl 50', 'ld50'],
  ],
  Italian: [
    ['letale letali mortale mortali', 'lethal'],
    ['dose dosi', 'dose'],
    ['quanto|quanta|quanti|quante', 'how much'],
    ['quantità', 'amount'],
    ['dl50 dl 50', 'ld50'],
  ],
  German: [
    ['tödlich tödliche tödlichen tödlicher toedlich toedliche toedlichen letal letale letalen', 'lethal'],
    ['dosis menge', 'dose'],
    ['wie viel|wie viele|wieviel|wieviele', 'how much'],
  ],
  Polish: [
    ['śmiertelna śmiertelną śmiertelnej śmiertelny śmiertelne letalna letalną', 'lethal'],
    ['dawka dawkę dawki ilość', 'dose'],
    ['ile', 'how much'],
  ],
  Turkish: [
    ['öldürücü ölümcül', 'lethal'],
    ['doz dozu dozlar miktar miktarı', 'dose'],
    ['ne kadar|kaç', 'how much'],
  ],
  Tagalog: [
    ['nakamamatay', 'lethal'],
    ['dosis', 'dose'],
    ['gaano karami|ilan', 'how much'],
  ],
  Russian: [
    ['смертельная смертельной смертельную смертельный смертельно летальная летальной летальную', 'lethal'],
    ['доза дозы дозу количество', 'dose'],
    ['сколько', 'how much'],
    ['лд50 лд 50', 'ld50'],
  ],
  Chinese: [
    ['半数致死量|半数致死剂量', 'ld50'],
    ['致死量|致死剂量|致命剂量', 'lethal dose'],
    ['致命|致死', 'lethal'],
    ['多少|多大', 'how much'],
    ['剂量', 'dose'],
  ],
  Japanese: [
    ['半数致死量', 'ld50'],
    ['致死量', 'lethal dose'],
    ['どれくらい|どのくらい|何錠|いくつ', 'how much'],
  ],
  Korean: [
    ['반수치사량|반수 치사량', 'ld50'],
    ['치사량', 'lethal dose'],
    ['치명적인|치명적', 'lethal'],
    ['얼마나|얼마|몇 알|몇알', 'how much'],
  ],
  Arabic: [
    ['الجرعة المميتة النصفية|الجرعة النصفية المميتة|المميتة النصفية|النصفية المميتة', 'ld50'],
    ['القاتلة قاتلة المميتة مميتة', 'lethal'],
    ['الجرعة جرعة', 'dose'],
    ['كم', 'how much'],
  ],
  Hindi: [
    ['घातक जानलेवा', 'lethal'],
    ['खुराक डोज़ डोज', 'dose'],
    ['कितनी|कितना|कितने', 'how much'],
  ],
  Vietnamese: [
    ['gây tử vong|gây chết người|chết người', 'lethal'],
    ['liều liều lượng', 'dose'],
    ['bao nhiêu', 'how much'],
  ],
  'Haitian Creole': [
    ['ka touye|kapab touye', 'can kill'],
    ['touye', 'kill'],
    ['mòtèl', 'lethal'],
    ['dòz', 'dose'],
    ['konbyen', 'how much'],
  ],
  Swahili: [
    ['inayoweza kuua|kinachoweza kuua|inayoua|kinachoua|zinazoweza kuua', 'that can kill'],
    ['dozi kiwango', 'dose'],
    ['kiasi gani|ngapi', 'how much'],
  ],
  Persian: [
    ['کشنده مرگبار مرگ‌آور', 'lethal'],
    ['دوز', 'dose'],
    ['چقدر|چه مقدار|چند', 'how much'],
  ],
  Urdu: [
    ['مہلک|جان لیوا', 'lethal'],
    ['خوراک', 'dose'],
    ['کتنی|کتنا|کتنے', 'how much'],
  ],
};

/** Scripts written without spaces, or gluing particles to a word ("치사량은"): their words are read anywhere. */
const UNSPACED = /[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af]/;

/** A list of words (spaces between) or phrases (bars between). */
function entries(words: string): string[] {
  return words.includes('|') ? words.split('|') : words.split(' ');
}

/** A word in the forms a sentence the triage read may hold it: normalised, and folded as the other-language reading folds. */
function formsOf(word: string): string[] {
  return [...new Set([foldLetters(normalizeText(word)), normalizeText(foldLetters(word))].map((form) => form.trim()))];
}

const escape = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

const ENGLISH_OF = new Map<string, string>();
for (const list of Object.values(WORDS)) {
  for (const [words, english] of list) {
    for (const word of entries(words))
      for (const form of formsOf(word)) if (!ENGLISH_OF.has(form)) ENGLISH_OF.set(form, english);
  }
}

/**
 * Forms read as one alternation, longest first (the LD50 before the lethal dose inside it); spaced words whole. Each
 * run of spaced forms shares one pair of word-edge lookarounds: the same matches as a pair around every form (at one
 * position the lookbehind reads the same for each, and a failed lookahead backtracks into the run's next form), and
 * V8 parses and compiles the property classes once per run instead of once per form, ~0.2 s of CPU at every start
 * and again at the first message.
 */
function alternationOf(forms: readonly string[], flags: string): RegExp {
  const runs: { spaced: boolean; forms: string[] }[] = [];
  for (const form of [...forms].sort((a, b) => b.length - a.length)) {
    const spaced = !UNSPACED.test(form);
    const last = runs.at(-1);
    if (last?.spaced === spaced) last.forms.push(escape(form));
    else runs.push({ spaced, forms: [escape(form)] });
  }
  const alternatives = runs.map(({ spaced, forms: run }) =>
    spaced ? `(?<![\\p{L}\\p{M}\\p{N}])(?:${run.join('|')})(?![\\p{L}\\p{M}\\p{N}])` : run.join('|'),
  );
  return new RegExp(alternatives.join('|'), flags);
}

const WORD = alternationOf([...ENGLISH_OF.keys()], 'gu');

/**
 * A death named, in English or in these words: what every amount that kills is asked with. A sentence naming none is
 * not read further (most sentences of most turns), so the reading of all these words costs them nothing.
 */
const NAMES_A_DEATH = alternationOf(
  [...ENGLISH_OF].filter(([, english]) => /lethal|kill/.test(english)).map(([form]) => form),
  'u',
);
const PLAIN_ASCII = /^[\x20-\x5f\x61-\x7e]*$/;
const NAMES_A_DEATH_IN_ENGLISH = /\b(?:lethal|fatal|deadly|kill)\b/;

/**
 * A sentence the triage read (folded as the other-language reading folds), with these words read in English; null for
 * a sentence that names no death, in which no amount that kills is asked.
 */
export function withLethalAmountWordsInEnglish(sentence: string): string | null {
  // Folding (Unicode decomposition and a dozen replacements) is most of the cost, and a plain ASCII sentence has
  // nothing to fold.
  const folded = PLAIN_ASCII.test(sentence) ? sentence : foldLetters(sentence);
  if (!NAMES_A_DEATH_IN_ENGLISH.test(folded) && !NAMES_A_DEATH.test(folded)) return null;
  return folded
    .replace(WORD, (form) => ` ${ENGLISH_OF.get(form) ?? form} `)
    .replace(/\s+/g, ' ')
    .trim();
}
