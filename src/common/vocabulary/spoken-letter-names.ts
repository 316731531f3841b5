import { isSpelledAbbreviation } from './spelled-abbreviations.js';

// Dictation writes an abbreviation said letter by letter as the letters' names: "em em are" for
// MMR, "aitch pee vee" for HPV, "tea dap" for Tdap, "see dee four" for CD4. Several of those
// names are English words too ("are", "you", "see", "tea", "why"), so a run of them is read as
// letters only when the letters it spells, alone or with the word after them ("tea dap"), are an
// abbreviation people spell out: "what are his mmr dates, do you see them" keeps its words.

/** A letter's or a digit's name as speech-to-text writes it → the letter or digit. */
const LETTER_NAMES: Readonly<Record<string, string>> = {
  ay: 'a',
  aye: 'a',
  bee: 'b',
  see: 'c',
  sea: 'c',
  cee: 'c',
  dee: 'd',
  ee: 'e',
  ef: 'f',
  eff: 'f',
  gee: 'g',
  aitch: 'h',
  haitch: 'h',
  eye: 'i',
  jay: 'j',
  kay: 'k',
  el: 'l',
  ell: 'l',
  em: 'm',
  en: 'n',
  oh: 'o',
  pee: 'p',
  cue: 'q',
  are: 'r',
  ar: 'r',
  ess: 's',
  tee: 't',
  tea: 't',
  you: 'u',
  vee: 'v',
  ex: 'x',
  why: 'y',
  wye: 'y',
  zee: 'z',
  zed: 'z',
  one: '1',
  two: '2',
  three: '3',
  four: '4',
};

/** Longest abbreviation spelled out: "dtap" said "dee tee ay pee" is four names, "mcv4p" five. */
const LONGEST = 5;

/** The letter a word stands for in a spelled run: its name, or a single letter or digit typed as such. */
function letterOf(word: string): string | undefined {
  return /^[a-z0-9]$/.test(word) ? word : LETTER_NAMES[word];
}

/**
 * The lower-cased text with abbreviations said as their letters' names written as the
 * abbreviation ("did he get his second em em are" → "did he get his second mmr", "tea dap
 * booster" → "tdap booster"); every other word as it is. At least one word of the run must be a
 * letter's name: single letters typed ("m m r") are joined by joinSpelledAbbreviations.
 */
export function abbreviationsForSpokenLetterNames(text: string): string {
  const words = text.split(/(\s+)/);
  const tokens = words.filter((_, index) => index % 2 === 0);
  const out: string[] = [];
  let index = 0;
  while (index < tokens.length) {
    const read = spelledAt(tokens, index);
    if (read === undefined) {
      out.push(tokens[index]);
      index += 1;
      continue;
    }
    out.push(read.abbreviation);
    index += read.length;
  }
  return out.join(' ') === tokens.join(' ') ? text : out.join(' ');
}

/** The longest run of letters' names from `start` that spells an abbreviation (with the word after it, or not). */
function spelledAt(tokens: readonly string[], start: number): { abbreviation: string; length: number } | undefined {
  for (let length = Math.min(LONGEST, tokens.length - start); length >= 1; length -= 1) {
    const run = tokens.slice(start, start + length).map((token) => splitPunctuation(token));
    // Punctuation may close the run's last word only ("em em are?").
    if (run.slice(0, -1).some((word) => word.after !== '')) continue;
    const letters = run.map((word) => letterOf(word.core));
    if (letters.some((letter) => letter === undefined)) continue;
    if (!run.some((word) => LETTER_NAMES[word.core] !== undefined)) continue;
    const joined = letters.join('');
    const last = run.at(-1)!;
    if (length >= 2 && isSpelledAbbreviation(joined)) return { abbreviation: `${joined}${last.after}`, length };
    // A letter said before the word it starts: "tea dap", "dee tap".
    const next = tokens[start + length];
    if (next === undefined || last.after !== '') continue;
    const word = splitPunctuation(next);
    if (letterOf(word.core) === undefined && isSpelledAbbreviation(`${joined}${word.core}`))
      return { abbreviation: `${joined}${word.core}${word.after}`, length: length + 1 };
  }
  return undefined;
}

/** A token's word and the punctuation typed after it ("are?" → "are", "?"). */
function splitPunctuation(token: string): { core: string; after: string } {
  const match = /^(.*?)([^\p{L}\p{N}]*)$/u.exec(token)!;
  return { core: match[1], after: match[2] };
}
