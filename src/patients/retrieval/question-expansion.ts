import { bodyPartPainFindings } from '../../common/vocabulary/body-part-pains.js';
import {
  testPurposeExpansions,
  vaccineExpansions,
  vocabularyExpansions,
} from '../../common/vocabulary/vocabulary-expansion.js';
import {
  DISEASE_ASKED,
  ONLY_ROUTINE_VISITS,
  RECORD_TOPICS,
  SICK_VISIT,
  SYMPTOMS_ASKED,
  TERM_SYNONYMS,
  TREATMENT_STARTED_VERB,
  VISIT_REASON_ASKED,
  type RecordTopic,
} from './record-topics.js';
import { PLAN_ASKED } from './question-emphasis.js';
import { tokenize } from './search-terms.js';
import { asksForVaccine } from './vaccine-cues.js';

// The narrative words a record question searches besides its own, and the topics its doses name.

const IMMUNIZATIONS = RECORD_TOPICS.find((topic) => topic.resourceTypes.includes('Immunization'))!;
const MEDICATIONS = RECORD_TOPICS.find((topic) => topic.resourceTypes.includes('MedicationRequest'))!;

/** The topics with a vaccine asked for by its doses or a cue (see asksForVaccine), not medication. */
export function asVaccines(topics: readonly RecordTopic[]): RecordTopic[] {
  return [...topics.filter((topic) => topic !== MEDICATIONS && topic !== IMMUNIZATIONS), IMMUNIZATIONS];
}

/** Clinical disease names the records also use for vaccines (Synthea's CVX display names). */
const VACCINE_NAMES = new Set([
  'varicella',
  'zoster',
  'herpes zoster',
  'influenza',
  'pertussis',
  'rubella',
  'hpv',
  'human papillomavirus',
  'tb',
]);

/**
 * How often a medicine is taken, told between it and what it is for: "the tablets I take twice a
 * day for hiv", "the pills she takes every morning for her tb".
 */
const TAKEN_HOW_OFTEN =
  '(?:(?:once|twice|three times|\\d+ times)(?: a| per| each)? (?:day|night|morning|evening|week)|(?:every|each) (?:day|morning|night|evening|week)|daily|at (?:night|bedtime)|in the (?:morning|evening))';

/**
 * A treatment asked for by what it treats: "what am I taking for the hiv", "the pills for his
 * tb", "was she on anything for it", "the treatment of my hiv", its plan ("the plan for my hiv":
 * the record's "ANTIRETROVIRAL PLAN"), and word for word from Spanish or
 * Portuguese ("las medicines del hiv", "os medicines do hiv"): the condition's word, to be read as
 * "<condition> meds". What the treatment is of is no treatment word ("the plan for the meds of
 * hiv": the meds are of hiv).
 */
const TREATED_FOR = new RegExp(
  String.raw`\b(?:meds|medications?|medicines?|drugs?|pills?|tablets?|treatments?|therapy|plans?|taking|take|takes|took|taken|on)\s+(?:(?:anything|something|any)\s+)?(?:${TAKEN_HOW_OFTEN}\s+)?(?:for|of|para|de|del|do|da|dos|das)\s+(?:(?:the|my|his|her|their|our|el|la|los|las|o|a|os|as)\s+)?(?!(?:i|you|we|they|he|she|it|meds|medications?|medicines?|drugs?|pills|tablets|treatments?|therapy)\b)([a-z0-9]+)`,
  'g',
);

/** The treatments the question asks for by their condition, as "<condition> meds" ("hiv meds"). */
function treatmentsNamed(question: string): string {
  return [...question.matchAll(TREATED_FOR)].map((match) => `${match[1]} meds`).join(', ');
}

/**
 * Narrative words to search besides the question's own. A category's words ("test", "result",
 * "panel") find the category's records; when the question names something within it ("the RSV
 * test") they would favour the long report listing every result, so they are left out.
 */
export function expansionOf(
  text: string,
  question: string,
  topics: readonly RecordTopic[],
  specific: boolean,
): string[] {
  // A disease asked for is no finding (see DISEASE_ASKED).
  const diseaseAsked = DISEASE_ASKED.test(question) && !SYMPTOMS_ASKED.test(question);
  const words = topics.flatMap((topic) => topic.expansion).filter((word) => !diseaseAsked || word !== 'finding');
  for (const [pattern, synonyms] of TERM_SYNONYMS) if (pattern.test(text)) words.push(...synonyms);
  // Patients' words beside the narratives' ("short of breath" → "dyspnea"), shared with knowledge
  // search; a disease's clinical name that is also a vaccine's name only when vaccines are asked
  // about ("have I had chickenpox?" must not find the varicella vaccine).
  // "chickenpox second dose": a dose of a disease a vaccine is named after is that vaccine.
  const aboutVaccines =
    topics.some((topic) => topic.resourceTypes.includes('Immunization')) ||
    (/\b(doses?|boosters?)\b/.test(question) && vaccineExpansions(text).length > 0) ||
    asksForVaccine(question);
  words.push(...vocabularyExpansions(text).filter((term) => aboutVaccines || !VACCINE_NAMES.has(term)));
  words.push(...testPurposeExpansions(text));
  // "his head was paining him", "pain in her joints": the finding the record names.
  words.push(...bodyPartPainFindings(text));
  const treatments = treatmentsNamed(text);
  if (treatments !== '') words.push(...vocabularyExpansions(treatments));
  if (aboutVaccines) words.push(...vaccineExpansions(text));
  const added = [...new Set(words.flatMap(tokenize))].filter(
    (word) => !(TREATMENT_BEGUN.test(question) || PLAN_ASKED.test(question)) || !TREATMENT_WORD.test(word),
  );
  const categorised = specific
    ? added.filter((word) => !CATEGORY_PATTERNS.some((pattern) => pattern.test(word)))
    : added;
  const chosen = checkupsOfAge(text, categorised);
  // A visit for a complaint, the complaint often being the event's own words ("the clinic with
  // covid"): Synthea's "Encounter for symptom", or the class of a stay or an emergency visit.
  const visitsAsked = topics.some((topic) => topic.resourceTypes.includes('Encounter'));
  return SICK_VISIT.test(question) ||
    VISIT_REASON_ASKED.test(question) ||
    (visitsAsked && ONLY_ROUTINE_VISITS.test(question))
    ? [...chosen, ...SICK_VISIT_WORDS]
    : chosen;
}

/**
 * A treatment asked for as begun: "which HIV drugs did they start me on", "what was I put on",
 * "the tablets they began me on". The records tell what was started ("ANTIRETROVIRALS STARTED:
 * Zidovudine") apart from what was being taken ("CURRENT ANTIRETROVIRAL DRUGS USED FOR TREATMENT:
 * Efavirenz"); the treatment words a disease's names add ("hiv treatment", "aids therapy") are
 * the second kind's, and outweighed the one word that asks.
 */
const TREATMENT_BEGUN = new RegExp(`\\b(?:${TREATMENT_STARTED_VERB})\\b`);
const TREATMENT_WORD = /^(?:treatments?|therapy|therapies|meds|medications?|medicines?|drugs?|pills|tablets)$/;

/**
 * A checkup told as a grown-up's ("my first adult physical", "the grown-up checkups") or a child's
 * ("her last kids checkup"): the record names the two apart ("General examination of patient",
 * "Well child visit"), so the other one's words are not searched, and the one's own are.
 */
function checkupsOfAge(question: string, words: readonly string[]): string[] {
  const grownUp = GROWN_UP_CHECKUP.test(question);
  const child = CHILD_CHECKUP.test(question);
  if (grownUp === child) return [...words];
  const [dropped, own] = grownUp
    ? [CHILD_CHECKUP_WORDS, ['general', 'examination', 'patient']]
    : [['general'], ['well', 'child']];
  return [...new Set([...words.filter((word) => !dropped.includes(word)), ...own])];
}

const CHECKUP = '(?:check[- ]?ups?|physicals?|exams?|examinations?|medicals?)';
const GROWN_UP_CHECKUP = new RegExp(
  `\\b(?:adult|grown[- ]?ups?)(?:[- ](?:style|type|kind|sort))?\\s+(?:general\\s+)?${CHECKUP}`,
);
const CHILD = "(?:kids?'?|child(?:ren)?'?s?|p(?:a)?ediatric|paeds|peds|baby)";
const CHILD_CHECKUP = new RegExp(`\\b${CHILD}\\s+${CHECKUP}`);

/**
 * The child's checkups told as what the grown-up's came after or instead of ("my first grown-up
 * checkup after the kids ones stopped", "after i aged out of the kids checkups", "adult physicals
 * instead of kid checkups", "i moved off the paediatric side"): they say which checkups are asked,
 * the grown-up's, not when, and read as a date ("after the kids ones stopped") or as the child's
 * checkups asked too they lost the first grown-up one.
 */
const LEAVING =
  '(?:aged|grew|moved|came|got|went|switched|transferred)(?:\\s+(?:out|off|over|up|on))?(?:\\s+(?:of|from))?';
const CHILD_CHECKUPS_LEFT = new RegExp(
  `\\b(?:(?:after|instead of|rather than|once|since|when|from)\\s+(?:(?:i|he|she|we|they)\\s+)?(?:${LEAVING}\\s+)?|` +
    `(?:i|he|she|we|they)\\s+${LEAVING}\\s+)` +
    `(?:(?:the|my|his|her|their|all)\\s+)*${CHILD}\\s+(?:ones?|${CHECKUP}|visits?|side|doctors?|clinic|services?|team)` +
    `(?:\\s+(?:stopped|ended|finished|were over|was over|ran out))?`,
  'g',
);

/** The question without the child's checkups told as left behind, when a grown-up's checkup is asked. */
export function withoutChildCheckupsLeft(question: string): string {
  return GROWN_UP_CHECKUP.test(question) ? question.replace(CHILD_CHECKUPS_LEFT, ' ') : question;
}

/** The words of a child's checkup, as the display terms add them ("well", "developmental review"). */
const CHILD_CHECKUP_WORDS = ['well', 'child', 'baby', 'developmental', 'development', 'pediatric'];

/** The narrative words of a visit for a complaint: its type ("Encounter for symptom") or its class. */
const SICK_VISIT_WORDS = ['symptom', 'stay', 'emergency'];

/** A category's own words ("test", "medication", "visit"), as whole single words. */
const CATEGORY_PATTERNS = RECORD_TOPICS.filter((topic) => !topic.specific).map(
  (topic) => new RegExp(`^(?:${topic.pattern.source})$`),
);
