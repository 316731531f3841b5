/** A season a question names, as record days (`from` included, `to` excluded). */
export interface SeasonSpan {
  from: string;
  to: string;
  expression: string;
}

type Season = 'spring' | 'summer' | 'fall' | 'winter';

// "fall" only after a word that makes it the season: "did she fall in 2019" is no autumn.
const SEASON_WORD =
  '(spring|springtime|summer|summertime|autumn|winter|wintertime|(?<=\\b(?:the|in|during|that|this|over|by|early|late|mid)\\s+)fall)';
const YEAR = '((?:19|20)\\d{2})';

/**
 * The months each season covers (northern hemisphere), generously: people place a season by the
 * weather, and the period is a filter, so an early-March visit is in "the spring" and in "the
 * winter" alike. `start` is the first month, `months` how many; each is widened by half a month
 * either side (a visit on 29 February is still "in the spring of 2020" to someone).
 */
const SEASONS: Record<Season, { start: number; months: number }> = {
  spring: { start: 3, months: 4 }, // March to June
  summer: { start: 6, months: 4 }, // June to September
  fall: { start: 9, months: 4 }, // September to December
  winter: { start: 12, months: 4 }, // December to March
};

/**
 * "the spring of 2020", "winter 2019", "summer '18" is not read (a two-digit year is too often
 * something else). A winter spans two years, and "winter 2019" is said of January 2019 and of
 * December 2019 alike, so a winter with its year runs from the December before to the March
 * after (sixteen months).
 */
export function seasonWithYear(text: string): SeasonSpan | undefined {
  const match =
    new RegExp(`\\b${SEASON_WORD}(?:\\s+(?:of|in))?,?\\s+${YEAR}\\b`).exec(text) ??
    new RegExp(`\\b${YEAR}\\s+${SEASON_WORD}\\b`).exec(text);
  if (!match) return undefined;
  const [word, year] = /^\d/.test(match[1]) ? [match[2], Number(match[1])] : [match[1], Number(match[2])];
  const season = seasonOf(word);
  if (season === 'winter') return widened(year - 1, 12, 16, match[0]);
  const { start, months } = SEASONS[season];
  return widened(year, start, months, match[0]);
}

/**
 * "in the spring", "during the winter", "that summer": the latest such season begun by `today`.
 * Not "the winter I had covid" nor "in the fall prior to the pandemic" (the event dates it), nor
 * "last winter" (today's clock, which questions about a record that ended years ago do not mean).
 */
export function seasonWithoutYear(text: string, today: { year: number; month: number }): SeasonSpan | undefined {
  const match = new RegExp(
    `\\b(?:(?:in|during|over|through)\\s+(?:the\\s+)?|that\\s+)${SEASON_WORD}\\b(?!\\s+(?:i|he|she|we|they|my|his|her|when|that|after|before|of|prior|following|until)\\b)`,
  ).exec(text);
  if (!match) return undefined;
  const { start, months } = SEASONS[seasonOf(match[1])];
  // The season's start in the year of `today`, or the year before when it has not begun yet.
  const year = start <= today.month ? today.year : today.year - 1;
  return widened(year, start, months, match[0]);
}

function seasonOf(word: string): Season {
  const season = word.replace(/time$/, '');
  return season === 'autumn' ? 'fall' : (season as Season);
}

/** `months` months from the start of `month`, from the 15th of the month before to the 16th of the one after. */
function widened(year: number, month: number, months: number, expression: string): SeasonSpan {
  return {
    from: monthStart(year, month - 1).replace(/01$/, '15'),
    to: monthStart(year, month + months).replace(/01$/, '16'),
    expression,
  };
}

/** The first day of a month; months past 12 run on into the next year, before 1 into the last. */
function monthStart(year: number, month: number): string {
  const index = year * 12 + (month - 1);
  const [y, m] = [Math.floor(index / 12), (index % 12) + 1];
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-01`;
}

/**
 * The season of a word ("autumn", "winter") just before or just after a day ("the autumn before
 * covid": the autumn of 2019 for March 2020): the latest such season whose middle lies before the
 * day, or the earliest whose middle lies after it, as record days, widened as a named season is,
 * and cut at the day (the event itself is not in the season before it). Seasons counted ("two
 * springs before covid") are the one that many back or on: the spring of 2018 for March 2020.
 */
export function seasonBeside(
  word: string,
  day: string,
  side: 'before' | 'after',
  count = 1,
): { from: string; to: string } {
  const { start, months } = SEASONS[seasonOf(word)];
  const year = Number(day.slice(0, 4));
  // A season begun in one of the years around the day (a winter begins in December).
  const spans = Array.from({ length: 2 * count + 3 }, (_, index) => year - count - 1 + index).map((begun) => ({
    begun,
    middle: monthStart(begun, start + months / 2),
  }));
  const chosen =
    side === 'before'
      ? spans.filter((span) => span.middle <= day).at(-count)!
      : spans.filter((span) => span.middle > day)[count - 1];
  const { from, to } = widened(chosen.begun, start, months, word);
  return side === 'before' ? { from, to: to < day ? to : day } : { from: from > day ? from : day, to };
}

/** Whether a word names a season ("autumn", "springtime"). */
export function isSeasonWord(word: string): boolean {
  return /^(?:spring|summer|autumn|fall|winter)(?:time)?$/.test(word);
}
