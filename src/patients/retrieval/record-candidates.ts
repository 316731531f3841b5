import type { DayRange } from '../patient-record.repository.js';
import type { RankedRecord, RankedRecordRepository, TermGroup } from '../search-index/ranked-record.repository.js';
import type { ScorableRecord } from './lexical-scorer.js';

/**
 * A term group as BM25 scores it: once, for its `count` records, the score going to each of
 * `ids` (its members within the period). `_id` is a key of its own, not a record's.
 */
export type ScoredGroup = Omit<ScorableRecord, 'id'> & { _id: string; count: number; ids: string[] };

/** The records one question puts before ranking, and what the selection left out. */
export interface CandidateSelection {
  /** What ranking chooses from: deduplicated, within the period, each read without its narrative. */
  records: RankedRecord[];
  /** Every record holding a question term, whatever its date, by term group: what BM25 scores and counts term rarity on. */
  termMatched: ScoredGroup[];
  /** Records holding a question term (within the period): every one of them is scored. */
  termMatches: number;

  /** Records holding a question term beyond the safety bound, which ranking did not see (normally 0). */
  beyondBound: number;
}

export interface CandidateRequest {
  patientId: string;
  /** The question's terms, hashed as the records' are. */
  terms: string[];
  period?: DayRange;
  /** Resource types the question names through its topics. */
  resourceTypes: string[];
  /** Whether ranking may fall back to the newest records (a period, or a question naming nothing). */
  newestFallback: boolean;
  topK: number;
  /** Most term-matching records read for one question (RECORD_RETRIEVAL_MAX_CANDIDATES). */
  bound: number;
  withEmbeddings: boolean;
}

/** Newest-first page size when reading records whose rank only their date and wording decide. */
const PAGE = 64;

/**
 * Selects the candidates of a question from the database, never the whole record:
 *
 * - every record of the patient holding one of the question's terms (the `{patient_id, terms}`
 *   index), grouped by the database by what BM25 reads (see TermGroup), whatever its date, so
 *   document frequencies are exact; only those within the period are read, as id, date and
 *   wording;
 * - of the records of the types the question names (within the period), and, when ranking may
 *   fall back to the newest records, of all records within the period: the newest, a page at a
 *   time, until the pages hold `topK` different wordings. Such records have no matching term, so
 *   their rank is decided by their date and wording alone: an older one ranks below every newer
 *   one of a wording not yet chosen, and the ranking chooses `topK` at most; the older ones
 *   cannot be chosen and are not read.
 *
 * Only the term selection has a bound (`bound` records within the period, far above any real
 * question's matches; the newest are kept); what lies beyond it is counted, for the caller to
 * log and report.
 */
export async function selectCandidates(
  records: RankedRecordRepository,
  request: CandidateRequest,
): Promise<CandidateSelection> {
  const { patientId, withEmbeddings } = request;
  const [groups, typed, newest] = await Promise.all([
    request.terms.length === 0
      ? []
      : records.findTermGroups({ patientId, terms: request.terms, period: request.period, memberLimit: request.bound }),
    request.resourceTypes.length === 0 ? [] : newestUntilDiverse(records, request, request.resourceTypes),
    request.newestFallback ? newestUntilDiverse(records, request, undefined) : [],
  ]);
  // Each member's id as text once (the repository's, made for its order): the order, the
  // deduplication and BM25's groups key by it.
  const groupIds = groups.map((group) => group.ids ?? group.members.map((member) => String(member._id)));
  const { matched, matchedIds, beyondBound } = newestWithinBound(groups, groupIds, request.bound);
  if (withEmbeddings) await attachEmbeddings(records, patientId, matched);
  const unique = new Map<string, RankedRecord>();
  matched.forEach((record, index) => unique.set(matchedIds[index], record));
  for (const record of [...typed, ...newest]) unique.set(String(record._id), record);
  const termMatched = groups.map((group, index) => ({
    _id: `group:${index}`,
    terms: group.terms,
    term_stats: group.term_stats,
    count: group.count,
    ids: groupIds[index],
  }));
  return {
    records: [...unique.values()],
    termMatched,
    termMatches: matched.length + beyondBound,
    beyondBound,
  };
}

/**
 * The groups' members within the period, newest first, the newest `bound` of them; and how many
 * lie beyond, from the groups' exact counts (each group returns at most `bound` members).
 */
function newestWithinBound(
  groups: readonly TermGroup[],
  groupIds: readonly string[][],
  bound: number,
): { matched: RankedRecord[]; matchedIds: string[]; beyondBound: number } {
  const keyed: Array<{ record: RankedRecord; id: string }> = [];
  let inPeriod = 0;
  groups.forEach(({ terms, term_stats, resource_type, members, count, in_period }, group) => {
    if (in_period) inPeriod += count;
    const ids = groupIds[group];
    members.forEach((member, index) => {
      const record: RankedRecord = {
        _id: member._id,
        date: member.date,
        wording: member.wording,
        terms,
        term_stats,
        resource_type,
      };
      keyed.push({ record, id: ids[index] });
    });
  });
  // Each group's members come newest first already: the sort merges these runs.
  keyed.sort(newestFirst);
  const kept = keyed.length > bound ? keyed.slice(0, bound) : keyed;
  return {
    matched: kept.map((entry) => entry.record),
    matchedIds: kept.map((entry) => entry.id),
    beyondBound: Math.max(0, inPeriod - bound),
  };
}

/** Hybrid ranking's embeddings, read for the bounded selection only, by id. */
async function attachEmbeddings(
  records: RankedRecordRepository,
  patientId: string,
  matched: RankedRecord[],
): Promise<void> {
  if (matched.length === 0) return;
  const found = await records.findEmbeddings(
    patientId,
    matched.map((record) => record._id),
  );
  const byId = new Map(found.map((record) => [String(record._id), record]));
  for (const record of matched) {
    const stored = byId.get(String(record._id));
    if (stored?.embedding !== undefined)
      Object.assign(record, { embedding: stored.embedding, embedding_model: stored.embedding_model });
  }
}

/** By date, then id, descending: the order of the `{patient_id, date}` index read backwards. */
function newestFirst(left: { record: RankedRecord; id: string }, right: { record: RankedRecord; id: string }): number {
  if (left.record.date !== right.record.date) return left.record.date < right.record.date ? 1 : -1;
  return left.id === right.id ? 0 : left.id < right.id ? 1 : -1;
}

async function newestUntilDiverse(
  records: RankedRecordRepository,
  request: CandidateRequest,
  resourceTypes: string[] | undefined,
): Promise<RankedRecord[]> {
  const read: RankedRecord[] = [];
  const wordings = new Set<string>();
  for (;;) {
    const last = read.at(-1);
    const page = await records.findNewest({
      patientId: request.patientId,
      dateRange: request.period,
      resourceTypes,
      after: last && { date: last.date, _id: last._id },
      limit: PAGE,
      withEmbeddings: request.withEmbeddings,
      // Their rank is decided by date and wording (see selectCandidates), never by their terms.
      withTerms: false,
    });
    read.push(...page);
    for (const record of page) wordings.add(record.wording ?? String(record._id));
    if (page.length < PAGE || wordings.size >= request.topK) return read;
  }
}

/** Whether a day is within the period (`from` included, `to` not); any day without one. */
export function within(day: string, period: DayRange | undefined): boolean {
  return period === undefined || (day >= period.from && day < period.to);
}
