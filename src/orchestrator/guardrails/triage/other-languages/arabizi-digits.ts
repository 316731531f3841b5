import { ENGLISH_WORDS } from './english-words.js';

/**
 * Arabizi's digits for the letters Latin has not: 2 (ء, ق), 3 (ع), 5 (خ), 7 (ح), 8 (غ), 9 (ق in the Maghreb, ص).
 * A word holds one digit between or beside its Latin letters ("7ar", "y3arig", "ma9adrach", "jara7"); "1", "4" and "6"
 * stand for no letter. Latin letters only: Chinese and Japanese write a count against their characters ("3歲", "8顆",
 * "5錠"), which read as Arabizi put its lexicon before theirs on the message (session 49).
 */
const ARABIZI_WORD = /^[235789]?\p{Script=Latin}+(?:[235789]\p{Script=Latin}+)*[235789]?$/u;

/**
 * English written with a digit in a word: chemistry and gases read on a monitor (SpO2, CO2, H2O, HCO3), ordinals and
 * units typed against their number ("3rd", "5mg", "2days", "7pm"), chat shorthand ("gr8", "l8r").
 */
const ENGLISH_WITH_A_DIGIT =
  /^(?:h2o|co2|spo2|sao2|pao2|paco2|po2|pco2|fio2|vo2|etco2|hco3|ft3|mp3|ps2|ps3|ps5|gr8|l8r|l8er|b2b|f2f)$|o2$/;
const UNIT_AFTER_A_NUMBER =
  /^(?:st|nd|rd|th|am|pm|yo|yr|yrs|y|years?|days?|d|weeks?|wks?|wk|w|months?|mos?|m|hrs?|hours?|h|mins?|minutes?|secs?|s|mg|mcg|ml|kg|g|lbs?|ft|in|cm|mm|x|nite|night|day|moro|morrow|mrw|k|gb|mb)$/;

/**
 * Whether a folded word of letters and digits is Arabizi: a digit of its letters with a letter beside it, and not an
 * English word with a number typed against it ("type2", "day3", "5days"), whose letters alone are English or a unit.
 */
export function isWrittenInArabiziDigits(word: string): boolean {
  if (!ARABIZI_WORD.test(word) || !/\d/.test(word) || ENGLISH_WITH_A_DIGIT.test(word)) return false;
  const letters = word.replace(/\d/g, '');
  // A digit only at one end may be a number typed against a word: Arabizi only when the word is not English.
  const atAnEnd = /^\d\p{L}+$|^\p{L}+\d$/u.test(word);
  return !atAnEnd || (!ENGLISH_WORDS.has(letters) && !UNIT_AFTER_A_NUMBER.test(letters));
}
