import { vaccineExpansions, vocabularyExpansions } from '../../common/vocabulary/vocabulary-expansion.js';
import type { RankedRecordRepository, TermGroup } from '../search-index/ranked-record.repository.js';
import type { RecordTermHasher } from '../search-index/record-term-hasher.js';
import type { DatePeriod } from './date-expressions.js';
import { DIAGNOSED, type EventAnchor } from './event-anchors.js';
import { RECORD_TOPICS } from './record-topics.js';
import { searchTermsOf } from './search-terms.js';
import { isSeasonWord, seasonBeside } from './season-expressions.js';

/** Records of one event read to date it (its newest, per group of alike records). */
const EVENT_RECORDS = 50;
/** "When I had covid": from a week before the event's first record to a month after its last. */
const DURING = { before: 7, after: 30 };
/** "The winter I had pneumonia": the three months either side of it. */
const SEASON_DAYS = 90;
const DAY_MS = 86_400_000;

/**
 * Which records may date an event, best first: a diagnosis dates an illness better than a
 * reading of that day, and the clinical notes, which repeat a diagnosis in every later history,
 * date nothing. A vaccination is dated by its immunizations only.
 */
const ILLNESS_TYPES = ['Condition', 'Procedure', 'Encounter', 'Observation'];
const VACCINATION_TYPES = ['Immunization'];

/**
 * The period a question dated by another record asks about (see EventAnchor), from the dates of
 * the records that best match the event's words (and their lay and clinical equivalents): one
 * read of the patient's term index, by the event's hashed terms. Undefined when no record
 * matches. Always approximate: retrieval drops it when nothing the question names falls in it.
 */
export async function eventPeriod(
  records: RankedRecordRepository,
  hasher: RecordTermHasher,
  patientId: string,
  anchor: EventAnchor,
): Promise<DatePeriod | undefined> {
  const days = await eventDays(records, hasher, patientId, anchor, anchor.event);
  if (days === undefined) return undefined;
  const [first, last] = foundFirst(anchor) ? [days[0], days[0]] : oneOf(anchor.event, days);
  if (anchor.relation === 'between') {
    // "between my first and second hospital stays": from the one to the other, both days within.
    const untilDays =
      anchor.until === undefined ? undefined : await eventDays(records, hasher, patientId, anchor, anchor.until);
    if (untilDays === undefined) return undefined;
    const [, end] = oneOf(anchor.until!, untilDays);
    if (end < first) return undefined;
    return { from: first, to: shift(end, 1), expression: anchor.expression, approximate: true };
  }
  const period =
    anchor.span !== undefined && (anchor.relation === 'before' || anchor.relation === 'after')
      ? beside(anchor.relation === 'before' ? first : last, anchor.span, anchor.relation, anchor.count ?? 1)
      : around(first, last, anchor.relation);
  const to = anchor.throughItsDay && period.to === first ? shift(first, 1) : period.to;
  return { ...period, to, expression: anchor.expression, approximate: true };
}

/**
 * The days of the records that best match an event's words (and their lay and clinical
 * equivalents), oldest first: one read of the patient's term index, by the event's hashed terms.
 * Undefined when no record matches.
 */
async function eventDays(
  records: RankedRecordRepository,
  hasher: RecordTermHasher,
  patientId: string,
  anchor: EventAnchor,
  event: string,
): Promise<string[] | undefined> {
  const hash = (term: string) => hasher.hash(patientId, term);
  const named = { ...anchor, event };
  const terms = eventTerms(named).map(hash);
  if (terms.length === 0) return undefined;
  const phrases = eventPhrases(named).map((phrase) => phrase.map(hash));
  const types = anchor.vaccination ? VACCINATION_TYPES : ILLNESS_TYPES;
  const groups = (await records.findTermGroups({ patientId, terms, memberLimit: EVENT_RECORDS })).filter((group) =>
    types.includes(group.resource_type),
  );
  // A record naming the whole event, or one of its equivalents ("hemoptysis"), dates it; one
  // naming a word of it ("blood typing" for "coughing up blood") only when none does.
  const score = (group: TermGroup) =>
    (phrases.some((phrase) => phrase.every((term) => group.terms.includes(term))) ? 1000 : 0) +
    terms.filter((term) => group.terms.includes(term)).length * 10 +
    (types.length - types.indexOf(group.resource_type));
  const best = Math.max(...groups.map(score));
  const days = groups
    .filter((group) => score(group) === best)
    .flatMap((group) => group.members.map((member) => member.date.slice(0, 10)))
    .sort();
  // The pandemic, which a record holding no covid still lived through ("the autumn before covid
  // hit", "my physical before the lockdown"): dated by the day it was declared.
  if (days.length === 0 && !anchor.vaccination && PANDEMIC.test(event)) days.push(PANDEMIC_DECLARED);
  return days.length === 0 ? undefined : days;
}

/**
 * The first and last day of the one of an event's days it names ("after my first TB admission",
 * "before his last stay", "between my second and third stays": that day), else of all of them.
 */
function oneOf(event: string, days: readonly string[]): [string, string] {
  if (FIRST_ONE.test(event)) return [days[0], days[0]];
  if (LAST_ONE.test(event)) return [days.at(-1)!, days.at(-1)!];
  const nth = NTH_ONE.exec(event);
  if (nth === null) return [days[0], days.at(-1)!];
  // Counted over distinct days: a stay's day may hold several of its records.
  const distinct = [...new Set(days)];
  const day = distinct[Math.min(NTH[nth[1]], distinct.length) - 1];
  return [day, day];
}

/**
 * What came after an illness told by its finding ("the fall after they found out i had hiv", "the
 * year after they diagnosed my hiv"): found once, on its first record's day; its later records
 * (the next stay's tests) are its course, not its finding. Not an event counted ("after the
 * second time they found it"), nor the time of the finding itself ("my viral load when they
 * diagnosed the hiv"), which a follow-up may count on from ("and at the next admission?").
 */
function foundFirst(anchor: EventAnchor): boolean {
  return anchor.relation === 'after' && DIAGNOSED.test(anchor.expression) && !COUNTED.test(anchor.expression);
}
const COUNTED = /\b(?:last|latest|most recent|newest|second|third|fourth|2nd|3rd|4th)\b/;

/** An event named as the first or the last of its kind ("my first TB admission", "his last stay"). */
const FIRST_ONE = /\b(?:first|earliest|1st)\b/;
const LAST_ONE = /\b(?:last|latest|most recent|newest)\b/;
/** An event named as another one of its kind, counted: "my second stay", "the 3rd admission". */
const NTH_ONE = /\b(second|third|fourth|2nd|3rd|4th)\b/;
const NTH: Readonly<Record<string, number>> = { second: 2, third: 3, fourth: 4, '2nd': 2, '3rd': 3, '4th': 4 };

/** The covid pandemic named as such, or by the illness (for a record holding none of it). */
const PANDEMIC = /\b(?:pandemic|lockdowns?|covid[\w-]*|corona ?virus|corona|the rona|sars-cov-2)\b/;
/** The day the World Health Organization declared COVID-19 a pandemic. */
const PANDEMIC_DECLARED = '2020-03-11';

/**
 * A span just before or after an event's day ("the autumn before covid", "the year after my tb",
 * "the month before the admission"): a season's (see seasonBeside) or a unit's: the calendar year
 * or month before or after the event's, or the week or day beside it; several units ("a couple
 * of months after") from the day on.
 */
function beside(day: string, span: string, side: 'before' | 'after', count: number): { from: string; to: string } {
  if (isSeasonWord(span)) return seasonBeside(span, day, side, count);
  // "a couple of months after", "a few weeks before": told loosely, so up to one unit more.
  if (count > 1) {
    const days = (count + 1) * UNIT_DAYS[span as keyof typeof UNIT_DAYS];
    return side === 'before' ? { from: shift(day, -days), to: day } : { from: shift(day, 1), to: shift(day, days + 1) };
  }
  const year = Number(day.slice(0, 4));
  const month = day.slice(0, 7);
  switch (span) {
    case 'year':
      return side === 'before'
        ? { from: `${year - 1}-01-01`, to: `${year}-01-01` }
        : { from: `${year + 1}-01-01`, to: `${year + 2}-01-01` };
    case 'month': {
      const start = `${month}-01`;
      const next = shiftMonth(start, 1);
      return side === 'before' ? { from: shiftMonth(start, -1), to: start } : { from: next, to: shiftMonth(start, 2) };
    }
    case 'week':
      return side === 'before' ? { from: shift(day, -7), to: day } : { from: shift(day, 1), to: shift(day, 8) };
    default:
      return side === 'before' ? { from: shift(day, -1), to: day } : { from: shift(day, 1), to: shift(day, 2) };
  }
}

/** A unit's days, for a span counted loosely ("a couple of months"). */
const UNIT_DAYS = { year: 366, month: 31, week: 7, day: 1 };

/** The first day of the month `months` after (or before) the month of a first day of a month. */
function shiftMonth(first: string, months: number): string {
  const index = Number(first.slice(0, 4)) * 12 + Number(first.slice(5, 7)) - 1 + months;
  return `${String(Math.floor(index / 12)).padStart(4, '0')}-${String((index % 12) + 1).padStart(2, '0')}-01`;
}

/** The search terms of the event's words and of their lay and clinical equivalents. */
export function eventTerms(anchor: EventAnchor): string[] {
  return [...new Set(eventPhrases(anchor).flat())];
}

/** The event's words and each of their equivalents, as search terms: "coughing up blood" → [cough, blood], [hemoptysi], … */
function eventPhrases(anchor: EventAnchor): string[][] {
  const words = [anchor.event, ...vocabularyExpansions(anchor.event)];
  if (anchor.vaccination) words.push(...vaccineExpansions(anchor.event));
  // A stay counted as the first or last time of being in ("the last time he was admitted", "the
  // first time they kept her in"), naming nothing else: the stays' records, which end on their
  // class ("hospital stay"), date it. Not a stay told with what it was for ("before they admitted
  // him for the tb"): the event's words stop before its reason, which dates it better.
  if (
    COUNTED_EVENT.test(anchor.event) &&
    STAYS.pattern.test(anchor.event) &&
    searchTermsOf(anchor.event.replace(COUNTED_EVENT, ' ').replace(STAYS.pattern, ' ')).length === 0
  )
    words.push(STAY_CLASS);
  return words.map(searchTermsOf).filter((phrase) => phrase.length > 0);
}

/** An event counted as the first or the last time (see readEventAnchor). */
export const COUNTED_EVENT = /^(?:first|last|latest|most recent|second|third|fourth|1st|2nd|3rd|4th) /;
const STAYS = RECORD_TOPICS.find((topic) => topic.name === 'hospital stays')!;
/** The class a stay's record ends on. */
const STAY_CLASS = 'hospital stay';

function around(first: string, last: string, relation: EventAnchor['relation']): { from: string; to: string } {
  switch (relation) {
    case 'before':
      return { from: '0000-01-01', to: first };
    // From the event's day: what was started at the visit that found it ("the hiv medicine they
    // started after my tb diagnosis") is after it to the patient.
    case 'after':
      return { from: last, to: '9999-12-31' };
    case 'year':
      return { from: `${first.slice(0, 4)}-01-01`, to: `${Number(last.slice(0, 4)) + 1}-01-01` };
    case 'season':
      return { from: shift(first, -SEASON_DAYS), to: shift(last, SEASON_DAYS + 1) };
    case 'day':
      return { from: first, to: shift(last, 1) };
    default:
      return { from: shift(first, -DURING.before), to: shift(last, DURING.after + 1) };
  }
}

function shift(day: string, days: number): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);
}
