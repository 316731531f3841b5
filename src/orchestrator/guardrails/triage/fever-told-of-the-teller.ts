import { setAsideAStoryToldAlone, type ReadFinding } from './findings-told-alone.js';
import { toldPresent } from './told-as-absent.js';

/**
 * A fever the teller tells of their own body in a message that names a young baby who has none: "Baby is 5 weeks old,
 * feeding well. Since yesterday there's a red, tender wedge on my breast and I've felt fluey with a temperature of
 * 38.0", "my baby is six weeks and doing well, but I have a fever of 38.2 and a sore throat; can I pass it on?".
 *
 * Why it is not an emergency: NICE NG143 and the NHS send a baby under 3 months with a temperature of 38 or more at
 * once because of what the fever may be in the baby; a parent's own fever, with the baby told well, is the parent's
 * illness (mastitis, a cold), which NHS 111 sends to a pharmacist, the GP or the midwife the same day. Read only where
 * every fever the message tells is the teller's ("I have", "I've felt ... with a temperature", "my temperature"); a
 * fever told of the baby anywhere else ("she feels hot", "his temperature is 38.5", "she is 38 too"), a temperature
 * taken by the teller, or any other finding the rules read beside it keeps the message as the rules read it.
 */

/** The fever signals the rules read, here the teller's own. */
const THE_FEVER = new Set(['fever', 'high_temperature', 'infant_temperature', 'temperature_38']);

/** A word in the gap that names another person or a temperature taken, so that the fever is not the teller's. */
const NOT_THE_TELLERS = String.raw`(?!(?:baby|babies|bub|bubs|son|daughter|child|children|kid|kids|boy|girl|twins?|newborn|infant|he|she|him|her|his|they|them|their|it|its|take|taking|took|check\w*|measur\w*|record\w*|with)\b)`;

/**
 * The teller's own fever: "I have a temperature of 38.2", "I've felt fluey and achy with a temperature of 38.0", "I'm
 * running a fever", "my temperature is 38.4". A number told after it is part of it.
 */
const THE_TELLERS_FEVER = new RegExp(
  String.raw`\b(?:i\s+(?:have|had|have\s+had|have\s+got|got|am\s+running|was\s+running|have\s+been\s+running|felt|feel|have\s+felt|am|was|have\s+been)\s+(?:${NOT_THE_TELLERS}[\w-]+\s+){0,4}?(?:(?:fluey|achy|shivery|unwell|rough|ill)\s+(?:and\s+\w+\s+)?with\s+)?(?:a\s+|high\s+|a\s+high\s+|slight\s+|a\s+slight\s+)?(?:temperature|temp|fever)|my\s+(?:own\s+)?(?:temperature|temp))(?:\s+(?:of|is|was|at|has\s+been|reads?)\s*(?:about\s+|around\s+)?(?:3[5-9]|4[0-2])(?:[.,]\d)?(?:\s*degrees(?:\s*c)?)?)?`,
  'g',
);

/** A fever told of anyone: the word, a reading ("she is 38.5 too"), or someone told hot. */
const A_FEVER =
  /\b(?:temperature|temp|fever\w*|febrile|pyrexi\w*|(?:feels?|felt|is|was|seems?|looks?|very|so|really)\s+hot|hot\s+to\s+(?:the\s+)?touch|burning\s+up|(?:3[89]|4[01])(?:[.,]\d)?\b(?!\s*(?:weeks?|wks?|years?|yrs?|days?|hours?|hrs?|mins?|minutes?|kg|kgs|cm|mm|%|percent|x)\b))/g;

/**
 * A context in which the teller's own fever is sent in whatever the baby (NICE NG51 and NG151: chemotherapy, an immunity
 * lowered, pregnancy or a birth just had, where a fever may be sepsis), or a sign beside it told in words the rules do
 * not read alone.
 */
const THE_TELLERS_FEVER_SENDS_IN =
  /\b(?:chemo\w*|cancer|leuka?emia|lymphoma|neutropeni\w*|immun\w*|transplant|steroids?|spleen|sickle|pregnan\w*|postpartum|post-partum|c-section|caesarean|gave\s+birth|given\s+birth|delivery|delivered|miscarri\w*|stitches|wound|rigors?|shiver\w*|shaking|confus\w*|rash|stiff\s+neck|breathless\w*|faint\w*|dizzy)\b/g;

/** The babies the fever reading is about: under 3 months, told by their age. */
const A_YOUNG_BABY = new Set(['newborn', 'under_eight_weeks', 'young_infant_age']);

/** Whether every fever the message tells is the teller's own, in no context that sends the teller's fever in. */
export function isFeverToldOfTheTellerOnly(normalized: string): boolean {
  if (!normalized.match(THE_TELLERS_FEVER) || toldPresent(normalized, THE_TELLERS_FEVER_SENDS_IN)) return false;
  return !toldPresent(
    normalized.replace(THE_TELLERS_FEVER, (told) => ' '.repeat(told.length)),
    A_FEVER,
  );
}

/** Sets the fever aside where the message tells only it, and every fever it tells is the teller's own. */
export function applyFeverToldOfTheTeller<F extends ReadFinding>(
  clauses: readonly { accepted: F[]; framed: F[] }[],
  normalized: string,
): void {
  const aYoungBaby = clauses.some(({ accepted }) => accepted.some(({ signal }) => A_YOUNG_BABY.has(signal.id)));
  setAsideAStoryToldAlone(
    clauses,
    ({ signal }) => THE_FEVER.has(signal.id),
    () => aYoungBaby && isFeverToldOfTheTellerOnly(normalized),
  );
}
