import type { DayRange } from '../patient-record.repository.js';
import { calendarDecade } from './calendar-decades.js';
import { CARDINAL, cardinalValue } from './number-words.js';
import { holidayWithoutYear } from './holiday-expressions.js';
import { seasonWithoutYear, seasonWithYear } from './season-expressions.js';

/** A period the question names, as record days: `from` included, `to` excluded. */
export interface DatePeriod extends DayRange {
  /** The words it was read from, e.g. "March 2020", "last year". */
  expression: string;
  /**
   * A month or season named without its year ("in March", "in the winter"): the latest such
   * month or season up to the clock given.
   */
  yearless?: true;
  /**
   * Read from something other than a date (an age, a school year, a month or season without its
   * year, another record): a reading of what the patient meant, which retrieval drops when nothing
   * the question names falls within it.
   */
  approximate?: true;
  /**
   * Read from an age that names a visit ("his 6 month shots", "her 15 month check"): the visit is
   * what is named, so the kind of record asked for within it answers, though the question's story
   * words ("the daycare form", "home health aide") are in none of its records.
   */
  ageVisit?: true;
}

const MONTHS = [
  ['january', 'jan'],
  ['february', 'feb'],
  ['march', 'mar'],
  ['april', 'apr'],
  ['may'],
  ['june', 'jun'],
  ['july', 'jul'],
  ['august', 'aug'],
  ['september', 'sept', 'sep'],
  ['october', 'oct'],
  ['november', 'nov'],
  ['december', 'dec'],
] as const;
const MONTH_NAME = MONTHS.flat().join('|');
// Any month's name, in a group that captures nothing.
const ANY_MONTH = `(?:${MONTH_NAME})`;
// A day of the month as people write it beside the month: "2", "2nd", "21st", "the 3rd".
const DAY_OF_MONTH = '(?:[12]\\d|3[01]|0?[1-9])(?:st|nd|rd|th)?\\b';
const YEAR = '(?:19|20)\\d{2}';
// Counts of "a year ago", "a few months ago", "several weeks" beside the shared cardinals.
const COUNT_WORDS: Record<string, number> = { a: 1, an: 1, few: 3, several: 3 };
const COUNT = `(${CARDINAL}|${Object.keys(COUNT_WORDS).join('|')})`;

/**
 * Reads the period a record question is about, relative to `now` (UTC calendar):
 * "in 2020", "March 2020", "2020-03", "in March" (the latest March up to now), "between 2015 and
 * 2018", "since 2018", "before 2015", "last year" (the previous calendar year), "this year",
 * "last month", "in the last 2 years" / "past 6 months" / "last week" (rolling, up to today),
 * "the 2000s" or "the late 90s" (see calendar-decades.ts),
 * "3 years ago", "yesterday", "today", "the spring of 2020" or "in the winter" (see
 * season-expressions.ts). Several explicit years or months give the span from the
 * first to the last. Undefined when the question names no period: "my last visit" asks for
 * the most recent one, which is ranking, not a filter.
 */
export function parseDatePeriod(question: string, now: Date): DatePeriod | undefined {
  const text = question.toLowerCase();
  const today = utcDay(now);
  return (
    // A season is placed by the weather, not the calendar.
    approximate(seasonWithYear(text)) ??
    explicitSpan(text) ??
    calendarDecade(text) ??
    openEnded(text, today) ??
    // Read against today's clock, which a record that ended years ago may not reach ("when was my
    // last lockjaw booster? I cut my hand today"): a reading, dropped when nothing falls within it.
    approximate(rolling(text, today)) ??
    approximate(calendarRelative(text, today)) ??
    monthWithoutYear(text, today) ??
    yearlessSeason(text, today) ??
    yearlessHoliday(text, today)
  );
}

// ---- explicit years and months ---------------------------------------------------------------

function explicitSpan(text: string): DatePeriod | undefined {
  const between = new RegExp(`\\b(?:between|from)\\s+(${YEAR})\\s+(?:and|to|until|till|-)\\s+(${YEAR})\\b`).exec(text);
  if (between) {
    const [first, last] = [Number(between[1]), Number(between[2])].sort((a, b) => a - b);
    return { from: day(first, 1), to: day(last + 1, 1), expression: between[0] };
  }
  const periods: DatePeriod[] = [];
  const isoDay = new RegExp(`\\b(${YEAR})-(0[1-9]|1[0-2])-(0[1-9]|[12]\\d|3[01])\\b`, 'g');
  // "march 2020", "march 2nd, 2020", "march the 2nd 2020": the month (a day remembered is often off).
  const monthYear = new RegExp(
    `\\b(${MONTH_NAME})\\.?(?:\\s+(?:the\\s+)?${DAY_OF_MONTH})?(?:\\s+of)?,?\\s+(${YEAR})\\b`,
    'g',
  );
  const isoMonth = new RegExp(`\\b(${YEAR})-(0[1-9]|1[0-2])\\b(?!-\\d)`, 'g');
  const slashMonth = new RegExp(`\\b(0?[1-9]|1[0-2])/(${YEAR})\\b`, 'g');
  let covered = text;
  // "3/7/2020" is 7 March (US) or 3 July (elsewhere): the span from one reading to the other, or
  // the one day when only one reading is a date; never "7/2020".
  for (const match of text.matchAll(new RegExp(`\\b(\\d{1,2})/(\\d{1,2})/(${YEAR})\\b`, 'g'))) {
    const [first, second, year] = [Number(match[1]), Number(match[2]), Number(match[3])];
    const days = [
      [first, second],
      [second, first],
    ]
      .filter(([month, dayOfMonth]) => month >= 1 && month <= 12 && dayOfMonth >= 1 && dayOfMonth <= 31)
      .map(([month, dayOfMonth]) => ({ year, month, day: dayOfMonth }))
      .sort((left, right) => left.month - right.month || left.day - right.day);
    if (days.length === 0) continue;
    periods.push({ from: dayOf(days[0]), to: addDays(days.at(-1)!, 1), expression: match[0] });
    covered = covered.replace(match[0], ' ');
  }
  for (const match of covered.matchAll(isoDay)) {
    const [year, month, dayOfMonth] = [Number(match[1]), Number(match[2]), Number(match[3])];
    periods.push({
      from: day(year, month, dayOfMonth),
      to: addDays({ year, month, day: dayOfMonth }, 1),
      expression: match[0],
    });
    covered = covered.replace(match[0], ' ');
  }
  for (const match of covered.matchAll(monthYear)) {
    periods.push(monthPeriod(Number(match[2]), monthNumber(match[1]), match[0]));
    covered = covered.replace(match[0], ' ');
  }
  for (const match of covered.matchAll(isoMonth)) {
    periods.push(monthPeriod(Number(match[1]), Number(match[2]), match[0]));
    covered = covered.replace(match[0], ' ');
  }
  for (const match of covered.matchAll(slashMonth)) {
    periods.push(monthPeriod(Number(match[2]), Number(match[1]), match[0]));
    covered = covered.replace(match[0], ' ');
  }
  // "since 2018" and "before 2015" are open-ended, read below; any other year is that year.
  for (const match of covered.matchAll(
    new RegExp(`(?<!\\b(?:since|before|after|until|till)\\s+)\\b(${YEAR})\\b`, 'g'),
  )) {
    const year = Number(match[1]);
    periods.push({ from: day(year, 1), to: day(year + 1, 1), expression: match[0] });
  }
  if (periods.length === 0) return undefined;
  if (periods.length === 1) return periods[0];
  const from = periods.map((period) => period.from).sort()[0];
  const to = periods
    .map((period) => period.to)
    .sort()
    .at(-1)!;
  return { from, to, expression: periods.map((period) => period.expression).join(', ') };
}

function openEnded(text: string, today: DayParts): DatePeriod | undefined {
  const match = new RegExp(`\\b(since|after|before|until|till)\\s+(${YEAR})\\b`).exec(text);
  if (!match) return undefined;
  const year = Number(match[2]);
  const tomorrow = addDays(today, 1);
  switch (match[1]) {
    case 'since':
      return { from: day(year, 1), to: tomorrow, expression: match[0] };
    case 'after':
      return { from: day(year + 1, 1), to: tomorrow, expression: match[0] };
    default:
      return { from: '0000-01-01', to: day(year, 1), expression: match[0] };
  }
}

// ---- relative to now ---------------------------------------------------------------------

function rolling(text: string, today: DayParts): DatePeriod | undefined {
  const match = new RegExp(
    `\\b(?:(?:in|over|during|within|for)\\s+)?(the\\s+)?(last|past|previous)\\s+(?:${COUNT}\\s+)?(years?|months?|weeks?|days?)\\b`,
  ).exec(text);
  if (!match) return undefined;
  const [expression, article, word, countWord, unitWord] = match;
  const unit = unitWord.replace(/s$/, '');
  // "last year" / "last month" without "the" or a count is the previous calendar period.
  if (article === undefined && countWord === undefined && word !== 'past' && (unit === 'year' || unit === 'month'))
    return undefined;
  const count = countWord === undefined ? 1 : (cardinalValue(countWord, COUNT_WORDS) ?? 1);
  const from =
    unit === 'year'
      ? shiftMonths(today, -12 * count)
      : unit === 'month'
        ? shiftMonths(today, -count)
        : addDays(today, -(unit === 'week' ? 7 * count : count));
  return { from, to: addDays(today, 1), expression: expression.trim() };
}

function calendarRelative(text: string, today: DayParts): DatePeriod | undefined {
  const ago = new RegExp(`\\b${COUNT}\\s+(years?|months?)\\s+ago\\b`).exec(text);
  if (ago) {
    const count = cardinalValue(ago[1], COUNT_WORDS) ?? 1;
    if (ago[2].startsWith('year')) return yearPeriod(today.year - count, ago[0]);
    const month = shiftMonth(today.year, today.month, -count);
    return monthPeriod(month.year, month.month, ago[0]);
  }
  const relative = /\b(last|this|previous|current)\s+(year|month)\b/.exec(text);
  if (relative) {
    const back = relative[1] === 'last' || relative[1] === 'previous' ? 1 : 0;
    if (relative[2] === 'year') return yearPeriod(today.year - back, relative[0]);
    const month = shiftMonth(today.year, today.month, -back);
    return monthPeriod(month.year, month.month, relative[0]);
  }
  if (/\byesterday\b/.test(text)) return { from: addDays(today, -1), to: dayOf(today), expression: 'yesterday' };
  if (/\btoday\b/.test(text)) return { from: dayOf(today), to: addDays(today, 1), expression: 'today' };
  return undefined;
}

/** "in March" means the latest March up to now; "may" alone is a verb, so a preposition is required. */
function monthWithoutYear(text: string, today: DayParts): DatePeriod | undefined {
  const match =
    new RegExp(`\\b(?:in|during|of|since|last)\\s+(${MONTH_NAME})\\b`).exec(text) ??
    // A day of the month names the month too: "2nd march", "the 3rd of march", "march 2nd",
    // "march the 2nd"; "may" only with an ordinal ("may 2nd"), as "may 2" may be the verb.
    new RegExp(
      `\\b${DAY_OF_MONTH}\\s+(?:of\\s+)?((?!may\\b)${ANY_MONTH}|(?<=\\d(?:st|nd|rd|th)\\s+(?:of\\s+)?)may)\\b`,
    ).exec(text) ??
    new RegExp(
      `\\b((?!may\\b)${ANY_MONTH}|may(?=\\s+(?:the\\s+)?\\d{1,2}(?:st|nd|rd|th)\\b))\\s+(?:the\\s+)?${DAY_OF_MONTH}(?![\\d/:.])`,
    ).exec(text);
  if (!match) return undefined;
  const month = monthNumber(match[1]);
  const year = month <= today.month ? today.year : today.year - 1;
  return { ...monthPeriod(year, month, match[0]), yearless: true, approximate: true };
}

/** A period that is a reading of what was meant (see DatePeriod.approximate). */
function approximate(period: DatePeriod | undefined): DatePeriod | undefined {
  return period && { ...period, approximate: true };
}

function yearlessSeason(text: string, today: DayParts): DatePeriod | undefined {
  const season = seasonWithoutYear(text, today);
  return season && { ...season, yearless: true, approximate: true };
}

function yearlessHoliday(text: string, today: DayParts): DatePeriod | undefined {
  const holiday = holidayWithoutYear(text, today);
  return holiday && { ...holiday, yearless: true, approximate: true };
}

// ---- calendar arithmetic on UTC days ------------------------------------------------------

interface DayParts {
  year: number;
  month: number;
  day: number;
}

function utcDay(now: Date): DayParts {
  return { year: now.getUTCFullYear(), month: now.getUTCMonth() + 1, day: now.getUTCDate() };
}

function monthNumber(name: string): number {
  return MONTHS.findIndex((names) => (names as readonly string[]).includes(name)) + 1;
}

function day(year: number, month: number, dayOfMonth = 1): string {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(dayOfMonth).padStart(2, '0')}`;
}

function dayOf(parts: DayParts): string {
  return day(parts.year, parts.month, parts.day);
}

function addDays(parts: DayParts, days: number): string {
  const date = new Date(Date.UTC(parts.year, parts.month - 1, parts.day + days));
  return day(date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate());
}

function shiftMonth(year: number, month: number, delta: number): { year: number; month: number } {
  const index = year * 12 + (month - 1) + delta;
  return { year: Math.floor(index / 12), month: (index % 12) + 1 };
}

/** The same day `delta` months away, clamped to the end of a shorter month. */
function shiftMonths(parts: DayParts, delta: number): string {
  const { year, month } = shiftMonth(parts.year, parts.month, delta);
  const lastDay = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return day(year, month, Math.min(parts.day, lastDay));
}

function monthPeriod(year: number, month: number, expression: string): DatePeriod {
  const next = shiftMonth(year, month, 1);
  return { from: day(year, month), to: day(next.year, next.month), expression };
}

function yearPeriod(year: number, expression: string): DatePeriod {
  return { from: day(year, 1), to: day(year + 1, 1), expression };
}

/** Both periods' days: the earlier start to the later end. */
export function hull(left: DayRange, right: DayRange): DayRange {
  return { from: left.from < right.from ? left.from : right.from, to: left.to > right.to ? left.to : right.to };
}

// ---- a period shifted by a unit before or after it ----------------------------------------

/** A unit of time counted before or after another period: "the month after", "the day before". */
export interface PeriodOffset {
  /** "any": no unit told ("his checkup before that one"), all the time on that side of it. */
  unit: 'day' | 'week' | 'month' | 'year' | 'any';
  direction: 'before' | 'after';
  /** The words it was read from, e.g. "the month after". */
  expression: string;
  /**
   * How many units the period asked before is moved by, whole ("six months later", "the next
   * year's one": its time of year a year on), rather than the one unit beside it.
   */
  moved?: number;
}

const OFFSET = /\b(?:the|a|one)\s+(day|week|month|year)\s+(before|after)\b/;
// What may stand between the offset and the period it shifts: nothing, or a clause of the
// patient's own ("the month after she was sick in march"), not another occasion ("the week
// before christmas 2019" is no week before the year).
const OFFSET_CLAUSE = '(?:\\s+(?:i|he|she|we|they)(?:\\s+[a-z]+){1,3}?)?';
// The period's start or end told as such: "the day before march 2020 began" is a day before its start.
const BOUNDARY = /^\s+(?:began|begun|started|starts|begins|ended|ends|finished|was over)\b/;

/**
 * The period a question names, shifted by the unit it is counted from ("the month after she was
 * sick in march": the April after that March; "the day before march 2020 began": 29 February
 * 2020): the unit just after the period's end or just before its start, a reading
 * (`approximate`), so retrieval drops it when nothing asked falls within it. Unchanged when no
 * offset leads to the period's own words, or when the unit is shorter than the period and no
 * start or end is named ("the week after 2019" says no week).
 */
export function shiftedPeriod(text: string, period: DatePeriod): DatePeriod {
  const offset = OFFSET.exec(text);
  if (!offset) return period;
  const at = text.indexOf(period.expression, offset.index + offset[0].length);
  if (at < 0) return period;
  const between = text.slice(offset.index + offset[0].length, at);
  if (!new RegExp(`^${OFFSET_CLAUSE}\\s+(?:(?:in|of|on|during)\\s+)?$`).test(between)) return period;
  const boundary = BOUNDARY.exec(text.slice(at + period.expression.length));
  const unit = offset[1] as Exclude<PeriodOffset['unit'], 'any'>;
  const direction = offset[2] as PeriodOffset['direction'];
  if (!boundary && unitDays(unit) < daysBetween(period.from, period.to)) return period;
  const atEnd = boundary ? /ended|ends|finished|over/.test(boundary[0]) : direction === 'after';
  const expression = text.slice(offset.index, at + period.expression.length + (boundary?.[0].length ?? 0));
  return { ...period, ...shifted(atEnd ? period.to : period.from, unit, direction), expression, approximate: true };
}

/** A unit counted on from what was asked before, with nothing to count it from said: "a month later". */
const LATER = /\b(?:a|one)\s+(day|week|month|year)\s+(later|earlier)\b/;
/**
 * The one before or after what was asked before, no unit told: "his checkup before that one", "and
 * the one before?", "the time after that", "and the one prior to that" ("prior to" is "before").
 * Not "what happened after that", which names no one.
 */
const ONE_BESIDE =
  /\b(?:(before|after|prior to)\s+(?:that|this)\s+one|the (?:one|time) (before|after|prior to)(?:\s+(?:that|this))?)\b/;

/**
 * The period asked before moved whole: by a count of units ("six months later", "two years after
 * that", "3 weeks before then"), or by one, its time of year a year on or back ("the next year's
 * one", "the following year's", "the previous year's checkup").
 */
const MOVED_BY = new RegExp(
  `\\b(?:(?<count>${CARDINAL})\\s+(?<unit>day|week|month|year)s?\\s+(?<direction>later|earlier|after|before)(?:\\s+(?:that|this|then|it))?|the\\s+(?<side>following|next|previous|preceding|prior)\\s+(?<oneUnit>day|week|month|year)(?:'s|s'|s)?)\\b`,
);

/** The period asked before moved whole (see MOVED_BY); a count of one is the unit beside it ("one year later"). */
function movedBy(text: string): PeriodOffset | undefined {
  const match = MOVED_BY.exec(text);
  const groups = match?.groups;
  if (match === null || groups === undefined) return undefined;
  const count = groups.count === undefined ? 1 : cardinalValue(groups.count);
  if (count === undefined || (groups.count !== undefined && count < 2)) return undefined;
  const direction = groups.direction ?? groups.side!;
  return {
    unit: (groups.unit ?? groups.oneUnit) as Exclude<PeriodOffset['unit'], 'any'>,
    direction: /^(?:after|later|following|next)$/.test(direction) ? 'after' : 'before',
    expression: match[0],
    moved: count,
  };
}

/**
 * "the year after that", "a month before this one", "the one a month later", "a week earlier": an
 * offset counted from the period asked before.
 */
export function offsetFromBefore(text: string): PeriodOffset | undefined {
  const moved = movedBy(text);
  if (moved !== undefined) return moved;
  const match =
    new RegExp(`${OFFSET.source}\\s+(?:that|this|then|it)\\b(?:\\s+(?:one|time|visit|appointment))?`).exec(text) ??
    LATER.exec(text);
  if (!match) {
    const beside = ONE_BESIDE.exec(text);
    if (!beside) return undefined;
    const side = beside[1] ?? beside[2];
    return { unit: 'any', direction: side === 'after' ? 'after' : 'before', expression: beside[0] };
  }
  return {
    unit: match[1] as PeriodOffset['unit'],
    direction:
      match[2] === 'later' ? 'after' : match[2] === 'earlier' ? 'before' : (match[2] as PeriodOffset['direction']),
    expression: match[0],
  };
}

/**
 * The period the message before asked about, shifted by an offset counted from it: the unit
 * after its end or before its start (the same reading as shiftedPeriod), or the period itself
 * when the unit is shorter than it.
 */
export function shiftedBy(period: DatePeriod, offset: PeriodOffset): DatePeriod {
  if (offset.unit === 'any') {
    const side =
      offset.direction === 'after' ? { from: period.to, to: '9999-12-31' } : { from: '0000-01-01', to: period.from };
    return { ...side, expression: offset.expression, approximate: true };
  }
  if (offset.moved !== undefined) {
    const months = offset.unit === 'year' ? 12 * offset.moved : offset.unit === 'month' ? offset.moved : 0;
    const days = offset.unit === 'week' ? 7 * offset.moved : offset.unit === 'day' ? offset.moved : 0;
    const sign = offset.direction === 'after' ? 1 : -1;
    const move = (edge: string) =>
      months > 0 ? shiftMonths(partsOf(edge), sign * months) : addDays(partsOf(edge), sign * days);
    return { from: move(period.from), to: move(period.to), expression: offset.expression, approximate: true };
  }
  if (unitDays(offset.unit) < daysBetween(period.from, period.to)) return period;
  const edge = offset.direction === 'after' ? period.to : period.from;
  return { ...shifted(edge, offset.unit, offset.direction), expression: offset.expression, approximate: true };
}

/** The unit before or after a day (`from` included, `to` excluded). */
function shifted(edge: string, unit: Exclude<PeriodOffset['unit'], 'any'>, direction: PeriodOffset['direction']) {
  const parts = partsOf(edge);
  const moved =
    unit === 'day' || unit === 'week'
      ? addDays(parts, (unit === 'day' ? 1 : 7) * (direction === 'after' ? 1 : -1))
      : shiftMonths(parts, (unit === 'year' ? 12 : 1) * (direction === 'after' ? 1 : -1));
  return direction === 'after' ? { from: edge, to: moved } : { from: moved, to: edge };
}

function partsOf(isoDay: string): DayParts {
  const [year, month, dayOfMonth] = isoDay.split('-').map(Number);
  return { year: year!, month: month!, day: dayOfMonth! };
}

/** Calendar days from one day to another. */
function daysBetween(from: string, to: string): number {
  return (Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000;
}

/** The longest a unit runs, so a unit is never read as shorter than a period it covers. */
function unitDays(unit: Exclude<PeriodOffset['unit'], 'any'>): number {
  return { day: 1, week: 7, month: 31, year: 366 }[unit];
}
