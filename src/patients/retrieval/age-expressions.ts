import type { DatePeriod } from './date-expressions.js';

/** An age the question dates itself by: "the year I turned 40", "when she was 11", "at age 5". */
export interface AgeAnchor {
  age: number;
  /** The words it was read from. */
  expression: string;
}

const NUMBER_WORDS: Record<string, number> = {
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  sixty: 60,
  seventy: 70,
  eighty: 80,
  ninety: 90,
};
const AGE = `(\\d{1,3}|${Object.keys(NUMBER_WORDS).join('|')})`;
// A number is an age only when nothing after it makes it a dose, a reading or a count: "40 mg",
// "40 degrees", "5 shots", "140/90", "98.6", "6 months", "7:30", "5pm".
const NOT_A_MEASURE = `(?![\\d.,/:%°]\\d|[\\d/%°]|\\s*(?:[-\\s]?(?:months?|mos?|weeks?|wks?|days?|hours?|hrs?|minutes?|mins?|am|pm|o'?clock|mg|mcg|g|kg|lbs?|pounds?|ml|cc|units?|degrees?|deg|c|f|bpm|mmhg|percent|times?|doses?|shots?|pills?|tablets?|vaccines?|visits?|cigarettes?)\\b))`;
const YEARS_OLD = `(?:[-\\s]?(?:years?|yrs?|y/?o)(?:[-\\s]?old)?)?`;
// The patient, or a parent's child: "when my son was 5", never "when my temperature was 40".
const PERSON = `(?:son|daughter|kid|child|baby|boy|girl|toddler|husband|wife|partner|mom|mum|mother|dad|father|brother|sister|grandson|granddaughter)`;
const SUBJECT = `(?:i|he|she|we|they|you|(?:my|our|his|her) ${PERSON})`;

// "the year I turned 40", "when he turned five", "turning 50".
const TURNED = new RegExp(
  `\\b(?:the year |when )?${SUBJECT} (?:turned|turn|was turning|turning) ${AGE}\\b${NOT_A_MEASURE}${YEARS_OLD}`,
);
// "when I was 40", "when she was 11 years old" (past tense: "my son is 11" is today's age).
const WHEN_WAS = new RegExp(
  `\\b(?:when|while|back when) ${SUBJECT} (?:was|were) ${AGE}\\b${NOT_A_MEASURE}${YEARS_OLD}`,
);
// "at age 5", "at the age of 5", "aged 5", "age 5", "as a 5-year-old", "at 5 years old".
const NAMED_AGE = new RegExp(
  `\\b(?:(?:at |by )?(?:the )?age(?:d)?(?: of)?|as an? )\\s*${AGE}\\b${NOT_A_MEASURE}${YEARS_OLD}|\\b(?:at|as an?) ${AGE}[-\\s](?:years?|yrs?)[-\\s]old\\b`,
);
// "his 11 yr checkup", "her 5-year-old visit", "my 40 year physical".
const AGE_VISIT = new RegExp(
  `\\b${AGE}[-\\s]?(?:years?|yrs?)(?:[-\\s]old)?[-\\s](?:check-?ups?|visits?|physicals?|well[-\\s]?(?:child|visit|check)\\w*|appointments?)\\b`,
);
// "did I get a flu shot at 40?": a bare number after "at" only when nothing measured is near.
const BARE_AT = new RegExp(
  `\\bat ${AGE}(?=\\s*(?:$|[,;?!]|\\.(?!\\d)|\\s(?:and|or|did|do|was|were|i|he|she|they|we|when|or so|too)\\b))`,
);
// Words that make "at 40" a reading: "a fever at 40", "my temperature stayed at 39", "dose at 5".
const READING_CONTEXT =
  /\b(temp\w*|fever\w*|degrees?|pressure|pulse|heart ?rate|rate|weigh\w*|bmi|sugar|glucose|level|count|score|dose|dosage|saturation|sats?|oxygen|o2|reading|bpm|mg|number|times?|minutes?|hours?|pm|am|o'?clock)\b/;

/**
 * The age the question dates itself by, or undefined (doses, counts and readings are not ages).
 * Read from the question alone, so the retriever knows whether to read the birth date at all.
 */
export function readAgeAnchor(text: string): AgeAnchor | undefined {
  for (const pattern of [TURNED, WHEN_WAS, NAMED_AGE, AGE_VISIT]) {
    const match = pattern.exec(text);
    const age = ageOf(match?.[1] ?? match?.[2]);
    if (match !== null && age !== undefined) return { age, expression: match[0] };
  }
  const bare = BARE_AT.exec(text);
  // A bare "at 40" beside a temperature, a weight or a dose is that reading, not the patient's age.
  if (bare === null || READING_CONTEXT.test(text)) return undefined;
  const age = ageOf(bare[1]);
  return age === undefined ? undefined : { age, expression: bare[0] };
}

/**
 * The period in which the patient was `age`: from 1 January of the year they turned it to the
 * day before they turned the next. People count an age both by birthday and by the calendar
 * year ("the year I turned 40"; a vaccine given in 2014 to a child born in 2009 is "at 5" though
 * it fell a few weeks before the fifth birthday, as well-child visits do), so the period holds
 * both readings. A birth date known only to the month or year gives every day the age can
 * fall on: born in 1980, "at 40" is 2020 or 2021.
 */
export function agePeriod(anchor: AgeAnchor, birthDate: string): DatePeriod | undefined {
  const match = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(birthDate);
  if (!match) return undefined;
  const [, birthYear, month, dayOfMonth] = match;
  const year = Number(birthYear) + anchor.age;
  const from = `${year}-01-01`;
  const { expression } = anchor;
  if (dayOfMonth !== undefined) return { from, to: birthday(year + 1, month, dayOfMonth), expression };
  if (month !== undefined) {
    const to = Number(month) === 12 ? `${year + 2}-01-01` : `${year + 1}-${pad(Number(month) + 1)}-01`;
    return { from, to, expression };
  }
  return { from, to: `${year + 2}-01-01`, expression };
}

function ageOf(word: string | undefined): number | undefined {
  if (word === undefined) return undefined;
  const age = NUMBER_WORDS[word] ?? Number(word);
  // Beyond any human age, "at 140" is a reading; 0 is "at birth", read elsewhere.
  return Number.isInteger(age) && age >= 1 && age <= 120 ? age : undefined;
}

/** The birthday in `year`; 29 February falls on 1 March in other years. */
function birthday(year: number, month: string, dayOfMonth: string): string {
  const date = new Date(Date.UTC(year, Number(month) - 1, Number(dayOfMonth)));
  return `${date.getUTCFullYear()}-${pad(date.getUTCMonth() + 1)}-${pad(date.getUTCDate())}`;
}

function pad(value: number): string {
  return String(value).padStart(2, '0');
}
