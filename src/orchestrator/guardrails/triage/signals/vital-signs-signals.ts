/**
 * Observations written as numbers, as in a clinician's handover or a home monitor reading
 * ("BP 80/50", "sats 88%", "RR 32", "HR 140", "GCS 10", "BM 2.1"). The thresholds are the
 * physiological discriminators of the Manchester Triage System and the NEWS2 red scores:
 * systolic < 90 mmHg, SpO2 < 92 %, respiratory rate >= 30, heart rate >= 120-130, GCS < 15,
 * temperature < 35 or >= 39 C. Blood glucose follows the ADA / NICE levels: < 3.0 mmol/L
 * (< 54 mg/dL) is severe hypoglycaemia; > 20 mmol/L with symptoms suggests a crisis.
 *
 * Numbers are matched as digit ranges so no parsing runs per message.
 */

import { type SignalDefinition, define, r } from './signal-definition.js';
import { HYPO_NOT_OVER_TOLD_ELSEWHERE, HYPO_TREATED_AND_RECOVERED } from './hypo-treated-and-recovered.js';

/** Words allowed between a measurement's name and its value: "sats are down to 86%". */
const LINK = r`(?:'s)?(?:\s*(?:of|is|was|at\s+home|on\s+(?:our|my|his|her|the|a)\s+(?:home\s+)?(?:(?:blood\s+pressure|bp|heart\s+rate|pulse|sats?)\s+)?(?:machine|monitor|cuff|watch|probe)|(?:this|last)\s+(?:morning|evening|night)|today|tonight|still|remains|stays|were|are|at|only|just|now|been|have\s+been|has\s+been|running|over|above|consistently|going|down\s+to|dropped\s+to|dropping\s+to|reading|reads|read|showing|shows|says|measured|around|about|approx|=|:|~)\s*){0,3}\s*`;

const NOT_A_DURATION = r`(?!\s*(?:years?|yrs?|yo|year|months?|weeks?|days?|hours?|hrs?|mins?|minutes?|seconds?|times?|am|pm|kg|lbs?|stone|cm|mm|ml|mg|mcg|units?)\b)`;

/** The names of an oxygen saturation reading. */
const OXYGEN = r`(?:sats?|spo2|sp\s*o2|o2\s+sats?|oxygen\s+(?:sats?|saturations?|levels?|level)|oxygen|saturations?|sat\s+level|pulse\s+ox\w*|oximeter)`;

/**
 * A saturation told as where it has sat for years ("her sats have sat at 88-90% for two years", "88-90% at every review
 * for the last 4 years"), the years told right after the reading: the person's own baseline told by its duration, as
 * "usual" tells it. Not years told of something else after it ("sats 89, COPD for ten years").
 */
const SAT_FOR_YEARS = r`(?:\s*(?:-|\u2013|to)\s*(?:8[89]|9\d))?\s*(?:%|percent)?(?:\s+(?:at|on|in)\s+(?:every|each|all)\s+[\w-]+)?\s+for\s+(?:the\s+(?:last|past)\s+)?(?:\d{1,2}|two|three|four|five|six|seven|eight|nine|ten|several|many|a\s+few|a\s+couple\s+of)\s+years\b`;

/**
 * A saturation of 88-91 % told as the person's own usual, their normal, where it has sat for years, or inside their care
 * plan's target: in COPD with CO2 retention the target is 88-92 % (BTS oxygen guideline; NEWS2 scale 2), so the
 * reading is their normal, not hypoxia. Only where no reading under 88 is told in the sentence ("sats 84, his usual is
 * 90" stays a red flag).
 */
const OXYGEN_AT_THE_PERSONS_USUAL = new RegExp(
  r`^(?!.*\b${OXYGEN}${LINK}(?:[5-7]\d|8[0-7])\b).*\b${OXYGEN}${LINK}(?:8[89]|9[01])\b(?:\s*(?:%|percent)?(?:\s+on\s+(?:room\s+)?air)?[^.;]{0,50}?\b(?:usual|target|care[- ]plan|baseline|normal\s+for\s+(?:him|her|them|me)|(?:his|her|their|my)\s+normal)\b|${SAT_FOR_YEARS})`,
);

/**
 * The target saturation a care plan, a rescue-pack letter or a respiratory team gives a person, told anywhere in the
 * message ("care-plan SpO2 target 88-92%", "his sats should be 88 to 92", "usual 89-92%"): BTS oxygen guideline, 88-92 %
 * for COPD with CO2 retention. Only a range whose floor is 85 or more, told after a word that makes it the person's
 * own (target, care plan, usual, baseline, should be, within): a range told as readings ("his sats have been 84-88") is none.
 */
const SATURATION_TARGET =
  /\b(?:target|care[- ]?plan|usual|usually|baseline|aim(?:ing)?\s+for|should\s+(?:be|sit|stay)|kept\s+(?:at|between)|within)\b[^.;]{0,40}?\b(?:between\s+)?(8[5-9]|9\d)\s*%?\s*(?:-|\u2013|to|and)\s*(8[5-9]|9\d|100)\b/g;

/** The lowest saturation the person's own target allows, or null when the message tells no target. */
export function saturationTargetFloor(text: string): number | null {
  let floor: number | null = null;
  for (const match of text.matchAll(SATURATION_TARGET)) {
    const low = Number(match[1]);
    if (low < Number(match[2]) && (floor === null || low > floor)) floor = low;
  }
  return floor;
}

/** Whether a `low_oxygen` phrase ("spo2 89", "90% on air") tells a reading at or over the person's target floor. */
export function isInsideTheTarget(phrase: string, floor: number): boolean {
  const reading = /\d{2}/.exec(phrase);
  return reading !== null && Number(reading[0]) >= floor;
}

export const VITAL_SIGNS_SIGNALS: readonly SignalDefinition[] = [
  define('low_systolic_bp', [
    r`\b(?:bp|blood\s+pressure|systolic|sbp|nibp)(?:\s+(?:machine|monitor|cuff|reading|meter))?${LINK}(?:[4-8]\d)(?:\s+over\s+\d{2,3})?\b${NOT_A_DURATION}`,
  ]),
  define(
    'low_oxygen',
    [
      r`\b${OXYGEN}${LINK}(?:[5-8]\d|9[01])\b\s*(?:%|percent)?${NOT_A_DURATION}`,
      r`\b(?:[5-8]\d|9[01])\s*(?:%|percent)\s+on\s+(?:room\s+)?air\b`,
    ],
    { ordinaryWhen: OXYGEN_AT_THE_PERSONS_USUAL },
  ),
  define('high_resp_rate', [
    r`\b(?:rr|resp(?:iratory)?\s+rate|resps?|breathing\s+rate|respirations?)${LINK}(?:[3-9]\d)\b${NOT_A_DURATION}`,
    r`\b(?:[3-9]\d)\s+(?:breaths?|resps?)\s+(?:a|per|\/)\s*(?:min|minute)\b`,
  ]),
  // NEWS2 scores a respiratory rate of 8 or less 3 (red): breathing failing, as in opioid toxicity.
  define('low_resp_rate', [
    r`\b(?:rr|resp(?:iratory)?\s+rate|resps?|breathing\s+rate|respirations?)${LINK}(?:[2-8])\b${NOT_A_DURATION}`,
    r`\b(?:breathing|breathes|breathed|breaths?|taking\s+a\s+breath)\s+(?:only\s+|about\s+|around\s+|roughly\s+|maybe\s+|like\s+){0,2}(?:[2-8]|two|three|four|five|six|seven|eight)\s+(?:times\s+|breaths\s+)?(?:a|per|\/|in\s+a)\s*(?:min|minute)\b`,
    r`\b(?:[2-8]|two|three|four|five|six|seven|eight)\s+(?:breaths?|resps?)\s+(?:a|per|\/|in\s+a)\s*(?:min|minute)\b`,
  ]),
  define('very_high_resp_rate', [
    r`\b(?:rr|resp(?:iratory)?\s+rate|resps?|breathing\s+rate|respirations?)${LINK}(?:[6-9]\d)\b`,
    r`\b(?:[6-9]\d)\s+(?:breaths?|resps?)\s+(?:a|per|\/)\s*(?:min|minute)\b`,
  ]),
  define('tachycardia', [
    r`\b(?:hr|heart\s+rate|pulse(?:\s+rate)?|heart\s+beat|heartbeat)${LINK}(?:1[2-9]\d|2[0-4]\d)\b${NOT_A_DURATION}`,
    r`\b(?:1[3-9]\d|2[0-4]\d)\s*(?:bpm|beats\s+(?:a|per)\s+min\w*)\b`,
    r`\bheart\s+(?:rate\s+)?(?:is\s+)?(?:going|at|racing\s+at|beating\s+at|hitting|going\s+at)\s+(?:over\s+|like\s+|about\s+|around\s+|at\s+|at\s+least\s+)?(?:1[3-9]\d|2[0-4]\d)\b`,
  ]),
  define('high_bp', [
    r`\b(?:bp|blood\s+pressure|systolic|sbp)${LINK}(?:1[6-9]\d|2\d\d)(?:\s+over\s+\d{2,3})?\b`,
    r`\b(?:bp|blood\s+pressure)${LINK}\d{2,3}\s+over\s+(?:1[1-9]\d)\b`,
  ]),
  define('very_high_bp', [
    r`\b(?:bp|blood\s+pressure|systolic|sbp)${LINK}(?:1[89]\d|2\d\d)(?:\s+over\s+\d{2,3})?\b`,
    r`\b(?:bp|blood\s+pressure)${LINK}\d{2,3}\s+over\s+(?:1[2-9]\d)\b`,
  ]),
  define('bradycardia', [r`\b(?:hr|heart\s+rate|pulse(?:\s+rate)?|heartbeat)${LINK}(?:[1-3]\d)\b${NOT_A_DURATION}`]),
  define('low_gcs', [
    r`\bgcs${LINK}(?:[3-9]|1[0-4])\b(?:\s*(?:\/|out\s+of|over)\s*15)?`,
    r`\bavpu${LINK}(?:v|p|u)\b`,
    // A note's components, "GCS E1V1M4", "GCS (E3 V4 M6)": anything short of E4 V5 M6 is lowered consciousness.
    r`\bgcs\b[^.;]{0,15}?\be\s*(?:[1-3]\s*v\s*[1-5t]\s*m\s*[1-6]|4\s*v\s*(?:[1-4t]\s*m\s*[1-6]|5\s*m\s*[1-5]))\b`,
  ]),
  define('high_temperature', [
    r`\b(?:temp|temperature|fever|pyrexi\w*|febrile)${LINK}(?:39|4[0-2])(?:[.,]\d)?\b(?!\s*(?:weeks?|years?))`,
    r`\b(?:39|4[0-2])(?:[.,]\d)?\s*(?:degrees|c|deg)\b|\bt\s*[=:]?\s*(?:39|4[0-2])(?:[.,]\d)?\b(?!\s*(?:weeks?|years?|mins?|minutes?))`,
    r`\b10[2-6](?:[.,]\d)?\s*(?:degrees\s*)?f\b`,
    r`\b(?:temp|temperature|fever)${LINK}10[2-6](?:[.,]\d)?\b`,
  ]),
  // 38 C or more: a fever, the threshold for neutropenic sepsis on chemotherapy (NICE CG151).
  define('temperature_38', [
    r`\b(?:temp|temperature|fever|pyrexi\w*|febrile)${LINK}(?:3[89]|4[0-2])(?:[.,]\d)?\b(?!\s*(?:weeks?|years?))`,
    r`\b(?:3[89]|4[0-2])(?:[.,]\d)?\s*(?:degrees|c|deg)\b`,
    r`\b(?:100[.,][4-9]|10[1-6](?:[.,]\d)?)\s*(?:degrees\s*)?f\b`,
  ]),
  define('low_body_temperature', [
    r`\b(?:temp|temperature|core\s+temp\w*)${LINK}(?:2\d|3[0-4])(?:[.,]\d)?\s*(?:degrees|c|deg)?\b(?!\s*(?:weeks?|years?|f\b))`,
    r`\b(?:temp|temperature)${LINK}(?:[6-8]\d|9[0-4])(?:[.,]\d)?\s*(?:degrees\s+)?f\b`,
  ]),
  define(
    'low_glucose',
    [
      r`\b(?:blood\s+sugars?|sugars?|glucose|bm|bms|cbg|bg|bsl|blood\s+glucose|reading|meter|libre|monitor)${LINK}(?:[0-2](?:[.,]\d)?|3[.,]0)(?!\d|[.,]\d)\s*(?:mmol\S*)?(?!\s*(?:\.\d|mg|hours?|days?|weeks?|times?|years?|units?))`,
      r`\b(?:blood\s+sugars?|sugars?|glucose|bm|cbg|bg|blood\s+glucose|reading|meter)${LINK}(?:[1-4]\d|5[0-3])\s*(?:mg\S*)\b`,
      r`\b(?:blood\s+sugars?|sugars?|glucose|bm|cbg|bg)${LINK}(?:3[4-9]|4\d|5[0-3])\b(?!\s*(?:[.,]\d|mmol|years?|units?))`,
      r`\bsugar\s+(?:is\s+|was\s+)?(?:reading\s+)?lo\b|\bmeter\s+(?:says|reads|shows)\s+lo\b`,
    ],
    // A low told as treated and rechecked in range, the writer well (hypo-treated-and-recovered.ts).
    { ordinaryUnlessElsewhere: { when: HYPO_TREATED_AND_RECOVERED, unless: HYPO_NOT_OVER_TOLD_ELSEWHERE } },
  ),
  define('high_glucose', [
    r`\b(?:blood\s+sugars?|sugars?|glucose|bm|bms|cbg|bg|bsl|blood\s+glucose|reading|meter|libre|monitor)${LINK}(?:2\d|3[0-3])(?:[.,]\d)?\s*(?:mmol\S*)?(?!\s*(?:mg|hours?|days?|weeks?|times?|years?|units?))`,
    r`\b(?:blood\s+sugars?|sugars?|glucose|bm|cbg|bg|blood\s+glucose|reading|meter)${LINK}(?:[4-9]\d\d)\s*(?:mg\S*)?\b`,
    r`\b(?:meter|reading|sugar|glucose)\s+(?:\w+\s+){0,2}(?:says|reads|reading|shows|showing|just\s+says|is|came\s+up|comes\s+up)\s+(?:hi|high\s+(?:only|and\s+no\s+number))\b`,
  ]),
  define('high_ketones', [
    r`\bketones?${LINK}(?:[2-9](?:[.,]\d)?|1[.,][5-9])\b`,
    r`\b(?:high|large|lots\s+of|\+\+\+?)\s+ketones?\b|\bketones?\s+(?:are\s+|is\s+)?(?:high|large|very\s+high|\+\+)\b`,
  ]),
  define('low_peak_flow', [
    r`\bpeak\s+flow${LINK}(?:[1-4]\d|[1-9])\s*(?:%|percent)`,
    r`\bpef${LINK}(?:[1-4]\d)\s*(?:%|percent)`,
  ]),
];
