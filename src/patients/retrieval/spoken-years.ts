import { CARDINAL_WORDS } from './number-words.js';

const UNIT = '(?:one|two|three|four|five|six|seven|eight|nine)';
const TEEN = '(?:ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen)';
const TENS = '(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)';
/** The two digits after the century, as said: "oh nine", "ten" … "nineteen", "twenty" … "ninety-nine". */
const DECADE_AND_YEAR = `(?:(?:oh|o|zero)[\\s-]+${UNIT}|${TEEN}|${TENS}(?:[\\s-]+${UNIT})?)`;

/**
 * What follows a number that counts, not a year: "two thousand five hundred", "twenty ten pills",
 * "twenty thirty minutes", "twenty twenty vision" (eyesight).
 */
const COUNTED =
  '(?:hundred|thousand|vision|minutes?|mins?|hours?|days?|weeks?|months?|years?|times?|pills?|tablets?|doses?|mg|mcg|milligrams?|micrograms?|units?|ml|steps?|kilos?|kgs?|pounds?|lbs?|beats?|breaths?|percent)\\b';

/**
 * A year as it is said and as dictation writes it: "twenty nineteen", "twenty twenty-one",
 * "twenty oh nine", "nineteen ninety seven", "two thousand and sixteen", "two thousand eleven".
 * Not a count ("twenty twenty vision", "two thousand five hundred", "twenty ten pills"; COUNTED),
 * nor "two thousand" alone.
 */
const SPOKEN_YEAR = new RegExp(
  `\\b(?:(nineteen|twenty)[\\s-]+(${DECADE_AND_YEAR})|two thousand(?:[\\s-]+and)?[\\s-]+(${TEEN}|${UNIT}|twenty(?:[\\s-]+${UNIT})?))\\b(?![\\s-]+(?:${COUNTED}|${UNIT}|${TEEN}|${TENS}))`,
  'g',
);

/** The value of "oh nine", "seventeen", "twenty-one" (0 … 99). */
function twoDigits(said: string): number | undefined {
  const words = said.split(/[\s-]+/);
  if (['oh', 'o', 'zero'].includes(words[0]!)) return CARDINAL_WORDS[words[1]!];
  const [first, second] = words.map((word) => CARDINAL_WORDS[word]);
  if (first === undefined) return undefined;
  return second === undefined ? first : first + second;
}

/**
 * The text with the years it says in words written in digits ("my temperature in march twenty
 * twenty" → "my temperature in march 2020"), so the date readings find them as they find a typed
 * year: voice input writes what it hears. Other numbers in words are left as they are.
 */
export function spokenYearsInDigits(text: string): string {
  return text.replace(SPOKEN_YEAR, (said, century: string | undefined, rest: string | undefined, after2000) => {
    const year =
      century !== undefined
        ? (century === 'nineteen' ? 1900 : 2000) + (twoDigits(rest!) ?? NaN)
        : 2000 + (twoDigits(after2000 as string) ?? NaN);
    // "twenty fifty" is no year a record holds yet.
    return Number.isNaN(year) || year > 2039 ? said : String(year);
  });
}
