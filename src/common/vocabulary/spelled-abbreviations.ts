import { VACCINE_ONLY_NAMES } from './vaccine-terms.js';

/**
 * Abbreviations people (and dictation software) write letter by letter: "m m r", "h.p.v.",
 * "b p", "c d 4", "d tap". Only these are joined, so "did i get a b12 shot" stays as typed.
 */
const ABBREVIATIONS = new Set([
  ...VACCINE_ONLY_NAMES.filter((name) => /^[a-z0-9]{2,5}$/.test(name)),
  'hpv',
  'bp',
  'tb',
  'hiv',
  'cd4',
  'bmi',
  'ppd',
  'afb',
  'rsv',
  'pcr',
  'ct',
  'ecg',
  'ekg',
  'mri',
  'hep',
]);
/** Two to five single letters or digits, each followed by a space, a dot or a hyphen. */
const SPELLED = /(?<![\p{L}\p{N}])(?:[a-z0-9][\s.-]+){1,4}[a-z0-9](?![\p{L}\p{N}])\.?/gu;
/** Vaccine names said as a letter and a word: "d tap", "t dap", "dee tap", "tee dap". */
const LETTER_AND_WORD: ReadonlyArray<[RegExp, string]> = [
  [/\b(?:d|dee)[\s.-]+tap\b/g, 'dtap'],
  [/\b(?:t|tee)[\s.-]+dap\b/g, 'tdap'],
];

/** The text with abbreviations written letter by letter joined up ("m m r" → "mmr"). */
export function joinSpelledAbbreviations(text: string): string {
  const joined = text.replace(SPELLED, (spelled) => {
    const word = spelled.replace(/[\s.-]+/g, '');
    return ABBREVIATIONS.has(word) ? `${word}${/\s$/.test(spelled) ? ' ' : ''}` : spelled;
  });
  return LETTER_AND_WORD.reduce((rest, [pattern, word]) => rest.replace(pattern, word), joined);
}
