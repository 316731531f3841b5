import type { DayRange } from '../patient-record.repository.js';
import { READING_CONTEXT } from './reading-words.js';

/** The decades said in words, by their first year. */
const DECADE_WORDS: Record<string, number> = {
  fifties: 1950,
  sixties: 1960,
  seventies: 1970,
  eighties: 1980,
  nineties: 1990,
  noughties: 2000,
  'two thousands': 2000,
};

// "the 2000s", "the 1990s", "the late 90s", "the '80s", "the nineties", "in the early noughties":
// a decade of the calendar, always after "the" ("in my 30s" is a decade of life, see
// age-expressions.ts).
const DECADE = new RegExp(
  `\\bthe (?:(?<part>early|mid|late)[-\\s]?)?(?:(?<full>(?:19|20)\\d0)'?s|'?(?<short>\\d0)'?s|(?<word>${Object.keys(DECADE_WORDS).join('|')}))\\b`,
);

/**
 * The calendar decade a question names ("my physicals in the 2000s", "jabs in the late 90s"), its
 * early, middle or late years when it says so, or undefined. A decade told in two digits or in
 * words beside a reading is the reading's range ("her oxygen was in the 80s", "his pulse in the
 * nineties"), not a decade; one told in four digits is always the decade.
 */
export function calendarDecade(text: string): (DayRange & { expression: string }) | undefined {
  const match = DECADE.exec(text);
  if (match?.groups === undefined) return undefined;
  const { part, full, short, word } = match.groups;
  if (full === undefined && READING_CONTEXT.test(text)) return undefined;
  // Two digits name the decade of the last hundred years people mean: "the 90s" 1990, "the 10s" 2010.
  const start =
    full !== undefined
      ? Number(full)
      : short !== undefined
        ? Number(short) + (Number(short) <= 20 ? 2000 : 1900)
        : DECADE_WORDS[word];
  const [first, last] =
    part === 'early'
      ? [start, start + 3]
      : part === 'mid'
        ? [start + 3, start + 6]
        : part === 'late'
          ? [start + 6, start + 9]
          : [start, start + 9];
  return { from: `${first}-01-01`, to: `${last + 1}-01-01`, expression: match[0] };
}
