import type { DatePeriod } from './date-expressions.js';
import { CARDINAL, cardinalValue, ORDINAL, ordinalValue } from './number-words.js';
import { READING_CONTEXT } from './reading-words.js';
import { readSchoolAges } from './school-ages.js';

/** An age the question dates itself by: "the year I turned 40", "when she was 11", "at age 5". */
export interface AgeAnchor {
  age: number;
  /** The oldest age meant, when several are: "11 or 12", "about 40" (39 to 41), "in my twenties". */
  through?: number;
  /** Ages in months ("his 4 month shots", "at 18 months"), as babies' ages are given. */
  months?: true;
  /** Ages in weeks ("at 6 weeks old", "his 8 week jabs"), as the first visits are named. */
  weeks?: true;
  /** The calendar year of the birth ("the year he was born"), not the year of age after it. */
  birthYear?: true;
  /**
   * The age names a visit ("his 6 month shots", "her 15 month check", "his 11 yr checkup"): what
   * that visit gave is asked for, whatever else the question tells around it.
   */
  visit?: true;
  /** The words it was read from. */
  expression: string;
}

// An age in digits or words ("40", "eleven", "twenty-five"), perhaps approximate ("about 40",
// "40ish", "40 or so") or one of two ("11 or 12", "11-12", "11 to 12").
const ABOUT = `(?:(?<about>about|around|roughly|approximately|maybe)\\s+)?`;
const AGE = `${ABOUT}(?<age>${CARDINAL})(?:\\b|(?=ish\\b))(?:\\s*(?:or|to|-|–|through|and|going on)\\s*(?<through>${CARDINAL})\\b(?![./]\\d))?(?:(?<ish>-?ish)\\b|\\s+(?<orSo>or so)\\b)?`;
// A number is an age only when nothing after it makes it a dose, a reading or a count: "40 mg",
// "40 degrees", "5 shots", "140/90", "98.6", "6 months", "7:30", "5pm".
const NOT_A_MEASURE = `(?![\\d.,/:%°]\\d|[\\d/%°]|\\s*(?:[-\\s]?(?:months?|mos?|weeks?|wks?|days?|hours?|hrs?|minutes?|mins?|am|pm|o'?clock|mg|mcg|g|kg|lbs?|pounds?|ml|cc|units?|degrees?|deg|c|f|bpm|mmhg|percent|times?|doses?|shots?|pills?|tablets?|vaccines?|visits?|cigarettes?)\\b))`;
const YEARS_OLD = `(?:[-\\s]?(?:years?|yrs?|y/?o)(?:[-\\s]?old)?)?`;
// The patient, or a parent's child: "when my son was 5", never "when my temperature was 40".
const PERSON = `(?:son|daughter|kid|child|baby|boy|girl|toddler|husband|wife|partner|mom|mum|mother|dad|father|brother|sister|grandson|granddaughter)`;
const SUBJECT = `(?:i|he|she|we|they|you|(?:my|our|his|her) ${PERSON})`;

// "the year I turned 40", "when he turned five", "turning 50"; a birthday told as a milestone
// reached: "the autumn I hit fifty", "when she reached 60", "the year he got to 40".
const TURNED = new RegExp(
  `\\b(?:the year |when )?${SUBJECT} (?:turned|turn|was turning|turning|hit|reached|got to) ${AGE}${NOT_A_MEASURE}${YEARS_OLD}`,
);
// "when I was 40", "when she was 11 or 12 years old", "she was 4 going on 5 when ..." (past
// tense: "my son is 11" is today's age).
const WHEN_WAS = new RegExp(`\\b(?:when|while|back when) ${SUBJECT} (?:was|were) ${AGE}${NOT_A_MEASURE}${YEARS_OLD}`);
const WAS_THEN = new RegExp(
  `\\b${SUBJECT} (?:was|were) ${AGE}${NOT_A_MEASURE}${YEARS_OLD}(?=,?\\s+(?:when|and|at the time)\\b)`,
);
// "at age 5", "at the age of 5", "aged 5", "age 5", "as a 5-year-old", "between the ages of 11 and 12".
const NAMED_AGE = new RegExp(
  `\\b(?:(?:at |by |between )?(?:the )?ages?(?:d)?(?: of)?|as an? )\\s*${AGE}${NOT_A_MEASURE}${YEARS_OLD}`,
);
// "at 5 years old", "at 11 or 12 years old", "between 11 and 12 years old".
const AT_YEARS_OLD = new RegExp(`\\b(?:at|as an?|between) ${AGE}[-\\s](?:years?|yrs?)[-\\s]old\\b`);
// "his 11 yr checkup", "her 5-year-old visit", "my 40 year physical": the visit stays asked for.
const AGE_VISIT = new RegExp(
  `\\b(?<age>${CARDINAL})[-\\s]?(?:years?|yrs?)(?:[-\\s]old)?(?=[-\\s](?:check-?ups?|checks?|visits?|physicals?|well[-\\s]?(?:child|visit|check)\\w*|appointments?|appts?|shots?|vaccines?|vaccinations?|immuni[sz]ations?|jabs?|boosters?)\\b)`,
);
// A baby's age in months: "her 2 month shots", "his 18-month checkup", "the one month old baby
// check" (parents name the baby between the age and the visit; the shots stay asked for); not
// months counted from an event told after the visit ("the two month checkup after covid": the
// checkup two months after it, see event-anchors.ts).
const MONTHS = `[-\\s]?(?:months?|mos?|mths?)`;
const MONTH_VISIT = new RegExp(
  `\\b(?<age>${CARDINAL})${MONTHS}(?:[-\\s]old)?(?=[-\\s](?:(?:baby|infant|newborn)[-\\s])?(?:shots?|vaccines?|vaccinations?|immuni[sz]ations?|jabs?|check-?ups?|checks?|visits?|appointments?|appts?|physicals?|well[-\\s]?(?:child|baby|visit|check)\\w*)\\b(?!\\s+(?:after|before|following|prior to)\\b))`,
);
// "at 6 months", "when she was 9 months old", "as a 4-month-old"; not "at 2 months of treatment",
// "for 2 months", "6 months ago".
const MONTH_AGE = new RegExp(
  `\\b(?:at|when ${SUBJECT} (?:was|were)|aged?|as an?)\\s+${AGE}${MONTHS}(?:[-\\s]old)?\\b(?!\\s+(?:of|into|in|after|later|pregnant|ago|along|since|before|on|off)\\b)`,
);
// A small child's age in years and a half ("at a year and a half", "when he was two and a half",
// "aged 1.5", "when he was about a year and a half"): in months, as the visits at 18 and 30 months
// are given; the visit of that age is the one meant, however roughly it is told.
const HALF_YEARS = new RegExp(
  `\\b(?:at|when ${SUBJECT} (?:was|were)|aged?|as an?)\\s+(?:(?:about|around|roughly|approximately|maybe|nearly|almost)\\s+)?(?:(?<whole>a|one|${CARDINAL})(?:[-\\s](?:years?|yrs?))?(?:\\s+and|\\s*&)\\s+a\\s+half|(?<digits>\\d)\\.5)(?:[-\\s](?:years?|yrs?))?(?:[-\\s]old)?\\b`,
);
// A baby's age in weeks, as the first visits are named: "at 6 weeks old", "his 8 week jabs".
const WEEKS = `[-\\s]?(?:weeks?|wks?)`;
const WEEK_VISIT = new RegExp(MONTH_VISIT.source.replace(MONTHS, WEEKS));
const WEEK_AGE = new RegExp(MONTH_AGE.source.replace(MONTHS, WEEKS));
// "his first birthday shots", "at her 2nd birthday": the age then.
const BIRTHDAY = new RegExp(`\\b(?<ordinal>${ORDINAL})\\s+birthday\\b`);
// "in my twenties", "in her early 30s", "when he was in his late teens", "as a teenager".
const DECADE_WORDS: Record<string, number> = {
  teens: 13,
  twenties: 20,
  thirties: 30,
  forties: 40,
  fifties: 50,
  sixties: 60,
  seventies: 70,
  eighties: 80,
  nineties: 90,
};
const DECADE = new RegExp(
  `\\b(?:in|during|through|when ${SUBJECT} (?:was|were) in) (?:my|his|her|their|your|our) (?:(?<part>early|mid|late)[-\\s]?)?(?<decade>${Object.keys(DECADE_WORDS).join('|')}|[1-9]0'?s)\\b`,
);
// "as a toddler", "when he was a toddler"; "as a baby", "when she was an infant", "as a brand new
// baby" (in months).
const TODDLER = new RegExp(`\\b(?:as an? |when ${SUBJECT} (?:was|were) (?:just )?an? )(?:toddler|tot)\\b`);
const BABY = new RegExp(
  `\\b(?:as an? |when ${SUBJECT} (?:was|were) (?:just )?an? )(?:little |tiny |(?:brand[-\\s])?new[-\\s])?(?:baby|infant|newborn)\\b`,
);
const TEENAGER = new RegExp(
  `\\b(?:as an? |when ${SUBJECT} (?:was|were) an? )(?:teen|teenager|adolescent)\\b|\\b(?:teenage|teen) years\\b`,
);
// "the year he was born", "in the year my son was born": the calendar year of the birth.
const BIRTH_YEAR = new RegExp(`\\b(?:in )?the (?:same )?year ${SUBJECT} (?:was|were) born\\b`);
// "did I get a flu shot at 40?": a bare number after "at" only when nothing measured is near.
const BARE_AT = new RegExp(
  `\\bat (?<age>${CARDINAL})(?=\\s*(?:$|[,;?!]|\\.(?!\\d)|\\s(?:and|or|did|do|was|were|i|he|she|they|we|when|or so|too)\\b))`,
);

/**
 * The age the question dates itself by, or undefined (doses, counts and readings are not ages).
 * Read from the question alone, so the retriever knows whether to read the birth date at all.
 * Besides one age: two ("11 or 12"), an approximate one ("about 40": a year either side), a
 * decade of life ("in my twenties"), a school grade or stage ("in 5th grade", see
 * school-ages.ts) and a baby's age in months ("her 4 month shots") or weeks ("at 6 weeks old").
 */
export function readAgeAnchor(text: string): AgeAnchor | undefined {
  // Before whole years: "when he was two and a half" is not "when he was two".
  const halfYears = halfYearsOf(HALF_YEARS.exec(text));
  if (halfYears !== undefined) return halfYears;
  for (const pattern of [TURNED, WHEN_WAS, WAS_THEN, NAMED_AGE, AT_YEARS_OLD, AGE_VISIT]) {
    const anchor = anchorOf(pattern.exec(text), 120);
    if (anchor !== undefined) return pattern === AGE_VISIT ? { ...anchor, visit: true } : anchor;
  }
  for (const pattern of [MONTH_VISIT, MONTH_AGE]) {
    const anchor = anchorOf(pattern.exec(text), 36);
    if (anchor !== undefined) return { ...anchor, months: true, ...(pattern === MONTH_VISIT && { visit: true }) };
  }
  for (const pattern of [WEEK_VISIT, WEEK_AGE]) {
    const anchor = anchorOf(pattern.exec(text), 104);
    if (anchor !== undefined) return { ...anchor, weeks: true, ...(pattern === WEEK_VISIT && { visit: true }) };
  }
  const birthday = BIRTHDAY.exec(text);
  const birthdayAge = birthday?.groups === undefined ? undefined : ordinalValue(birthday.groups.ordinal);
  if (birthday !== null && birthdayAge !== undefined) return { age: birthdayAge, expression: birthday[0] };
  const decade = DECADE.exec(text);
  if (decade?.groups !== undefined) {
    const { part, decade: word } = decade.groups;
    const start = DECADE_WORDS[word] ?? Number(word.replace(/'?s$/, ''));
    const [first, last] = word === 'teens' ? [13, 19] : [start, start + 9];
    const [from, through] =
      part === 'early'
        ? [first, first + 3]
        : part === 'mid'
          ? [first + 2, first + 7]
          : part === 'late'
            ? [last - 3, last]
            : [first, last];
    return { age: from, through, expression: decade[0] };
  }
  const birthYear = BIRTH_YEAR.exec(text);
  if (birthYear !== null) return { age: 0, birthYear: true, expression: birthYear[0] };
  const toddler = TODDLER.exec(text);
  if (toddler !== null) return { age: 1, through: 3, expression: toddler[0] };
  const baby = BABY.exec(text);
  if (baby !== null) return { age: 1, through: 12, months: true, expression: baby[0] };
  const teenager = TEENAGER.exec(text);
  if (teenager !== null) return { age: 13, through: 19, expression: teenager[0] };
  const school = readSchoolAges(text);
  if (school !== undefined) return school;
  // A bare "at 40" beside a temperature, a weight or a dose is that reading, not the patient's age.
  if (READING_CONTEXT.test(text)) return undefined;
  return anchorOf(BARE_AT.exec(text), 120);
}

/** "A year and a half" is 18 months: an age in months, for the monthsPeriod around it. */
function halfYearsOf(match: RegExpExecArray | null): AgeAnchor | undefined {
  if (match?.groups === undefined) return undefined;
  const { whole, digits } = match.groups;
  const years = whole === 'a' || whole === 'one' ? 1 : cardinalValue(whole ?? digits ?? '');
  if (years === undefined || !Number.isInteger(years) || years < 1 || years > 5) return undefined;
  return { age: years * 12 + 6, months: true, expression: match[0] };
}

/** The age or ages a match names, within `oldest`; an approximate age is a year either side. */
function anchorOf(match: RegExpExecArray | null, oldest: number): AgeAnchor | undefined {
  if (match?.groups === undefined) return undefined;
  const { age: ageWord, through: throughWord, about, ish, orSo } = match.groups;
  const age = cardinalValue(ageWord);
  // Beyond any human age, "at 140" is a reading; 0 is "at birth", read elsewhere.
  if (age === undefined || !Number.isInteger(age) || age < 1 || age > oldest) return undefined;
  const through = throughWord === undefined ? undefined : cardinalValue(throughWord);
  const expression = match[0];
  if (through !== undefined && through > age && through - age <= 10 && through <= oldest)
    return { age, through, expression };
  if (about !== undefined || ish !== undefined || orSo !== undefined)
    return { age: Math.max(1, age - 1), through: age + 1, expression };
  return { age, expression };
}

/**
 * The period in which the patient was `age` (to `through`): from 1 January of the year they
 * turned it to the day before they turned the next. People count an age both by birthday and by
 * the calendar year ("the year I turned 40"; a vaccine given in 2014 to a child born in 2009 is
 * "at 5" though it fell a few weeks before the fifth birthday, as well-child visits do), so the
 * period holds both readings. A birth date known only to the month or year gives every day the
 * age can fall on: born in 1980, "at 40" is 2020 or 2021. Months of age: see monthsPeriod.
 */
export function agePeriod(anchor: AgeAnchor, birthDate: string): DatePeriod | undefined {
  const match = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(birthDate);
  if (!match) return undefined;
  const [, birthYear, month, dayOfMonth] = match;
  if (anchor.birthYear)
    return { from: `${birthYear}-01-01`, to: `${Number(birthYear) + 1}-01-01`, expression: anchor.expression };
  if (anchor.months) return monthsPeriod(anchor, Number(birthYear), month, dayOfMonth);
  if (anchor.weeks) return weeksPeriod(anchor, Number(birthYear), month, dayOfMonth);
  const year = Number(birthYear) + anchor.age;
  const last = Number(birthYear) + (anchor.through ?? anchor.age);
  const from = `${year}-01-01`;
  const { expression } = anchor;
  if (dayOfMonth !== undefined) return { from, to: birthday(last + 1, month, dayOfMonth), expression };
  if (month !== undefined) {
    const to = Number(month) === 12 ? `${last + 2}-01-01` : `${last + 1}-${pad(Number(month) + 1)}-01`;
    return { from, to, expression };
  }
  return { from, to: `${last + 2}-01-01`, expression };
}

/**
 * A baby's age in months, from a month before it to three months after: the "2 month shots" are
 * given at any time from about six weeks, often weeks late, never much early. A birth date
 * known only to the month or year widens it by that much.
 */
function monthsPeriod(
  anchor: AgeAnchor,
  birthYear: number,
  month: string | undefined,
  dayOfMonth: string | undefined,
): DatePeriod {
  const earliest = {
    month: month === undefined ? 1 : Number(month),
    day: dayOfMonth === undefined ? 1 : Number(dayOfMonth),
  };
  const latest = {
    month: month === undefined ? 12 : Number(month),
    day: dayOfMonth === undefined ? 28 : Number(dayOfMonth),
  };
  return {
    from: monthsAfter(birthYear, earliest.month, earliest.day, anchor.age - 1),
    to: monthsAfter(birthYear, latest.month, latest.day, (anchor.through ?? anchor.age) + 3),
    expression: anchor.expression,
  };
}

/** Weeks of a baby's age around the one named: a visit is rarely early, often weeks late. */
const WEEKS_EARLY = 3;
const WEEKS_LATE = 8;
const DAY_MS = 86_400_000;

/**
 * A baby's age in weeks, from three weeks before it to eight after: "his 6 week jabs" may be
 * given at five weeks or at ten, the "8 week" ones at fourteen. A birth date known only to the
 * month or year widens it by that much.
 */
function weeksPeriod(
  anchor: AgeAnchor,
  birthYear: number,
  month: string | undefined,
  dayOfMonth: string | undefined,
): DatePeriod {
  const earliest = Date.UTC(
    birthYear,
    month === undefined ? 0 : Number(month) - 1,
    dayOfMonth === undefined ? 1 : Number(dayOfMonth),
  );
  const latest =
    month === undefined
      ? Date.UTC(birthYear, 11, 31)
      : dayOfMonth === undefined
        ? Date.UTC(birthYear, Number(month), 0)
        : earliest;
  const day = (time: number, weeks: number) => new Date(time + weeks * 7 * DAY_MS).toISOString().slice(0, 10);
  return {
    from: day(earliest, Math.max(0, anchor.age - WEEKS_EARLY)),
    to: day(latest, (anchor.through ?? anchor.age) + WEEKS_LATE),
    expression: anchor.expression,
  };
}

/** The day `months` months after the given one, clamped to the end of a shorter month. */
function monthsAfter(year: number, month: number, dayOfMonth: number, months: number): string {
  const index = year * 12 + (month - 1) + months;
  const [y, m] = [Math.floor(index / 12), (index % 12) + 1];
  const lastDay = new Date(Date.UTC(y, m, 0)).getUTCDate();
  return `${y}-${pad(m)}-${pad(Math.min(dayOfMonth, lastDay))}`;
}

/** The birthday in `year`; 29 February falls on 1 March in other years. */
function birthday(year: number, month: string, dayOfMonth: string): string {
  const date = new Date(Date.UTC(year, Number(month) - 1, Number(dayOfMonth)));
  return `${date.getUTCFullYear()}-${pad(date.getUTCMonth() + 1)}-${pad(date.getUTCDate())}`;
}

function pad(value: number): string {
  return String(value).padStart(2, '0');
}
