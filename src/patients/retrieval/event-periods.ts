import { vaccineExpansions, vocabularyExpansions } from '../../common/vocabulary/vocabulary-expansion.js';
import type { RankedRecordRepository, TermGroup } from '../search-index/ranked-record.repository.js';
import type { RecordTermHasher } from '../search-index/record-term-hasher.js';
import type { DatePeriod } from './date-expressions.js';
import type { EventAnchor } from './event-anchors.js';
import { searchTermsOf } from './search-terms.js';

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
  const hash = (term: string) => hasher.hash(patientId, term);
  const terms = eventTerms(anchor).map(hash);
  if (terms.length === 0) return undefined;
  const phrases = eventPhrases(anchor).map((phrase) => phrase.map(hash));
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
  if (days.length === 0) return undefined;
  return { ...around(days[0], days.at(-1)!, anchor.relation), expression: anchor.expression, approximate: true };
}

/** The search terms of the event's words and of their lay and clinical equivalents. */
export function eventTerms(anchor: EventAnchor): string[] {
  return [...new Set(eventPhrases(anchor).flat())];
}

/** The event's words and each of their equivalents, as search terms: "coughing up blood" → [cough, blood], [hemoptysi], … */
function eventPhrases(anchor: EventAnchor): string[][] {
  const words = [anchor.event, ...vocabularyExpansions(anchor.event)];
  if (anchor.vaccination) words.push(...vaccineExpansions(anchor.event));
  return words.map(searchTermsOf).filter((phrase) => phrase.length > 0);
}

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
