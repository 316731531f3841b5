import { stemmer } from 'stemmer';
import { LETTERED_HINT, letteredTerms, letteredWord } from './lettered-terms.js';

/**
 * Words that carry no meaning for finding a record. Besides ordinary English function words:
 * date words (dates are a filter, not a term), and the words every record question shares
 * ("record", "doctor", "show") which would otherwise favour nothing in particular.
 */
const STOP_WORDS = new Set(
  (
    'a about above after again all also am an and any anything are as at be been before being below between both but by can ' +
    'could did do does doing done down during each ever every few for from further get got had has have having he her here ' +
    'hers him his how i if in into is it its just let me mine more most my myself no nor not now of off on once only or other ' +
    'our ours out over own please same she should so some such tell than that the their them then there these they this ' +
    'those through to too under until up very was we were what when where which while who whom why will with would you your ' +
    "i'm i've ive im me show shown see list give know find out record records chart file doctor doctors dr nurse health medical " +
    'last latest recent recently most past previous ago since year years month months week weeks day days today yesterday ' +
    'january february march april may june july august september october november december ' +
    'jan feb mar apr jun jul aug sep sept oct nov dec time times take taking took taken get getting got need needed ' +
    'happen happened happens happening ' +
    // Doing a test: "which labs did they run", "the tests they ran", "what did they send off";
    // going to it: "did we go".
    'run ran send sent go goes going went gone come comes coming came ' +
    // Who is asked about, not what: a parent asks about "my son", "the baby".
    'son sons daughter daughters kid kids child childs children baby babies babys boy boys girl girls toddler toddlers ' +
    'infant teen teenager husband wife'
  ).split(/\s+/),
);

/**
 * A code written after the count it goes with, as one word: the tuberculosis regimen "1HRZE"
 * (one month of H, R, Z and E), which patients name by its letters alone ("HRZE", "RIPE"). Three
 * letters at least, so an ordinal ("2nd", "21st") or a unit of two ("5hr", "10mg") yields none.
 */
const CODE_AFTER_COUNT = /^\p{N}+(\p{L}{3,})$/u;

/**
 * Splits on anything that is not a letter or digit (FHIR narratives are full of `/`, `(`, `[`),
 * with a disease's, virus's or vitamin's letter joined to its name as one more token
 * ("hep b" → "hep", "b", "hepatitisb"), and a code's letters after the count joined to them
 * ("1HRZE" → "1HRZE", "HRZE").
 */
export function tokenize(text: string): string[] {
  const lettered = LETTERED_HINT.test(text) ? letteredTerms(text) : new Map<number, string>();
  const tokens: string[] = [];
  for (const match of text.matchAll(/[\p{L}\p{N}]+/gu)) {
    const token = match[0];
    tokens.push(token);
    const code = CODE_AFTER_COUNT.exec(token)?.[1];
    if (code !== undefined) tokens.push(code);
    const joined = lettered.get(match.index + token.length);
    if (joined !== undefined) tokens.push(joined);
    const typed = letteredWord(token);
    if (typed !== undefined) tokens.push(typed);
  }
  return tokens;
}

/**
 * One token as both the index and the query see it: lower case, American spelling, Porter stem; null for stop
 * words, single characters and bare numbers (years, values and date parts are not search terms).
 */
export function searchTerm(token: string): string | null {
  const word = token.toLowerCase();
  if (word.length < 2 || STOP_WORDS.has(word) || /^\d+$/.test(word)) return null;
  return stemmer(americanSpelling(word));
}

/**
 * British spellings as American ones, so that either finds both: the HIV bundles order a
 * "Haemoglobin" test, Synthea writes "Hemoglobin A1c", and patients type either.
 */
function americanSpelling(word: string): string {
  return word
    .replace(/aem/g, 'em') // haemoglobin, anaemia, leukaemia, haematocrit
    .replace(/^paed/, 'ped') // paediatric
    .replace(/^oe(?=[ds])/, 'e') // oedema, oesophagus, oestrogen
    .replace(/oea$/, 'ea'); // diarrhoea, dyspnoea, apnoea
}

/** The distinct search terms of a text, in order. */
export function searchTermsOf(text: string): string[] {
  const terms = tokenize(text)
    .map(searchTerm)
    .filter((term): term is string => term !== null);
  return [...new Set(terms)];
}
