import { NUMBER_WORDS } from './number-words.js';

/**
 * Paracetamol told with the body weight and under the threshold that sends anyone to hospital (TOXBASE and the MHRA's
 * 2012 advice: less than 75 mg/kg in any 24 hours needs no blood test and no antidote; a pharmacist or NHS 111 advises):
 * "took 10 paracetamol over the day yesterday, 500 mg each, so 5 g, I weigh 85 kg" is 59 mg/kg. Read only when the
 * message tells one weight in kilograms, a day or less (or an amount told a day), every amount it tells is paracetamol,
 * and nothing that sends in whatever the dose: a symptom (sickness, a pain in the belly or under the ribs, yellowing,
 * drowsiness, confusion), an intent or what tells one (on purpose, to hurt or end, upset, low, after an argument: NICE
 * NG225), an amount not known ("lost count"), doses told as repeated or as a liquid, a risk to the liver (alcohol, a
 * low weight from not eating) or another medicine. The amount is the largest of what the message tells: the grams or
 * milligrams added up (an amount told as their total is that total), the tablets counted at their strength (500 mg
 * unless told), and a figure told in mg/kg.
 *
 * Ibuprofen is read the same way against its own threshold (NPIS TOXBASE: under 100 mg/kg, with no symptom, needs no
 * assessment in hospital; 200 mg a tablet unless told): "took 6 x 200 mg ibuprofen at once for period pain, 60 kg" is
 * 20 mg/kg. Each medicine is read alone: the other one told beside it sends the message in.
 */

const TENS: Readonly<Record<string, number>> = { twenty: 20, thirty: 30, forty: 40, fifty: 50 };
const UNITS = Object.keys(NUMBER_WORDS).slice(0, 9).join('|');
const COUNT = String.raw`(\d{1,3}|(?:${Object.keys(TENS).join('|')})(?:[- ](?:${UNITS}))?|${Object.keys(NUMBER_WORDS).join('|')})`;

/**
 * Tablets counted: any count with a tablet word (the medicine's names among them) or "more" within four words after it
 * ("10 paracetamol", "30 of my 500mg paracetamol", "twenty-four paracetamol", "8 more at 4pm"), not a measure ("500
 * mg", "70 kg", "10am", "2 days").
 */
function tabletsCounted(medicineNames: string): RegExp {
  return new RegExp(
    String.raw`\b${COUNT}\b(?!\s*(?:mg|g|kg|kgs|ml|mcg|h|hrs?|hours?|am|pm|min\w*|days?|weeks?|months?|years?|y|yo|%|\/))(?=(?:\s+[\w/-]+){0,4}?\s+(?:${medicineNames}|tablets?|pills?|caplets?|capsules?|more)\b)`,
    'g',
  );
}

/** A medicine an amount of which is read against the weight: its names, its threshold and a tablet's strength. */
interface MedicineThreshold {
  readonly named: RegExp;
  /** Tablets of it counted (global): `tabletsCounted`. */
  readonly tablets: RegExp;
  readonly underMgPerKg: number;
  readonly tabletMg: number;
  /**
   * What sends this medicine's amount in beside what sends any in: another medicine told beside it, whose amount this
   * reading does not add up, and a symptom of this one's harm (an upset stomach is paracetamol's first sign, and
   * ibuprofen's expected effect under its threshold).
   */
  readonly sendsIn: RegExp;
}

const OTHER_MEDICINES = String.raw`codeine|co-?codamol|aspirin|tramadol|sertraline|citalopram|fluoxetine|amitriptyline|diazepam|zopiclone|insulin|other\s+(?:tablets|pills|medicines?)`;

const PARACETAMOL_THRESHOLD: MedicineThreshold = {
  named: /\b(?:paracetamol|acetaminophen|panadol|calpol|tylenol)\b/,
  tablets: tabletsCounted('paracetamol|acetaminophen|panadol'),
  underMgPerKg: 75,
  tabletMg: 500,
  sendsIn: new RegExp(String.raw`\b(?:ibuprofen|nurofen|${OTHER_MEDICINES}|(?:stomach|tummy)\s+upset)\b`, 'g'),
};

const IBUPROFEN_THRESHOLD: MedicineThreshold = {
  named: /\b(?:ibuprofen|nurofen|brufen|advil|motrin)\b/,
  tablets: tabletsCounted('ibuprofen|nurofen|brufen|advil|motrin'),
  underMgPerKg: 100,
  tabletMg: 200,
  sendsIn: new RegExp(
    String.raw`\b(?:paracetamol|acetaminophen|panadol|calpol|tylenol|naproxen|diclofenac|${OTHER_MEDICINES})\b`,
    'g',
  ),
};

/** The body weight: "I weigh 85 kg", "70 kg", "im 90kg". */
const WEIGHT = /\b(\d{2,3}(?:[.,]\d)?)\s*(?:kg|kgs|kilos?|kilograms?)\b/g;

/**
 * An amount that is not one taken: a limit, a strength, what should have been taken or a comparison ("instead of 4 g",
 * "the daily limit of 4 g", "500 mg each", "500 mg tablets", "x 500 mg").
 */
const NOT_TAKEN_BEFORE =
  /(?:instead\s+of|limit\s+(?:of|is)|maximum\s+(?:of|is)|max\s+(?:of|is)|than|up\s+to|x)\s*(?:about\s+)?$/;
const A_STRENGTH_AFTER =
  /^\s*(?:each|tablets?|pills?|caplets?|capsules?|soluble|strength|paracetamol\s+(?:tablets?|capsules?|caplets?|each))\b/;

/**
 * An amount told as the total of the amounts before it ("3.5 g plus two capsules, 4.5 g in total", "so 5 g
 * altogether"): it is that total, not one more dose to add.
 */
const A_TOTAL_BEFORE = /(?:total\s+of|so|that\s+is|which\s+is|making|=)\s*(?:about\s+|around\s+)?$/;
const A_TOTAL_AFTER = /^\s*(?:in\s+total|total|altogether|in\s+all)\b/;

/** Grams or milligrams taken: "5 g", "4.5 g of paracetamol", "5000 mg". */
const MASS =
  /\b(\d{1,2}(?:[.,]\d{1,2})?)\s*(?:g|grams?|gms?)\b|\b(\d{3,5})\s*(?:mg|milligrams?)\b(?!\s*\/\s*kg|\s+per\s+(?:kg|kilo))/g;

/** The strongest tablet of paracetamol or ibuprofen sold (paracetamol 1 g, ibuprofen 800 mg). */
const LARGEST_TABLET_MG = 1000;

const STRENGTH_AFTER = /^[^.;]{0,40}?\b(?:(\d{3,4})\s*mg|(\d(?:[.,]\d)?)\s*(?:g|grams?))\b/;

/** A figure told per kilogram: "equals 64 mg/kg". */
const PER_KG = /\b(\d{2,3}(?:[.,]\d)?)\s*mg\s*(?:\/|per)?\s*(?:kg|kilo)\b/g;

/** A day or less, or an amount told a day: "today", "over the last 24 hours", "about 1 h ago". */
const WITHIN_A_DAY =
  /\b(?:(?:[1-9]|1\d|2[0-3]|an?|one|two|three|four|five|six|half\s+an)\s*(?:h|hrs?|hours?|min\w*)\s+ago|today|yesterday|tonight|this\s+(?:morning|afternoon|evening)|last\s+night|over\s+the\s+(?:day|last\s+24|past\s+24)|(?:in|over|within)\s+(?:the\s+)?(?:last\s+|past\s+)?(?:24|twenty[- ]four)\s*(?:h|hrs?|hours?)|since\s+this\s+morning|in\s+one\s+go|at\s+once|(?:a|per|each)\s+day|daily)\b/;

/** Days told, which the amount must then be told per day for. */
const SEVERAL_DAYS =
  /\b(?:\d+|two|three|four|five|six|seven|several|few|couple\s+of)\s+days\b|\bsince\s+(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|last\s+week)\b/;
const PER_DAY = /\b(?:a|per|each)\s+day\b|\bdaily\b/;

/** What sends anyone in whatever the dose, unless told absent just before it ("no nausea", "not sick"). */
const SENDS_IN = new RegExp(
  String.raw`\b(?:vomit\w*|being\s+sick|been\s+sick|feel\w*\s+sick|sickness|nause\w*|yellow\w*|jaundic\w*|drows\w*|sleepy|confus\w*|muddled|(?:stomach|tummy|belly|abdominal|side)\s+(?:pain|ache|hurts?)|(?:pain|ache|sore)\s+(?:\w+\s+){0,3}?(?:stomach|tummy|belly|ribs|right\s+side)|deliberate\w*|on\s+purpose|intentional\w*|to\s+(?:hurt|harm|kill|end|sleep|escape|stop|not\s+wake)|want\w*\s+(?:it|this|everything|things|the\s+pain|it\s+all)\s+(?:all\s+)?to\s+(?:end|stop)|because\s+i\s+want\w*|(?<!\b(?:stomach|tummy)\s)upset|argument|row|fight|stress\w*|overwhelm\w*|low|depress\w*|hopeless|cope|coping|panic\w*|self[- ]harm\w*|suicid\w*|die|dying|unknown|lost\s+(?:count|track)|losing\s+track|not\s+sure\s+how\s+(?:many|much)|(?:cannot|can\s+not|do\s+not)\s+(?:remember|know)\s+how\s+(?:many|much)|alcohol|drink\w*|drunk|wine|beer|lager|cider|vodka|gin|whisk(?:e)?y|rum|spirits|pints?|booze|anorexi\w*|underweight|not\s+eating|liver|kidneys?|black\s+(?:stools?|poo))\b`,
  'g',
);
/**
 * Doses told as repeated, a count not told or told as a guess ("might have swallowed one", "at least two", tablets
 * missing from a pack), or a liquid, whose amounts the milligrams told do not add up: "1000 mg every 2 hours", "60 ml of
 * the 120 mg/5 ml suspension".
 */
const AMOUNT_NOT_ALL_TOLD =
  /\b(?:(?:might|may|could)\s+(?:have|of)|maybe|possibly|at\s+least|or\s+more|missing|every|each\s+time|times|twice|again|same\s+again|hourly|round\s+the\s+clock|regularly|doses|another|top(?:ped|ping)?\s+up|packets?|packs?|box(?:es)?|bottles?|whole|handful|lots|loads|a\s+few\s+more|some\s+more|ml|mls|syrup|suspension|liquid|medicine|calpol|sachets?)\b/;
const TOLD_ABSENT_BEFORE = /\b(?:no|not|nor|without|denies|never|any)\s+(?:\w+\s+){0,2}$/;

/** A remedy that holds paracetamol too, whose amount the message must tell in a total: "two cold-and-flu capsules". */
const REMEDY_HOLDING_IT =
  /\b(?:lemsip|beechams|night\s+nurse|cold[- ](?:and[- ])?flu|solpadeine|nyquil|dayquil|theraflu|remed(?:y|ies))\b/;

function numberOf(word: string): number {
  const [tens, units] = word.split(/[- ]/);
  if (tens in TENS) return TENS[tens] + (units === undefined ? 0 : NUMBER_WORDS[units]);
  return NUMBER_WORDS[word] ?? Number(word.replace(',', '.'));
}

/**
 * Whether the message tells paracetamol or ibuprofen, with one weight, under its threshold in a day and nothing that
 * sends it in.
 */
export function isPainkillerDoseUnderItsThreshold(normalized: string): boolean {
  return [PARACETAMOL_THRESHOLD, IBUPROFEN_THRESHOLD].some((medicine) => isUnderTheThreshold(normalized, medicine));
}

function isUnderTheThreshold(normalized: string, medicine: MedicineThreshold): boolean {
  if (!medicine.named.test(normalized)) return false;
  const weights = new Set([...normalized.matchAll(WEIGHT)].map((match) => numberOf(match[1])));
  if (weights.size !== 1) return false;
  const [weight] = weights;
  if (weight < 10) return false;
  if (!WITHIN_A_DAY.test(normalized)) return false;
  if (SEVERAL_DAYS.test(normalized) && !PER_DAY.test(normalized)) return false;
  if (AMOUNT_NOT_ALL_TOLD.test(normalized)) return false;
  for (const match of [...normalized.matchAll(SENDS_IN), ...normalized.matchAll(medicine.sendsIn)]) {
    if (!TOLD_ABSENT_BEFORE.test(normalized.slice(Math.max(0, match.index - 30), match.index))) return false;
  }
  let massMg = 0;
  let totalMg = 0;
  for (const match of normalized.matchAll(MASS)) {
    const before = normalized.slice(Math.max(0, match.index - 30), match.index);
    const after = normalized.slice(match.index + match[0].length);
    if (NOT_TAKEN_BEFORE.test(before) || A_STRENGTH_AFTER.test(after)) continue;
    const mg = match[1] === undefined ? Number(match[2]) : numberOf(match[1]) * 1000;
    if (A_TOTAL_BEFORE.test(before) || A_TOTAL_AFTER.test(after)) totalMg = Math.max(totalMg, mg);
    else massMg += mg;
  }
  if (REMEDY_HOLDING_IT.test(normalized) && totalMg === 0) return false;
  massMg = Math.max(massMg, totalMg);
  let tabletsMg = 0;
  for (const match of normalized.matchAll(medicine.tablets)) {
    const before = normalized.slice(Math.max(0, match.index - 30), match.index);
    if (NOT_TAKEN_BEFORE.test(before)) continue;
    const strength = STRENGTH_AFTER.exec(normalized.slice(match.index + match[0].length));
    const strengthMg =
      strength === null
        ? medicine.tabletMg
        : strength[1] === undefined
          ? numberOf(strength[2]) * 1000
          : Number(strength[1]);
    // No tablet of either is stronger than a gram: an amount over it told after the count is their total, "so 8
    // tablets (4 g)", not a tablet's strength.
    tabletsMg += strengthMg > LARGEST_TABLET_MG ? strengthMg : numberOf(match[1]) * strengthMg;
  }
  const toldPerKg = Math.max(0, ...[...normalized.matchAll(PER_KG)].map((match) => numberOf(match[1])));
  const perKg = Math.max(massMg / weight, tabletsMg / weight, toldPerKg);
  return perKg > 0 && perKg < medicine.underMgPerKg;
}
