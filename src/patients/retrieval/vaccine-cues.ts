import { LASTING_IMMUNITY_DISEASES, VACCINE_TERMS, VACCINE_UMBRELLAS } from '../../common/vocabulary/vaccine-terms.js';
import { vaccineExpansions } from '../../common/vocabulary/vocabulary-expansion.js';
import { CARDINAL } from './number-words.js';

// A vaccine asked for without a vaccine word ("vaccine", "shot", "jab"): by its doses or course,
// by a count of a disease that is had once, as "the <name> one", as protection against it, or as
// taken, received or given.

/** A medicine named beside a dose: "doses of the tb tablets" are the medicine's. */
const MEDICINE =
  /\b(medications?|medicines?|meds|drugs?|prescri\w*|pills?|tablets?|antibiotics?|inhalers?|regimens?)\b/;

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** Names as alternatives, longest first ("hep a" before "hep"), spaces standing for a space or hyphen. */
const alternativesOf = (names: readonly string[]) =>
  [...new Set(names)]
    .sort((left, right) => right.length - left.length)
    .map((name) => escape(name).replace(/ /g, '[\\s-]?'))
    .join('|');

/** Every name people give a vaccine: the diseases, abbreviations, brands and descriptions. */
const VACCINE_NAME = `(?:${alternativesOf([...VACCINE_TERMS.flat(), ...VACCINE_UMBRELLAS.flatMap(({ lay }) => lay)])})`;
/** Words after a name that make it a test of the disease, not its vaccine: "took the covid test", "the hepatitis c result". */
const NOT_A_TEST = `(?![\\s-]+(?:\\w+[\\s-]+)?(?:tests?|testing|swabs?|results?|pcr|screen\\w*|scans?|levels?|counts?))`;

const DOSES = /\b(doses?|boosters?|course|series)\b/;
const LASTING = new RegExp(`\\b(?:${alternativesOf(LASTING_IMMUNITY_DISEASES)})\\b`);
/** "twice", "2 times", "both", "her second", "how many did he end with": a count. */
const COUNTED = new RegExp(
  `\\b(?:twice|thrice|once|both|how many(?: times)?|${CARDINAL} times|second|third|fourth|2nd|3rd|4th)\\b`,
);
/** "something against hepatitis", "drops against the stomach bug": protection is a vaccine's. */
const AGAINST = new RegExp(`\\bagainst\\s+(?:(?:the|a|an)\\s+)?${VACCINE_NAME}\\b${NOT_A_TEST}`);
/** "the pneumonia ones", "the chicken pox one", "the liver one". */
const ONE_OF = new RegExp(`\\b${VACCINE_NAME}\\s+ones?\\b`);
/** "did she take the hepatitis b", "he receive hepatitis a", "was she given the rotavirus". */
const RECEIVED = new RegExp(
  `\\b(?:take|takes|took|taken|receive[sd]?|receiving|given|gave)\\s+(?:(?:the|a|an|his|her|my|their|any|both|all)\\s+)?${VACCINE_NAME}\\b${NOT_A_TEST}`,
);

/**
 * The vaccine given every year, named by that alone: "the yearly one", "my annual jab", "the one
 * in the autumn every year that I never miss" is the flu vaccine; not a visit ("my yearly checkup").
 */
export const YEARLY_VACCINE =
  /^(?![^]*\b(?:visits?|check\w*|physicals?|exam\w*|appointments?|medicals?|reviews?|tests?|bloods?)\b)[^]*(?:\b(?:yearly|annual|seasonal) (?:ones?|jabs?|shots?|needles?)\b|\bones?\b[^.?!]*\b(?:every|each) (?:year|autumn|fall|winter)\b)/;

/**
 * Whether the question asks for a vaccine that it names only by what it protects against or by
 * its brand: "the hepatitis B doses" or "course", "did she take the hepatitis A two times", "her
 * second measles mumps rubella", "the pneumonia ones", "he receive hepatitis a", "the travel
 * clinic gave me something against hepatitis". Not when a medicine is
 * named ("doses of the tb tablets"), and "how many times did she get covid" counts illnesses.
 */
export function asksForVaccine(text: string): boolean {
  if (MEDICINE.test(text)) return false;
  return (
    (DOSES.test(text) && vaccineExpansions(text).length > 0) ||
    (COUNTED.test(text) && LASTING.test(text)) ||
    ONE_OF.test(text) ||
    AGAINST.test(text) ||
    RECEIVED.test(text) ||
    YEARLY_VACCINE.test(text)
  );
}
