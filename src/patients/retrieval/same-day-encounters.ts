import type { RankedRecord, RankedRecordRepository } from '../search-index/ranked-record.repository.js';
import type { RecordQuestion } from './record-question.js';
import { daysOfShots, daysWithoutShots } from './visits-told-by-shots.js';

/** How many of the best-matching days have their encounters looked up. */
const LINKED_DAYS = 3;
/** Most encounters read for one day (a day rarely holds more than one or two). */
const ENCOUNTERS_PER_DAY = 4;
/** Most conditions read for one day (a sick visit records each symptom, and the diagnosis). */
const CONDITIONS_PER_DAY = 16;
/** Most shots read for a visit told by its shots (a childhood's schedule is a few dozen). */
const SHOTS_READ = 64;
/**
 * How far the best day of shots lifts its visits above the best-matching record: every visit
 * matches "visit" as well as the visit asked for, so the day's shots must say which.
 */
const SHOT_DAY_LIFT = 1.6;
/** Share of the day's best lexical score an encounter of that day takes. */
const LINK_SHARE = 0.9;
/**
 * Share of that a condition of the day recorded as a finding (a symptom: "Cough (finding)")
 * keeps when a diagnosis is asked for: the diagnosis ("COVID-19", "Viral sinusitis (disorder)")
 * comes first.
 */
const FINDING_SHARE = 0.5;

export interface SameDayRequest {
  patientId: string;
  question: RecordQuestion;
  /** The candidates already selected, within the question's period. */
  candidates: readonly RankedRecord[];
  /** BM25 scores of the candidates by id (those holding a question term). */
  lexical: ReadonlyMap<string, number>;
  withEmbeddings: boolean;
  /** The hashed search term of "finding", which a symptom's condition holds ("Cough (finding)"). */
  findingTerm: string;
}

export interface SameDayEncounters {
  /** Encounters (and for a diagnosis asked for, conditions) of the best-matching days that were not candidates yet. */
  encounters: RankedRecord[];
  /** `lexical`, with each encounter of those days scored as its day. */
  lexical: Map<string, number>;
}

/**
 * A visit's record says only what kind of visit it was ("Encounter", "Encounter for symptom"),
 * never what it was for: the diagnosis, the vaccine, the readings of that day are records of
 * their own, dated the same day. So when a question asks for a visit and names what it was for
 * ("my last visit for the TB", "the visits for my covid jabs"), the encounters of the days whose
 * records best match those words are found through them: each takes a share of its day's best
 * score. Only for such questions (a visit asked for, something specific named); at most a few
 * small reads, by day. Likewise a diagnosis asked for by its symptoms ("she came home wheezing
 * and coughing, what was she diagnosed with"): the conditions of those days, the diagnosis
 * before the findings.
 */
export async function linkSameDayEncounters(
  records: RankedRecordRepository,
  request: SameDayRequest,
): Promise<SameDayEncounters> {
  const lexical = new Map(request.lexical);
  const { question } = request;
  const types = [
    ...(question.resourceTypes.includes('Encounter') ? ['Encounter'] : []),
    ...(question.wantsDiagnosis ? ['Condition'] : []),
  ];
  const shotsTold = types.includes('Encounter') ? question.shotsOfVisit : undefined;
  // A visit told by its shots and no vaccine named, or by a count of them: the days of shots say which.
  const byShots =
    shotsTold !== undefined && (shotsTold.shots !== undefined || shotsTold.none === true || !question.specific);
  if ((!question.specific && !byShots) || types.length === 0) return { encounters: [], lexical };

  const days = byShots ? await shotDays(records, request) : bestDays(request);
  const known = new Set(request.candidates.map((record) => String(record._id)));
  const encounters: RankedRecord[] = [];
  const found = await Promise.all(
    days.map(([day]) =>
      records.findNewest({
        patientId: request.patientId,
        dateRange: { from: day, to: nextDay(day) },
        resourceTypes: types,
        limit: ENCOUNTERS_PER_DAY + (question.wantsDiagnosis ? CONDITIONS_PER_DAY : 0),
        withEmbeddings: request.withEmbeddings,
      }),
    ),
  );
  found.forEach((dayEncounters, index) => {
    const linked = LINK_SHARE * days[index][1];
    for (const encounter of dayEncounters) {
      const id = String(encounter._id);
      const finding = encounter.resource_type === 'Condition' && encounter.terms?.includes(request.findingTerm);
      lexical.set(id, Math.max(lexical.get(id) ?? 0, finding ? FINDING_SHARE * linked : linked));
      if (!known.has(id)) {
        known.add(id);
        encounters.push(encounter);
      }
    }
  });
  return { encounters, lexical };
}

/** The days whose records (not visits) best match the question's words, with their best score. */
function bestDays(request: SameDayRequest): [string, number][] {
  const bestOfDay = new Map<string, number>();
  for (const record of request.candidates) {
    const score = request.lexical.get(String(record._id)) ?? 0;
    if (record.resource_type === 'Encounter' || score <= 0) continue;
    bestOfDay.set(record.date, Math.max(bestOfDay.get(record.date) ?? 0, score));
  }
  return [...bestOfDay].sort((left, right) => right[1] - left[1]).slice(0, LINKED_DAYS);
}

/**
 * The days of shots (within the question's period) that best fit the shots the visit is told by
 * (as near the count as the nearest, with as many shots), each scored above the best-matching
 * record of the question: their visits come before any other.
 */
async function shotDays(records: RankedRecordRepository, request: SameDayRequest): Promise<[string, number][]> {
  const { question } = request;
  const shots = await records.findNewest({
    patientId: request.patientId,
    ...(question.period && { dateRange: { from: question.period.from, to: question.period.to } }),
    resourceTypes: ['Immunization'],
    limit: SHOTS_READ,
    withEmbeddings: false,
  });
  const best = Math.max(1, ...request.lexical.values());
  if (question.shotsOfVisit?.none) {
    const visits = await records.findNewest({
      patientId: request.patientId,
      ...(question.period && { dateRange: { from: question.period.from, to: question.period.to } }),
      resourceTypes: ['Encounter'],
      limit: SHOTS_READ,
      withEmbeddings: false,
    });
    return daysWithoutShots(
      visits.map((visit) => visit.date),
      shots.map((shot) => shot.date),
    )
      .slice(0, LINKED_DAYS)
      .map((day) => [day, best * SHOT_DAY_LIFT]);
  }
  return daysOfShots(
    shots.map((shot) => shot.date),
    question.shotsOfVisit ?? {},
  )
    .slice(0, LINKED_DAYS)
    .map((day) => [day, best * SHOT_DAY_LIFT]);
}

/** The day after a record day (`YYYY-MM-DD`), the end of a one-day range. */
function nextDay(day: string): string {
  const date = new Date(`${day}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + 1);
  return date.toISOString().slice(0, 10);
}
