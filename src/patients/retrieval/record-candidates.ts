import type { DayRange } from '../patient-record.repository.js';
import type { RankedRecord, RankedRecordRepository } from '../search-index/ranked-record.repository.js';

/** The records one question puts before ranking, and what the selection left out. */
export interface CandidateSelection {
  /** What ranking chooses from: deduplicated, within the period, each read without its narrative. */
  records: RankedRecord[];
  /** Every record holding a question term, whatever its date: the corpus BM25 counts term rarity on. */
  termMatched: RankedRecord[];
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
 *   index), whatever its date, so document frequencies are exact; those outside the period are
 *   then dropped;
 * - of the records of the types the question names (within the period), and, when ranking may
 *   fall back to the newest records, of all records within the period: the newest, a page at a
 *   time, until the pages hold `topK` different wordings. Such records have no matching term, so
 *   their rank is decided by their date and wording alone: an older one ranks below every newer
 *   one of a wording not yet chosen, and the ranking chooses `topK` at most; the older ones
 *   cannot be chosen and are not read.
 *
 * Only the term selection has a bound (`bound`, far above any real question's matches); what lies
 * beyond it is counted, for the caller to log and report.
 */
export async function selectCandidates(
  records: RankedRecordRepository,
  request: CandidateRequest,
): Promise<CandidateSelection> {
  const { patientId, withEmbeddings } = request;
  const [matched, typed, newest] = await Promise.all([
    request.terms.length === 0
      ? []
      : records.findTermMatches({ patientId, terms: request.terms, limit: request.bound + 1, withEmbeddings }),
    request.resourceTypes.length === 0 ? [] : newestUntilDiverse(records, request, request.resourceTypes),
    request.newestFallback ? newestUntilDiverse(records, request, undefined) : [],
  ]);
  let beyondBound = 0;
  if (matched.length > request.bound) {
    beyondBound = (await records.countTermMatches(patientId, request.terms)) - request.bound;
    matched.length = request.bound;
  }
  const inPeriod = matched.filter((record) => within(record.date, request.period));
  const unique = new Map<string, RankedRecord>();
  for (const record of [...inPeriod, ...typed, ...newest]) unique.set(String(record._id), record);
  return { records: [...unique.values()], termMatched: matched, termMatches: inPeriod.length, beyondBound };
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
