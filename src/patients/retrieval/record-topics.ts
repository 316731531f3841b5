import {
  DISEASES_OF_ONE_VACCINE,
  VACCINE_ERA_DISEASES,
  VACCINE_ONLY_NAMES,
} from '../../common/vocabulary/vaccine-terms.js';
import { DRUG_CLASSES } from '../../common/vocabulary/drug-classes.js';
import { YEARLY_VACCINE } from './vaccine-cues.js';

/**
 * What a patient may ask about in their own record, in the words patients use, with the FHIR
 * resource types that hold it and the words the record narratives use for it. The patterns run
 * on the lower-cased question.
 */
export interface RecordTopic {
  name: string;
  pattern: RegExp;
  resourceTypes: readonly string[];
  /** Narrative vocabulary added to the lexical query ("vaccines" → "immunization"). */
  expansion: readonly string[];
  /**
   * The words name one kind of fact ("weight"), not a whole category ("results"): records that
   * do not contain them are noise, however well their type fits.
   */
  specific?: boolean;
  /**
   * The heading a clinical note lists the category under ("Medications: No Active Medications"),
   * for a record holding none of the category's own resources (see RecordQuestion.asCategory).
   */
  listedAs?: readonly string[];
}

/** Who or when a routine check is for: "the baby check", "her yearly review". */
const CHECK_OWNERS = 'baby|infant|child|kid|toddler|newborn|yearly|annual|routine|school|sports';
/** An age a routine check falls at: "his 18 month review", "the 6-week-old check". */
const CHECK_AGE_UNITS = '(?:week|month|year)s?';
/** What a routine check looks at: "her developmental review", "the growth check". */
const CHECK_SUBJECTS = 'developmental|development|health|growth';

/** What names a routine visit before "check" or "review": "the baby check", "her 18 month developmental review". */
const CHECK_OWNER = `(?:${CHECK_OWNERS}|(?:\\d+[- ]?)?${CHECK_AGE_UNITS}(?: old)?)(?:[- ](?:${CHECK_SUBJECTS}))?|${CHECK_SUBJECTS}`;

/**
 * The last word of a CHECK_OWNER, for a lookbehind: a "check" it comes before is the visit, not a
 * test ("the 2 month check", "her health check").
 */
const CHECK_OWNER_LAST_WORD = `(?:${CHECK_OWNERS}|${CHECK_AGE_UNITS}|old|${CHECK_SUBJECTS})`;

/**
 * A routine check told with the clinician it is with, between the two ("her routine doctor check",
 * "his yearly gp check"): the visit. Not "did the doctor check his oxygen", "did a doctor check
 * it", where the clinician checks something: only a routine word makes it the visit's name.
 */
const ROUTINE_CLINICIAN_CHECK = `(?:${CHECK_OWNERS}|regular|usual) (?:doctors?|doctor's|gp|pediatrician|paediatrician|physician)`;

/**
 * A check told as someone's, or counted among checks, names the visit: "his check just before his
 * first birthday", "her latest pediatrician check", "the last check", "my usual check in may". What
 * may stand between the owner and "check": its rank in a series or who it is with.
 */
const CHECK_RANK =
  "(?:last|latest|most recent|recent|first|next|previous|final|usual|regular|pediatrician'?s?|paediatrician'?s?|doctor'?s?|gp'?s?)";
const VISIT_CHECK_LEAD = `\\b(?:(?:my|his|her|their|our)\\s+(?:${CHECK_RANK}\\s+)*|(?:the|that|this)\\s+(?:${CHECK_RANK}\\s+)*|(?:a|an|one)\\s+(?:${CHECK_RANK}\\s+)+)`;
/**
 * Not the visit, but a look at something ("did the doctor check his oxygen", "her check for
 * diabetes", "the last check of her iron", "did my gp check it"), or a check's results.
 */
const CHECKS_SOMETHING = '\\s+(?:of|for|on|that|if|whether|to|results?|my|his|her|their|our|the|it|them|him|me)\\b';
/** "Check" as the visit's name, read where it stands (see VISIT_CHECK_LEAD). */
const VISIT_CHECK = `(?<=${VISIT_CHECK_LEAD})checks?\\b(?!${CHECKS_SOMETHING})(?![- ]?ups?\\b)`;

/** Who a visit is with: "the check at the doctor", "the yearly once over with my regular doctor". */
const VISITED_CLINICIAN =
  '(?:the|a|an|my|his|her|our|their) (?:(?:regular|usual|family|own|local) )?(?:doctors?|gp|clinic|pediatrician|paediatrician|physician|nurse|surgery|office)';

/**
 * A clinician seeing the patient, told with the clinician first and the patient by name or pronoun
 * ("when did the doctor see philip for the fever", "the nurse saw him about his cough"): a visit.
 * Not a look at something ("did the doctor see anything on the x-ray", "the doctor saw the results").
 */
const CLINICIAN_SAW_SOMEONE =
  '(?:doctors?|doc|gp|nurses?|pediatrician|paediatrician|physician|consultant)\\s+(?:see|saw|seen|sees)\\s+(?!(?:the|a|an|any|anything|something|it|that|this|if|whether|what|how|results?|tests?)\\b)[a-z]+\\s+(?:for|about|with|because)';

/**
 * Breathing as a rate: "how many breaths a minute", "was her breathing fast", "breathing count, how
 * many a minute"; its speed told a few words on ("breathing with covid seemed way too fast", "his
 * breathing got scary rapid"), unless a heart or pulse comes between ("short of breath and her
 * heart going fast": the pulse).
 */
const BREATHING_RATE =
  /\bbreath(?:ing|ed|es)?\b(?:(?!\b(?:heart|pulse)\b)[^.?!,;]){0,30}?\b(?:fast(?:er)?|quick(?:ly|er)?|rapid(?:ly)?(?! test)|slow(?:ly|er)?)\b|\bbreaths\b|\bbreath\w* ((really|very|so|too|quite|super) )?(rate|speed|fast|quick|slow|per minute|a minute|count|numbers?|readings?|measurements?|figures?)|\b(rate|speed|fast|quick\w*|slow\w*|times a minute|per minute|how many)\b[^.?!]*\bbreath\w*|\bbreath\w*\b[^.?!]*\b(a|per) min(ute)?\b/;

/**
 * A blood pressure told by how it is taken: "the cuff", "the arm squeeze machine", "they squeezed
 * his arm" (not the shoulder's rotator cuff).
 */
const BP_CUFF = '(?<!\\brotator )cuffs?|arm[- ]squeez\\w*|squeez\\w*\\b[^.?!]{0,30}\\barms?';

/**
 * A blood pressure told by its two numbers alone, as people are told it: "is 138 over 80 right for
 * him", "the nurse said 118/85". A systolic of 70–249 over a diastolic of 30–149, so that a date
 * ("10/19/2012", "9/3/20", "03/2020") is no reading.
 */
const BP_READING = '(?:[7-9]\\d|1\\d\\d|2[0-4]\\d) ?(?:over|/) ?(?:[3-9]\\d|1[0-4]\\d)(?![\\d/])';

/**
 * An oxygen saturation told by the pulse oximeter on a finger: "the finger clip", "the clip they
 * put on her finger", "that little finger monitor thing" (not a finger prick, a blood test).
 */
const OXIMETER =
  'fingers?[- ]?(?:clips?|monitors?|probes?|sensors?|readers?|gadgets?|machines?|devices?|lights?)|(?:clip\\w*|pegs?|sensors?|monitors?|probes?|lights?)\\b[^.?!]{0,25}\\bfingers?';

/**
 * A reading asked for by its unit, in any of the ways it is written: "how many kilograms was
 * she", "her temp in celsius", "his heart in beats per minute", "my cm in 2012", "her % number",
 * "sats 92%" (an oxygen saturation: a share of 50–100, not "100% sure"). Each names its reading.
 */
const WEIGHT_UNIT = 'kilos?|kgs?|kilograms?|kilogrammes?|pounds|lbs';
/**
 * A body's size told in its adjectives, compared or not: "was he heavier at 2 than at 1", "the
 * heaviest I have been", "has he got skinnier since covid", "am I taller than in 2016".
 */
const WEIGHT_TOLD =
  'heavy|heavier|heaviest|(?<!blood )thinner|thinnest|skinnier|skinniest|fatter|fattest|chubbier|chubbiest';
const HEIGHT_TOLD = 'tall|taller|tallest';
const TEMPERATURE_UNIT = 'degrees|celsius|centigrade|fahrenheit';
/** "40°C", "in °f": the sign is no word character, so it is read outside the words' boundaries. */
const DEGREE_SIGN = '°\\s?[cf]\\b';
const HEIGHT_UNIT = 'cm|cms|centimet(?:er|re)s?|inches';
const PULSE_UNIT = 'beats? (?:per|a|/) ?min(?:ute)?|beats/min(?:ute)?';
const SATURATION_UNIT =
  '\\b(?:[5-9]\\d|100)(?:\\.\\d+)? ?(?:%|percent|per cent)(?! ?(?:sure|certain|confident|positive|correct|right))|(?:%|percent|per cent) (?:number|reading|figure|level|one|thing)';

/**
 * What the classes named for what they treat are for ("blood pressure medicines": "blood pressure"), and
 * "thyroid", a class patients name ("any diabetes or thyroid meds", "his thyroid tablets") that is not
 * in DRUG_CLASSES: MedlinePlus has no topic of thyroid medicines, and there a medicine widens a knowledge
 * question to its class's name ("synthroid" to "thyroid medicines" ranked a passage on another kind of
 * medicine first).
 */
const CLASS_PURPOSES = [
  ...DRUG_CLASSES.flatMap(({ names }) => names)
    .filter((name) => / medicines$/.test(name) && !/\b(?:antiretroviral|hiv)\b/.test(name))
    .map((name) => name.replace(/ medicines$/, '').replace(/ /g, '[\\s-]+')),
  'thyroid',
  // Malaria tablets are taken against a trip's risk ("any malaria tablets on my record", "is she on
  // anything for malaria", "antimalarials"); the records name malaria only in its tests.
  'malaria',
];
/**
 * A class named for what it treats ("blood pressure medicines", "diabetes medicines") told with
 * another word for a medicine, as patients say it: "blood pressure tablets", "my diabetes meds",
 * "cholesterol pills", "seizure drugs"; several purposes sharing the one word ("any diabetes or
 * thyroid meds", "blood pressure, cholesterol and seizure tablets") are one ask of each.
 */
const PURPOSE = `(?:${CLASS_PURPOSES.join('|')})`;
const MEDICINE_CLASS_IN_OTHER_FORMS = [
  `${PURPOSE}(?:\\s*(?:,|or|and|/)\\s*${PURPOSE})*[\\s-]+(?:medications?|medicines?|meds|pills?|tablets?|drugs?)`,
];

/**
 * A class told by what it is for, after a medicine, "anything" or a verb of taking: "any medicine
 * for blood pressure", "tablets for high blood pressure", "anything to lower her cholesterol",
 * "do I take anything for diabetes or blood pressure" ("anything" is a generic word, gone by the
 * time what is named is read: "take for"; "current prescriptions - anything for blood pressure?":
 * "prescriptions - for"). Several purposes joined by "or" or "and" are one ask.
 */
const PURPOSE_TOLD = `(?:(?:my|his|her|their|your|our|the|high|low|raised)\\s+)*${PURPOSE}`;
const MEDICINE_CLASS_BY_PURPOSE = `(?:medications?|medicines?|meds|pills?|tablets?|drugs?|prescriptions?|anything|something|on|take|takes|taking|took)(?:\\s*[-–—:,])?\\s+(?:for|to\\s+(?:(?:lower|control|treat|manage|bring\\s+down|help(?:\\s+with)?)\\s+)?)\\s+${PURPOSE_TOLD}(?:\\s*(?:,|or|and|/)\\s*${PURPOSE_TOLD})*`;

/** A blood thinner told by what it does: "anything that thins the blood", "something to thin her blood", "blood-thinning tablets". */
const BLOOD_THINNING =
  '(?:thins?|thinning|thinned) (?:the|my|his|her|their|your|our) blood|blood[\\s-]+thinning(?: (?:medications?|medicines?|meds|pills?|tablets?|drugs?))?';

/**
 * A medicine told by its action on the immune system, as forms ask it ("steroids or immune
 * suppressing drugs", "any immunosuppressants", "medicines that lower the immune system"): a class,
 * not the immunizations its "immune" would name. The verb may be gone by the time the question is
 * read ("lower" is a word of a trend), so a medicine beside "immune system" is one.
 */
const IMMUNE_SUPPRESSING = `immuno[\\s-]?suppress(?:ants?|ives?|ion)|immune[\\s-]+(?:system[\\s-]+)?(?:suppress(?:ing|ants?|ive|ion)|lowering|weakening|dampening)(?:[\\s-]+(?:medications?|medicines?|meds|pills?|tablets?|drugs?))?|(?:medications?|medicines?|meds|pills?|tablets?|drugs?)\\s+(?:(?:that|to)\\s+)?(?:(?:lowers?|suppress(?:es)?|weakens?|dampens?|reduces?|affects?)\\s+)?(?:(?:the|my|his|her|your|their|our)\\s+)?immune\\s+system`;

/**
 * A common medicine named by its own name after a verb of taking ("does she take insulin", "is he
 * on metformin", "is dad taking warfarin", "any prescribed prednisolone"): a medicine of a class
 * (DRUG_CLASSES), asked whether it is taken. The records hold no such medicine (they name the
 * HIV and TB ones, and antibiotics, which are left out), so it is asked as its class is: the
 * medication records and the notes' medication list answer. Only after a verb of taking: "is she
 * allergic to ibuprofen" asks the allergies.
 */
const COMMON_MEDICINE_TAKEN = `(?<=\\b(?:on|take|takes|taking|took|prescribed|using|uses)\\s+(?:(?:any|some|the|her|his|my|their)\\s+)?)(?:${[
  'insulin',
  'aspirin',
  ...DRUG_CLASSES.filter(({ names }) => !names.some((name) => /\b(?:antiretroviral|hiv|antibiotics)\b/.test(name)))
    .flatMap(({ medicines }) => medicines)
    .filter((name) => !name.includes(' ')),
].join('|')})`;

/**
 * A class of medicines as patients name it ("the blood thinners", "my water tablet", "any
 * painkillers", "is he on steroids"): a category of medicines, like "antibiotics", not something
 * the record names (the records name the medicine itself), so the medication records and the
 * notes' medication list answer it, whichever the record holds. From DRUG_CLASSES' names, each
 * singular or plural, and the lay words for a class's form; not the classes the records' own
 * words name ("ANTIRETROVIRAL"), which are searched as what is asked.
 */
const MEDICINE_CLASS = [
  ...DRUG_CLASSES.flatMap(({ names }) => names).filter((name) => !/\b(?:antiretroviral|hiv)\b/.test(name)),
  'water pill',
  'water tablet',
  'painkiller',
  'pain killer',
  'heart pill',
  'heart tablet',
  'puffer',
  // Sub-classes patients name as a class ("is she on beta blockers"); "betablocker" as the
  // question reads it (see hindi-and-tagalog-words: "beta" alone is a son).
  'betablocker',
  'ace inhibitor',
  'calcium channel blocker',
  'antimalarial',
  'anti malarial',
]
  .map((name) => `${name.replace(/s$/, '').replace(/ /g, '[\\s-]+')}s?`)
  .concat(
    MEDICINE_CLASS_IN_OTHER_FORMS,
    MEDICINE_CLASS_BY_PURPOSE,
    BLOOD_THINNING,
    IMMUNE_SUPPRESSING,
    COMMON_MEDICINE_TAKEN,
  )
  .join('|');

/**
 * A class of medicines named (see MEDICINE_CLASS): "blood pressure tablets" names medicines of a
 * kind, not the reading its first words name, and a class the record holds none of is answered
 * by the notes' medication list (see RecordQuestion.asCategory).
 */
export const MEDICINE_CLASS_NAMED = new RegExp(`\\b(?:${MEDICINE_CLASS})\\b`, 'g');

const OTHER_GERM_UNNAMED_SWAB =
  /^(?![^]*\b(flu|influenza|rsv|syncytial|rhinovirus|adenovirus|parainfluenza|metapneumovirus|cold virus|hiv|tb|tubercul\w*|sputum|strep\w*|malaria)\b)[^]*\b(swab\w*|pcr|nose test|nasal test|virus tests?|viral tests?)\b/;

/** A medicine asked for by its purpose alone: "am I on anything for blood pressure", "is she taking something for it". */
/**
 * What follows "was I taking" when it names the medicine asked about ("was I taking AZT", "was she
 * still taking the isoniazid"): a word that is no pronoun, quantifier, time or preposition ("was I
 * taking it then", "was he taking anything for the tb", "how many breaths was she taking when").
 */
const WAS_TAKING_NAMED =
  '\\s+(?!(?:it|them|that|those|this|these|anything|any|something|what|which|then|when|while|at|in|on|back|during|before|after|for|from|to|with|now|still|again|regularly|every|each|daily|or|and|but|because|so|as|per|a|an)\\b)[a-z0-9]';

const TAKEN_FOR = '(?:on|take|takes|taking|took)\\s+(?:(?:anything|something)\\s+)?for';

/**
 * Something taken as a habit, told by how often and nothing else ("what does she take every day",
 * "everything he takes each morning", "do I take anything regularly"): the medicines, the only
 * thing a record says someone takes daily. Not a rate ("the breaths she takes every minute"): only
 * a day's or a routine's regularity.
 */
const TAKEN_REGULARLY =
  '(?:take|takes|taking)\\s+(?:(?:anything|something|everything|stuff|things?)\\s+)?(?:every|each)\\s+(?:single\\s+)?(?:day|morning|night|evening)|(?:take|takes|taking)\\s+(?:(?:anything|something|everything|stuff|things?)\\s+)?(?:daily|regularly|routinely|day[\\s-]to[\\s-]day|on a daily basis)';

/**
 * TAKEN_REGULARLY in the question, for the question to read as "take daily" before its words of
 * a series ("every") and of a date ("day") are taken out (see RecordQuestion's content).
 */
export const TAKEN_REGULARLY_TOLD = new RegExp(`\\b(?:${TAKEN_REGULARLY})\\b`, 'g');

/**
 * A "check" that is no test: a call or visit to see how someone is ("the weekly carer check in:
 * is she...", "a check-in call"; not "the check in 2018", a visit dated), or a look at the record
 * itself ("can you check my chart", "check her file for it"). What they ask about is read from
 * the rest of the question.
 */
const NOT_A_TEST_CHECK =
  '-ins?\\b| ins?\\b(?=\\s*(?:[:;,.?!]|$|calls?\\b|chats?\\b|from\\b|with\\b))| (?:over |through )?(?:my|his|her|their|our|your|the) (?:records?|charts?|files?|notes?|portal|history)\\b';

/**
 * A medical as the examination itself, counted or owned: "his last medical", "the date of her
 * first medical", "my medical in 2019", "did he pass his medical"; not the adjective of a noun
 * after it ("my medical records", "his medical history", "a medical condition", "the medical
 * form").
 */
const A_MEDICAL =
  '(?:my|his|her|their|our|last|latest|next|first|recent|previous|full)\\s+medicals?\\b(?!\\s+(?:records?|history|files?|notes?|charts?|conditions?|problems?|issues?|care|team|staff|advice|help|attention|reasons?|terms?|words?|forms?|insurance|cards?|certificates?|exemptions?|leave|cent(?:er|re)s?|reports?|letters?|info\\w*|data|tests?|treatments?|devices?|equipment|bills?|expenses?|costs?|needs?|procedures?|supplies|professionals?|doctors?|school|students?|emergenc\\w*|alert|bracelet|id))';

/**
 * What someone got at a routine check, asked with nothing named ("what did he get at his 1 year
 * check", "what did she have at her 4 month visit", "what did i get at my last physical"): the
 * shots given there, beside the visit itself.
 */
const GOT_AT_A_CHECK =
  '\\bwhat\\s+(?:else\\s+)?did\\s+(?:he|she|i|we|they|the baby|(?:my|our|his|her)\\s+(?:son|daughter|baby|boy|girl|kid|child|little one))\\s+(?:get|have|receive)(?:\\s+given)?\\s+(?:at|during)\\s+(?:(?:his|her|my|their|our|the|that|this)\\s+)?(?:[\\w-]+\\s+){0,3}(?:check-?ups?|checks?|visits?|physicals?|reviews?|appointments?)\\b';

export const RECORD_TOPICS: readonly RecordTopic[] = [
  {
    name: 'immunizations',
    // "up to date on polio", "fully vaxxed", "the hep b series", "how many needles", "protected
    // against measles", "immune to chickenpox", "what did they inject her with".
    pattern: new RegExp(
      `\\b(vaccin\\w*|immuni[sz]\\w*|immune|shots?|jabs?|jabbed|boosters?|inoculat\\w*|vax\\w*|series|needles?|inject\\w*|up to date|caught up|(protected|protection|covered) (against|from|for))\\b|${GOT_AT_A_CHECK}`,
    ),
    resourceTypes: ['Immunization'],
    expansion: ['immunization', 'vaccine'],
  },
  {
    name: 'a vaccine by its abbreviation or brand',
    // "Prevnar 13", "the 5-in-1", "the oral drops for rotavirus" (a baby's drops by mouth are
    // a vaccine; not eye or ear drops), "proof she had tetanus", "measles mumps and rubella" (no one has
    // all three: it is the vaccine), "the second hep a" (the disease is
    // "hepatitis A" in the records; "hep A" is what the vaccine is called).
    pattern: new RegExp(
      `\\b(${[...VACCINE_ONLY_NAMES, ...VACCINE_ERA_DISEASES].join('|')}|${DISEASES_OF_ONE_VACCINE}|(?:oral|mouth|polio) drops|drops (?:by|in (?:the|his|her|my) )mouth|(?<!\\b(?:eye|ear|nose|nasal|cough) )drops (?:for|against) (?:the )?\\w+|pcv\\s?\\d+|[456][\\s-]in[\\s-]1|hep[\\s-]?[ab]|hep bee)\\b`,
    ),
    resourceTypes: ['Immunization'],
    expansion: [],
    specific: true,
  },
  {
    name: 'medications',
    pattern: new RegExp(
      `\\b(medications?|medicines?|meds|drugs?|prescri\\w*|pills?|tablets?|dos(e|es|age)|antibiotics?|inhalers?|regimens?|${MEDICINE_CLASS}|${TAKEN_FOR}|${TAKEN_REGULARLY})\\b(?! allerg)`,
    ),
    resourceTypes: ['MedicationRequest', 'MedicationStatement'],
    expansion: ['medication', 'treatment', 'drugs'],
    listedAs: ['medications'],
  },
  {
    name: 'allergies',
    pattern: /\b((drug|food|medication|medicine) )?(allerg\w*|intoleran\w*|reactions?)\b/,
    // Synthea's history-and-physical notes list them too ("Allergies: No Known Allergies").
    resourceTypes: ['AllergyIntolerance', 'DocumentReference'],
    expansion: ['allergy', 'intolerance'],
  },
  {
    name: 'conditions',
    // Also an illness asked by its gravity ("anything serious" - "anything" is a generic word, gone
    // by the time the topics are read -, "a major illness"; see DISEASE_ASKED).
    pattern:
      /\b(diagnos\w*|suspect\w*|confirmed|ruled out|conditions?|illness(es)?|sickness(es)?|diseases?|problems?|disorders?|infections?|found|(?<!\b(?:can'?t|cannot|can not|couldn'?t|could not|unable to) )find|findings?|symptoms?|sick|ill|unwell|wrong with|serious|life[- ]threatening|(major|significant|grave|bad|big|chronic|proper) (illness(es)?|sickness(es)?|health (problems?|issues?))|(down|listed|recorded|marked|flagged) as (having|an?)|(told|said) (me |him |her )?(that )?(i|he|she) (have|had|has|was)|catch|caught|c[oa]me down with|contract(ed)?|what (did|has) (i|he|she) (have|had)(?! done\b)|(when|what year|what date) did (i|he|she) (get|got)|when did (the|my|his|her) \w+ (start|begin)|onset|how long\b[^.?!]*\b(last\w*|go(ne)? on|went on))\b/,
    resourceTypes: ['Condition'],
    expansion: ['condition', 'finding', 'disorder'],
  },
  {
    name: 'encounters',
    pattern:
      // A medical ("my annual medical"), a review ("his baby review"), a child taken to one ("we
      // took him for his jabs"), a check or the once-over with a doctor ("his first check at the doctor"),
      // anyone seen ("did I see anyone between the two admissions"), a child taken there in the
      // passive ("the day she was taken to the doctor", "when the toddler was brought in").
      new RegExp(
        `\\b(checks? (?:at|with|by) ${VISITED_CLINICIAN}|${VISIT_CHECK}|(?:(?:yearly|annual|routine|regular) )?once[- ]over|visits?|visited|appointments?|appts?|encounters?|check[- ]?ups?|(${CHECK_OWNER}|${ROUTINE_CLINICIAN_CHECK})[- ](checks?|reviews?|assessments?)|(annual|yearly|routine|school|sports|work|employment|insurance) medicals?|${A_MEDICAL}|physicals?|exams?|examinations?|wellness|well[- ](child|baby|visit|check)\\w*|consultations?|emergency room|a ?& ?e|urgent care|walk[- ]in|clinic|seen|saw|went|(go|went|came|come) in|(go|went) to the (doctor|clinic|gp)|(see|saw) (the|a|my) (doctor|gp|nurse|pediatrician)|(see|saw) (anyone|anybody|someone|somebody)|see (me|him|her|them|us) for|${CLINICIAN_SAW_SOMEONE}|(bring|brought|take|took|taken|rush(ed)?) (him|her|he|she|them|me|my \\w+) (in|to|for (a|an|his|her|the|their|my))|(was|were|got) ((he|she|i|they|we) )?(taken|brought|rushed) (in|to the))\\b`,
      ),
    resourceTypes: ['Encounter'],
    expansion: ['encounter', 'visit', 'examination'],
  },
  {
    // A stay ("admitted", "kept in overnight", "the night on the ward", "discharged", "the night we
    // spent there", "how many nights did I spend in there"; not kept to a room at home, which is
    // isolation: "keep him in his room"; its length, "how long did they keep me"): not
    // searched with the words of visits and examinations, which every checkup holds, nor with the
    // class a stay's record ends on ("hospital stay"): "my temperature in hospital 2014" asks for
    // the reading, and the stay's words would rank the stay alone above it.
    name: 'hospital stays',
    pattern:
      /\b(admi(t|ts|tted|ssions?)|discharg\w*|hospital\w*|in-?patients?|overnight|((kept|keep|keeps|keeping) (me |him |her |them )?in|stay(ed|s)? in)(?! ((my|his|her|their|our|the) )?(own )?(bed)?rooms?\b)|wards?|(spen[dt]|spending|stay(ed)?) (the|a|one|two|three|\d+|a few|some|how many)? ?nights?|nights? ((did|do) )?(i|we|he|she|they) (spen[dt]|stay(ed)?)|slept over|how long (did|do|would) (they|the (doctors?|hospital|ward|nurses?)) (keep|hold) (me|him|her|them|us)\b(?! (in|to|on) ((my|his|her|their|our|the) )?(own )?(bed)?rooms?\b))\b/,
    resourceTypes: ['Encounter'],
    expansion: ['encounter'],
  },
  {
    // A stay counted among the patient's stays ("the middle admission", "my 2nd hospitalization",
    // "the third time they kept me in"): the stay itself is asked, so the class a stay's record
    // ends on is searched, which puts the stays before the checkups an unnamed "admission" would
    // leave first (by type alone). A reading at such a stay is dated by it (see EVENT_ANCHOR), not
    // asked for as one.
    name: 'a hospital stay counted',
    pattern:
      /\b(?:(?:first|second|third|fourth|middle|last|1st|2nd|3rd|4th)\s+(?:hospital\s+)?(?:admissions?|stays?|hospitali[sz]ations?)|(?:first|second|third|fourth|last|1st|2nd|3rd|4th)\s+time\s+(?:they|the (?:doctors?|hospital))\s+(?:admitted|kept)\s+(?:me|him|her|them)(?:\s+in)?)\b/,
    resourceTypes: ['Encounter'],
    expansion: ['hospital stay'],
  },
  {
    name: 'procedures',
    pattern: /\b(procedures?|surger(y|ies)|operations?|operated)\b/,
    resourceTypes: ['Procedure'],
    expansion: ['procedure'],
  },
  {
    // What was given or done for an illness ("what did they give him for it", "did they prescribe
    // her anything for the fever", "any treatment for his cough"): a medicine when the record holds
    // one, else what the visit's care plan and procedures did (isolation, a mask), or the
    // treatment a record names ("TUBERCULOSIS TREATMENT STARTED").
    name: 'treatment given',
    // Also given in any tense, to whoever gave it ("they give him anything for it", "what did they
    // tell us to give him for it", "did they give her something for that"): given for something.
    // The words between are read with any spacing: generic words ("anything") are gone from the
    // text the topics are read in, and leave their spaces. A record giving something is read
    // back, not given ("what date does my chart give for the TB diagnosis").
    pattern:
      /\b(what did (they|the (doctors?|gp|nurses?|clinic|hospital|pediatrician|paediatrician)) (give|do|prescribe) (me|him|her|them|you)? ?for|prescrib\w*\b[^.?!,]{0,25}\bfor|(any|what) treatments?( did| was| were| for)?|treated (me|him|her|them) for|(?<!\b(?:charts?|records?|files?|notes|portal|app|system|reports?|letters?|forms?|it)\s+)(give|gives|gave|given|giving)\s+(?:(?:me|him|her|them|us|anything|something|any\s+\w+|some\s+\w+|medicines?|meds)\s+){0,2}for\s+(?:it|that|this|the|his|her|my|their|our|covid\w*|corona\w*)\b)\b/,
    resourceTypes: ['MedicationRequest', 'MedicationStatement', 'CarePlan', 'Procedure'],
    expansion: ['treatment'],
  },
  {
    // What the patient was told to do ("what did the doctor instruct", "what were we told to do at
    // home", "was he supposed to isolate"): the care plan's activities are the instructions. The
    // telling itself is a generic word, gone from what the topics are read in ("the doctor told
    // us to do": "the doctor us to do"), so what was to be done says it.
    name: 'instructions given',
    pattern:
      /\b(instruct\w*|(?:told )?(?:me|him|her|them|us) to (?:do|give|keep|stay|isolate)|(?:were|was) (?:we|i|he|she|they) (?:told|advised) to|(?:meant|supposed) to (?:stay|keep|isolate|remain|be kept))\b/,
    resourceTypes: ['CarePlan'],
    expansion: ['plan'],
  },
  {
    name: 'care plans',
    pattern: /\b(care ?plans?|treatment plans?|plans?)\b/,
    resourceTypes: ['CarePlan'],
    expansion: ['plan'],
  },
  {
    name: 'clinical notes',
    pattern: /\b(notes?|write|wrote|written|summary|summaries)\b/,
    resourceTypes: ['DocumentReference'],
    expansion: ['note'],
  },
  {
    name: 'results',
    // A "check" is a test unless a routine visit's owner names it ("the baby check", "her routine
    // doctor check") or it is with a clinician ("the check at the doctor"): those are the visits
    // (see "encounters").
    pattern: new RegExp(
      `\\b(results?|tests?|tested|testing|investigations?|labs?|laborator\\w*|blood ?work|blood tests?|screenings?|panels?|scans?|x-?rays?|reports?|levels?|counts?|positive|negative|not detected|swab(bed|s)?|pcr|checked|(?<!\\b(?:${CHECK_OWNER_LAST_WORD}|${ROUTINE_CLINICIAN_CHECK})[- ])(?!${VISIT_CHECK})check(?![- ]?ups?\\b)(?! (?:at|with|by) ${VISITED_CLINICIAN}\\b)(?!${NOT_A_TEST_CHECK})|ordered)\\b`,
    ),
    resourceTypes: ['Observation', 'DiagnosticReport'],
    expansion: ['test', 'result', 'panel', 'report'],
  },
  {
    name: 'measurements',
    // "Did he have a temperature" or "running a temp" tells a fever, not a reading.
    pattern: new RegExp(
      `\\b(weigh\\w*|${WEIGHT_TOLD}|${WEIGHT_UNIT}|scales?|height|${HEIGHT_TOLD}|${HEIGHT_UNIT}|${PULSE_UNIT}|bmi|body mass|blood pressure|${BP_CUFF}|${BP_READING}|bp|systolic|diastolic|(my|his|her|the) pressure|(?<!\\b(a|high|running|ran|run) )temp(erature)?|how hot|burning up|${TEMPERATURE_UNIT}|thermometer|pulse|heart ?rate|heart ?beat|bpm|heart (was |is )?(racing|pounding|going|slow|fast|beating|thumping)|oxygen|o2|sats?|saturation|oximet\\w*|${OXIMETER}|respirat\\w*|cholesterol|glucose|sugar|a1c|hba1c|ha?emoglobin|ha?ematocrit|viral load|cd4|vitals?|vital signs)\\b|${DEGREE_SIGN}|${SATURATION_UNIT}`,
    ),
    resourceTypes: ['Observation'],
    expansion: [],
    specific: true,
  },
  {
    name: 'breathing rate',
    pattern: BREATHING_RATE,
    resourceTypes: ['Observation'],
    expansion: [],
    specific: true,
  },
  {
    name: 'the record',
    pattern: /\b(records?|chart|health history|medical history|my history|file)\b/,
    resourceTypes: [],
    expansion: [],
  },
];

/**
 * An illness asked for as a disease, not by its symptoms: "what illnesses has he had", "has she
 * ever been ill", "anything serious in my history", "a major illness", "the worst thing I've been
 * diagnosed with". The records name symptoms as findings ("Cough (finding)") and diseases without
 * that word ("COVID-19", "Tuberculosis"), so such a question does not search "finding": a patient
 * with a disease and its eight symptoms on one day would otherwise be shown the symptoms.
 */
export const DISEASE_ASKED =
  /\b(illness(es)?|sickness(es)?|diseases?|disorders?|ill|unwell|(serious|major|significant|grave|bad|worst|big|proper|chronic|long[- ]term|life[- ]threatening)\b[^.?!]{0,20}\b(illness(es)?|sickness(es)?|diseases?|conditions?|problems?|diagnos\w*|issues?|things?)|(anything|something) (serious|major|significant|grave|bad|big|chronic|life[- ]threatening))\b/;

/** Symptoms asked for as such ("what symptoms did she have", "any signs of it"): the findings are the answer. */
export const SYMPTOMS_ASKED = /\b(symptoms?|findings?|signs?|complaints?)\b/;

/**
 * Visits asked whether they were only the routine ones ("have all my visits been routine exams",
 * "was she only ever seen for checkups", "apart from my yearly physicals"): the visits for a
 * complaint answer it, as for a sick visit asked outright.
 */
export const ONLY_ROUTINE_VISITS =
  /\b(just|only|all|always|apart from|besides|other than|except|beyond|outside( of)?)\b[^.?!]{0,30}\b(routine|regular|check[- ]?ups?|checks|physicals?|well[- ](child|baby|visits?|checks?)|exams?|examinations?)\b/;

/**
 * What a visit was for, asked ("what did they see her for on the 3rd of march", "what was he seen
 * for in 2020", "what was that appointment for"): its reason, which the record gives for a visit
 * for a complaint (Synthea's "Encounter for symptom", a stay), so those are searched as for a
 * sick visit; a checkup, the only visit of its day, still comes by its type.
 */
export const VISIT_REASON_ASKED =
  /\bwhat (did|do|does) (they|the (doctors?|gp|nurses?|clinic|hospital|pediatrician|paediatrician)|you) (see|saw) (me|him|her|them|us) for\b|\bwhat (was|were|am|is) (i|he|she|we|they) seen for\b|\bwhy (was|were|did) (i|he|she|we|they) (seen|see|go|went|taken|brought)\b|\bwhat was (the|my|his|her|our|that) (\w+ )?(visit|appointment|appt) for\b/;

/** Going to or being taken to a visit: "went to the doctor", "we took her in", "brought him to the clinic". */
const VISITED =
  '(visits?|appointments?|appts?|(go|went|came|come) (in|to the (doctor|clinic|gp|hospital))|(bring|brought|take|took|rush(ed)?) (him|her|he|she|them|me|my \\w+) (in|to the (doctor|clinic|gp|hospital|pediatrician|er))|(was|were|got|get) ((he|she|i|they|we) )?(taken|brought|rushed) (in|to the (doctor|clinic|gp|hospital|pediatrician|er))|(see|saw) the doctor|(at|to) (the|a) (doctors?|gp|clinic)|seen)';
const UNWELL = '(sick|sickness(?:es)?|ill|illness(?:es)?|unwell|poorly)';

/**
 * "Sick", "ill", "an illness": in a sick visit, the kind of visit, no condition asked for. Global,
 * for `replace` only (`test` would carry its lastIndex).
 */
export const UNWELL_WORD = new RegExp(`\\b${UNWELL}\\b`, 'g');

/**
 * A visit for a complaint, not a routine one: what Synthea calls an "Encounter for symptom", and
 * a stay or an emergency visit (an adult's record may hold no other); the complaint told before
 * the visit too ("she was sick in march and we took her to the doctor", "my last illness
 * appointment", "all my sick visits").
 */
export const SICK_VISIT = new RegExp(
  `\\b${VISITED}\\b.*\\b((for|with|about) (a |the |my |his |her |that )?(cough|coughing|fever|(?:high )?temperature|temp|pain|headache|rash|symptoms?|sore throat|cold|flu|covid|breathing|wheez\\w*|vomiting|\\w+aches?)|${UNWELL})\\b|\\b${UNWELL}\\b.*\\b${VISITED}\\b`,
);

// Patients asking whether they still have something, or whether it went away: the record's
// condition status ("active", "resolved").
const STILL_HAS =
  /\b(do|does) (i|he|she|my \w+) (still )?have\b|\bstill (have|has|got)\b|\bstill (down|listed|recorded|marked|flagged|showing) as\b/;
const WENT_AWAY = /\b(resolved|gone( away)?|cleared( up)?|gotten better|got better|cured|over it)\b/;

/** What a treatment is called in a question about starting, changing or keeping it. */
const TREATMENT_NOUN = '(meds|medications?|medicines?|treatments?|regimens?|drugs?|pills|tablets|therapy|antibiotics?)';
/**
 * A treatment begun, in the words people use besides "started": "which tb meds were kicked off",
 * "the ones begun at the 2014 admission", "the drugs they commenced", "what they initiated".
 */
export const TREATMENT_STARTED_VERB =
  'start\\w*|began|begun|begin\\w*|kick(?:s|ed|ing)? (?:me |him |her |them )?off|commenc\\w*|initiat\\w*|put ((me|him|her|them) )?on';
/** A treatment kept on, told as going on with it ("keep going with", "stick with", "stay on"). */
const TREATMENT_KEPT_VERB =
  'continu\\w*|carry(ing)? on|(keep|keeps|kept|keeping) going( with)?|go(es|ing)? on with|went on with|stick(s|ing)? with|stuck with|stay(s|ed|ing)? on';

/** Narrative words for things patients name differently ("bp", "covid", "positive"). */
export const TERM_SYNONYMS: ReadonlyArray<[RegExp, readonly string[]]> = [
  // Some records give only the value and its unit ("LOINC Code 131.49 mmHg").
  [
    new RegExp(
      `\\bbp\\b|\\bblood pressure\\b|\\bsystolic\\b|\\bdiastolic\\b|\\b(my|his|her|the) pressure\\b|\\b(${BP_CUFF})\\b|\\b${BP_READING}`,
    ),
    ['blood', 'pressure', 'systolic', 'diastolic', 'mmhg'],
  ],
  [
    new RegExp(
      `\\bheart ?rate\\b|\\bpulse\\b|\\bheart ?beat\\b|\\bbpm\\b|\\b(?:${PULSE_UNIT})\\b|\\bheart (was |is )?(racing|pounding|going|slow|fast|beating|thumping)\\b`,
    ),
    ['heart', 'rate', 'pulse'],
  ],
  [
    new RegExp(
      `\\boxygen\\b|\\bsaturation\\b|\\bo2\\b|\\bsats?\\b|\\boximet\\w*|\\b(?:${OXIMETER})\\b|${SATURATION_UNIT}`,
    ),
    ['oxygen', 'saturation'],
  ],
  [
    new RegExp(
      `\\bfever\\w*|\\btemperature\\b|\\bhow hot\\b|\\bburning up\\b|\\b(?:${TEMPERATURE_UNIT})\\b|${DEGREE_SIGN}|\\bthermometer\\b`,
    ),
    ['temperature', 'fever'],
  ],
  [STILL_HAS, ['active']],
  [WENT_AWAY, ['resolved']],
  [new RegExp(`\\bweigh\\w*\\b|\\b(?:${WEIGHT_TOLD}|${WEIGHT_UNIT})\\b|\\bscales?\\b`), ['weight']],
  [new RegExp(`\\bheight\\b|\\b(?:${HEIGHT_TOLD}|${HEIGHT_UNIT})\\b`), ['height']],
  [/\bsugar\b|\bglucose\b/, ['glucose']],
  // The tests ordered for an organ, as the HIV/TB bundles name them.
  [/\bliver\b/, ['transaminase', 'glutamic']],
  [/\bkidneys?\b|\brenal\b/, ['creatinine', 'albumin']],
  // The disease is COVID-19; its test names the virus, SARS-CoV-2 ("did they check his sample for the covid virus").
  [/\bcovid\w*|\bcorona\w*|\bsars\b/, ['covid']],
  [
    // A result told in the record's words counts as one ("portal says covid not detected").
    /\b(covid\w*|corona\w*|sars)\b.*\b(test\w*|swab\w*|pcr|results?|positive|negative|detected)\b|\b(test\w*|swab\w*|pcr|results?|positive|negative|detected|samples?|check\w*)\b.*\b(covid\w*|corona\w*|sars)\b/,
    ['sars', 'cov'],
  ],
  // A swab or PCR that names no other germ is, in these years' records, the covid test.
  [OTHER_GERM_UNNAMED_SWAB, ['sars', 'cov']],
  [BREATHING_RATE, ['respiratory', 'rate']],
  // A treatment changed, stopped or started: the plan's "Change regimen", the drugs "STARTED".
  [
    new RegExp(
      `\\b(chang\\w*|switch\\w*|stop\\w*|${TREATMENT_STARTED_VERB})\\b[^.?!]*\\b${TREATMENT_NOUN}\\b|\\b${TREATMENT_NOUN}\\b[^.?!]*\\b(chang\\w*|switch\\w*|stop\\w*|${TREATMENT_STARTED_VERB})\\b`,
    ),
    ['change', 'regimen', 'plan', 'started'],
  ],
  // What was decided for a treatment ("what did they decide about my hiv meds going forward", "are
  // they keeping me on my tb pills"): the plan's "Continue regimen", "Change regimen", "Stop all".
  [
    // Kept on told as going on with it: "did they keep going with the tb tablets", "was she to stick
    // with the hiv pills", "did I stay on the same meds".
    new RegExp(
      `\\b(decid\\w*|decisions?|going forward|from now on|next steps?|keep\\w* (me|him|her|them) on|${TREATMENT_KEPT_VERB})\\b[^.?!]*\\b${TREATMENT_NOUN}\\b|\\b${TREATMENT_NOUN}\\b[^.?!]*\\b(decid\\w*|decisions?|going forward|from now on|next steps?|continu\\w*|carry(ing)? on)\\b`,
    ),
    // The plan's own values: "plan" and "regimen" are category words, left out when the
    // question names the treatment.
    ['plan', 'regimen', 'continue', 'change', 'stop'],
  ],
  // What the patient said they were taking: the HIV/TB bundles' "PATIENT REPORTED CURRENT … TREATMENT".
  // "Which pills was I taking" asks for that list; "was I taking AZT back in 2012" asks whether one
  // medicine was taken, which any record naming it answers (its "STARTED" as well), so the list's
  // words would only put the other medicines reported that day before it (see WAS_TAKING_NAMED).
  // Told as a list the patient gave too: "i listed the hiv meds i already took", "she showed them
  // her tablets".
  [
    new RegExp(
      `\\b(already (taking|on|took|take|takes)|(i|he|she|we) (listed|list|named|showed|show|brought|bring)\\b[^.?!]*\\b(meds|medications?|medicines?|pills|tablets|drugs)|(i|he|she) (said|say|told|tell|reported|report|mentioned)\\b[^.?!]*\\b(taking|take|took|on)|(told|tell|said|say) (them|the doctors?|the nurses?|you)?\\s*(i|he|she) (was|were|am|is) (taking|on)|was (i|he|she) (still )?taking\\b(?!${WAS_TAKING_NAMED}))\\b`,
    ),
    ['patient', 'reported', 'current'],
  ],
  [/\bpositive\b/, ['positive', 'detected']],
  [/\bnegative\b/, ['negative', 'not detected']],
  [/\bflu\b|\binfluenza\b/, ['influenza', 'flu']],
  [YEARLY_VACCINE, ['influenza', 'flu']],
  [/\btb\b|\btuberculosis\b/, ['tuberculosis']],
  // TB's old name, but not what is consumed ("alcohol consumption").
  [
    /(?<!\b(alcohol|drink|drug|food|water|salt|sugar|caffeine|coffee|tobacco|energy|fuel|fat|calorie|meat|milk) )\bconsumption\b/,
    ['tuberculosis'],
  ],
  [/\bhiv\b/, ['hiv']],
];
