import { NUMBER_WORDS } from './number-words.js';

/**
 * A child's breathing rate and heart rate read against the band for the child's age. The vital-sign signals
 * (`signals/vital-signs-signals.ts`) read a rate by the adult's thresholds (NEWS2, MTS: a respiratory rate of 30 or
 * more, a heart rate of 120-130 or more), which a well baby or toddler exceeds at rest: a 5-month-old breathes 30-50
 * times a minute and a toddler's heart beats 100-150. A case vignette tells the age and the rates side by side
 * ("5-month-old, temp 38.4, feeding, RR 38"), so the rate is read for the age it belongs to.
 *
 * The bands are NICE NG51's high-risk criteria for children (tables for under 5s and 5-11 years), which NICE NG143
 * matches at its red threshold under 1 (RR over 60): a rate at or over the band is a red flag, one under it is amber
 * at most (NG143: RR over 50 at 6-12 months, over 40 over 12 months is amber), which is no emergency alone.
 *   respiratory rate: under 1 year 60, 1-2 years 50, 3-4 years 40 (from 5 years the band, 29 to 25, is under the
 *     adult signal's 30, so the signal stands as it is);
 *   heart rate: under 1 year 160, 1-2 years 150, 3-4 years 140, 5 years 130 (from 6 years the band, 120 to 115, is
 *     at or under the adult signal's, so the signal stands).
 * Only a rate is re-read, and only down to the band: a saturation, a blood pressure, a temperature or another
 * finding beside it is read as before, and a rate over the band stays a red flag.
 */

/** The signals read by age, with each band's lowest rate that is a red flag, by the age in months it applies below. */
const BANDS: ReadonlyMap<string, readonly (readonly [belowMonths: number, redFrom: number])[]> = new Map([
  [
    'high_resp_rate',
    [
      [12, 60],
      [36, 50],
      [60, 40],
    ],
  ],
  [
    'tachycardia',
    [
      [12, 160],
      [36, 150],
      [60, 140],
      [72, 130],
    ],
  ],
]);

/** The signals whose reading depends on the age told. */
export const RATE_SIGNALS_READ_BY_AGE: ReadonlySet<string> = new Set(BANDS.keys());

const COUNT = String.raw`(\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)`;
const UNIT = String.raw`(days?|weeks?|wks?|months?|mths?|years?|yrs?)`;
/** Someone the age is told of, before it: "boy, 18 months", "girl aged 11 months", "baby 6 weeks". */
const CHILD_WORD = String.raw`(?:boy|girl|baby|infant|child|son|daughter|toddler|neonate|newborn)`;

/**
 * Ages as write-ups and parents tell them (after `expandClinicalShorthand`, which spells "3yo", "55M" and "6/12"
 * out): "15-month-old", "6 week old", "3 year old", "aged 20 months", "girl, 11 months". A duration ("for 3 weeks",
 * "2 years ago") is no age.
 */
const AGES: readonly RegExp[] = [
  new RegExp(String.raw`\b${COUNT}[- ]${UNIT}[- ]old\b`, 'g'),
  // A newborn is told by the word alone ("newborn day 2, postnatal check"): an age of nought, under every band.
  /\b(?:newborn|new-born|neonate)()()\b/g,
  new RegExp(String.raw`\baged\s+${COUNT}\s*${UNIT}?\b(?!\s+ago)`, 'g'),
  new RegExp(
    String.raw`\b${CHILD_WORD}\s*,?\s+(?:is\s+|of\s+)?${COUNT}\s+${UNIT}\b(?!\s+(?:ago|since|later|before|after))`,
    'g',
  ),
];

function monthsOf(count: string, unit: string | undefined): number {
  if (count === '') return 0;
  const n = NUMBER_WORDS[count] ?? Number(count);
  if (unit === undefined || /^(?:y|yr)/.test(unit)) return n * 12;
  if (/^m/.test(unit)) return n;
  if (/^w/.test(unit)) return n / 4.35;
  return n / 30;
}

/**
 * The age a message tells, in months: the OLDEST age told, so that a rate is read for a child only when every age
 * the message tells is a child's in that band ("a 34-year-old mother and her 3-year-old" reads as an adult's). Null
 * when no age is told: the rate is then read by the adult's thresholds, as before.
 */
export function toldAgeInMonths(text: string): number | null {
  let oldest: number | null = null;
  for (const pattern of AGES) {
    for (const match of text.matchAll(pattern)) {
      const months = monthsOf(match[1] ?? '', match[2]);
      if (oldest === null || months > oldest) oldest = months;
    }
  }
  return oldest;
}

/**
 * Whether a rate signal's phrase ("rr 38", "pulse 135", "48 breaths a minute") tells a rate under the red band for
 * a child of `ageInMonths`: read for the age, it is no red flag. A rate told past any child's band, a phrase with no
 * number, or an age at which the adult's threshold already holds is never under the band.
 */
export function isUnderTheBandForAge(signal: string, phrase: string, ageInMonths: number): boolean {
  const band = BANDS.get(signal)?.find(([belowMonths]) => ageInMonths < belowMonths);
  if (band === undefined) return false;
  const rate = /\d{2,3}/.exec(phrase);
  return rate !== null && Number(rate[0]) < band[1];
}

/** An adult named in a message: whose rates are the adult's, whatever child the message also tells of. */
const ADULT =
  /\b(?:husband|wife|partner|boyfriend|girlfriend|dad|daddy|father|mum|mummy|mom|mother|grand(?:ad|pa|ma|mother|father|dad|mum)|granny|nan|nana|uncle|aunt|auntie|man|woman|gentleman|lady|brother|sister|friend|neighbou?r|colleague|flatmate|housemate)\b/;
/** The child told in a sentence: a child's word or an age in days, weeks, months or years. */
const CHILD_TOLD = new RegExp(
  String.raw`\b(?:${CHILD_WORD}|\d{1,2}[- ](?:day|week|month|year)s?[- ]old|aged\s+\d{1,2}|\d{1,2}\s+(?:days?|weeks?|months?))\b`,
);

/**
 * A rate the writer tells as their own ("my pulse is 138", "I'm breathing 36 times a minute"): a child under five
 * does not write it, so it is the adult's whatever child the message tells of (review V25, 12:00: "Me and my 2 year
 * old both have flu. My pulse is 138" and a pregnant writer's own rates were read by the toddler's band).
 */
const THE_WRITERS_OWN_RATE =
  /\b(?:my\s+(?:heart\s+rate|pulse(?:\s+rate)?|breathing(?:\s+rate)?|resp(?:iratory)?\s+rate|rr|hr|resps?)|i(?:'m|\s+am)\s+breathing)\b/;

/**
 * Whether a rate told in `sentence` is the child's: where the message names no adult, a write-up about a child;
 * where it names one ("my husband ... our 2-year-old"), only a rate in a sentence that tells the child and no adult,
 * or in a sentence that tells no one, after the child was the last one told (`earlier`, the sentences before it):
 * "5-month-old girl, T 38.6; alert, feeding, RR 40. Mother asks about A&E." tells the girl's rate.
 */
export function rateIsToldOfTheChild(sentence: string, message: string, earlier: readonly string[] = []): boolean {
  if (THE_WRITERS_OWN_RATE.test(sentence)) return false;
  if (!ADULT.test(message)) return true;
  for (const told of [sentence, ...[...earlier].reverse()]) {
    const child = CHILD_TOLD.test(told);
    const adult = ADULT.test(told);
    if (child || adult) return child && !adult;
  }
  return false;
}

/** A rate as a write-up tells it, with its number: "RR 38", "HR: 150", "pulse 135", "resp rate of 44". */
const RATE_READING =
  /\b(rr|resp(?:iratory)?\s+rate|resps?|breathing\s+rate|hr|heart\s+rate|pulse(?:\s+rate)?)\s*(?:of\s+|is\s+|was\s+|at\s+|[:=]\s*)?(\d{2,3})\b(?:\s*(?:bpm|\/min|breaths?\s+(?:a|per)\s+min\w*))?/gi;

/**
 * The message without the rates told under the band for the age, as the wording model reads it once the rules set
 * them aside: the model learned "RR" and "HR" beside numbers as an emergency's words, and would add on them alone.
 */
export function withoutRatesUnderTheBand(text: string, ageInMonths: number): string {
  return text.replace(RATE_READING, (reading: string, name: string, rate: string) => {
    const signal = /^(?:rr|resp|breathing)/i.test(name) ? 'high_resp_rate' : 'tachycardia';
    return isUnderTheBandForAge(signal, rate, ageInMonths) ? '' : reading;
  });
}
