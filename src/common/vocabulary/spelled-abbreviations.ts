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
/** Whether a word is an abbreviation people spell out letter by letter ("mmr", "hpv", "tdap"). */
export function isSpelledAbbreviation(word: string): boolean {
  return ABBREVIATIONS.has(word) || LETTER_AND_WORD.some(([, joined]) => joined === word);
}

/** Two to five single letters or digits, each followed by a space, a dot or a hyphen. */
const SPELLED = /(?<![\p{L}\p{N}])(?:[a-z0-9][\s.-]+){1,4}[a-z0-9](?![\p{L}\p{N}])\.?/gu;
/** Vaccine names said as a letter and a word: "d tap", "t dap", "dee tap", "tee dap". */
const LETTER_AND_WORD: ReadonlyArray<[RegExp, string]> = [
  [/\b(?:d|dee)[\s.-]+tap\b/g, 'dtap'],
  [/\b(?:t|tee)[\s.-]+dap\b/g, 'tdap'],
];

/**
 * A tuberculosis regimen code said letter by letter, as the records write it ("1HRZE", "5HR + E":
 * months, then the drugs' letters, H isoniazid, R rifampicin, Z pyrazinamide, E ethambutol, S
 * streptomycin): "one h r z e", "5 h r plus e". The months are needed, or three letters: "h r"
 * alone is a heart rate.
 */
const REGIMEN_MONTHS: Readonly<Record<string, string>> = {
  one: '1',
  two: '2',
  three: '3',
  four: '4',
  five: '5',
  six: '6',
};
const SPELLED_REGIMEN =
  /(?<![\p{L}\p{N}])(?:([1-9]|one|two|three|four|five|six)[\s-]+)?([hrzes](?:[\s.-]+[hrzes]){1,4})(?![\p{L}\p{N}])/gu;

function joinSpelledRegimen(text: string): string {
  return text.replace(SPELLED_REGIMEN, (spelled, months: string | undefined, letters: string) => {
    const drugs = letters.replace(/[\s.-]+/g, '');
    if (months === undefined ? drugs.length < 3 || !/^[hr]/.test(drugs) : !/[hr]/.test(drugs)) return spelled;
    return `${months === undefined ? '' : (REGIMEN_MONTHS[months] ?? months)}${drugs}`;
  });
}

/**
 * An abbreviation made plural ("5 dtaps", "her bps back in 2012", "both mmrs"), read as the
 * abbreviation, which is how the records and the vocabulary name it. Not "tbs" (tablespoons), "tds" (three times a day) or "rotas".
 */
const PLURAL_ABBREVIATION = /\b([a-z0-9]{2,5})'?s\b/g;
const PLURAL_IS_ANOTHER_WORD = new Set(['tb', 'td', 'rota']);

function singularAbbreviations(text: string): string {
  return text.replace(PLURAL_ABBREVIATION, (plural, word: string) =>
    ABBREVIATIONS.has(word) && !PLURAL_IS_ANOTHER_WORD.has(word) ? word : plural,
  );
}

/** The text with abbreviations written letter by letter joined up ("m m r" → "mmr"), and made singular. */
export function joinSpelledAbbreviations(text: string): string {
  const joined = joinSpelledRegimen(text).replace(SPELLED, (spelled) => {
    const word = spelled.replace(/[\s.-]+/g, '');
    return ABBREVIATIONS.has(word) ? `${word}${/\s$/.test(spelled) ? ' ' : ''}` : spelled;
  });
  return singularAbbreviations(LETTER_AND_WORD.reduce((rest, [pattern, word]) => rest.replace(pattern, word), joined));
}
