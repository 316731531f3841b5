/**
 * A holiday named without its year as a date ("the checkup just after christmas", "her shots
 * before thanksgiving", "over new year"): the weeks around it, or the four weeks after or before
 * it when the question says so, in the latest year whose span had begun by `today` (like a season
 * without its year, see season-expressions.ts). Fixed-date holidays and the usual weeks of the
 * moving ones (US Thanksgiving, Easter); a holiday named as a thing ("a christmas present") is no date.
 */
interface Holiday {
  words: string;
  month: number;
  day: number;
  /** Days either side of `day` the holiday itself may mean (a moving holiday's range). */
  spread: number;
}

const HOLIDAYS: readonly Holiday[] = [
  { words: 'christmas|xmas|christmastime', month: 12, day: 25, spread: 7 },
  { words: "new year'?s?(?:\\s+(?:day|eve))?", month: 1, day: 1, spread: 4 },
  { words: 'thanksgiving', month: 11, day: 25, spread: 4 },
  { words: 'halloween', month: 10, day: 31, spread: 3 },
  { words: 'easter', month: 4, day: 8, spread: 17 },
  { words: "valentine'?s?(?:\\s+day)?", month: 2, day: 14, spread: 2 },
  { words: '(?:the\\s+)?(?:4th|fourth)\\s+of\\s+july|independence\\s+day', month: 7, day: 4, spread: 3 },
];

const AROUND_DAYS = 7;
const SIDE_DAYS = 28;
const DAY_MS = 86_400_000;

const SIDE = '(?:(?:just|right|shortly|soon|a\\s+(?:week|few\\s+days|couple\\s+of\\s+weeks))\\s+)?(after|before)';
const AT = 'at|over|around|during|on|near|by|for';

const PATTERNS = HOLIDAYS.map((holiday) => ({
  holiday,
  pattern: new RegExp(
    `\\b(?:${SIDE}|${AT})\\s+(?:the\\s+)?(?:${holiday.words})\\b(?!\\s+(?:present|gift|tree|card|party|dinner|lights|jumper|sweater|movie|song|break\\s+\\d))`,
  ),
}));

export interface HolidaySpan {
  from: string;
  to: string;
  expression: string;
}

export function holidayWithoutYear(
  text: string,
  today: { year: number; month: number; day: number },
): HolidaySpan | undefined {
  for (const { holiday, pattern } of PATTERNS) {
    const match = pattern.exec(text);
    if (match === null) continue;
    const side = match[1] as 'after' | 'before' | undefined;
    const [startOffset, endOffset] =
      side === 'after'
        ? [-holiday.spread, holiday.spread + SIDE_DAYS]
        : side === 'before'
          ? [-holiday.spread - SIDE_DAYS, holiday.spread + 1]
          : [-holiday.spread - AROUND_DAYS, holiday.spread + AROUND_DAYS + 1];
    const todayMs = Date.UTC(today.year, today.month - 1, today.day);
    const startIn = (year: number) => Date.UTC(year, holiday.month - 1, holiday.day) + startOffset * DAY_MS;
    const year = startIn(today.year) <= todayMs ? today.year : today.year - 1;
    const centre = Date.UTC(year, holiday.month - 1, holiday.day);
    return {
      from: isoDay(centre + startOffset * DAY_MS),
      to: isoDay(centre + endOffset * DAY_MS),
      expression: match[0],
    };
  }
  return undefined;
}

function isoDay(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}
