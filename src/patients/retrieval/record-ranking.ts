import { wordingOf } from '../search-index/record-lexicon.js';
import type { RecordQuestion } from './record-question.js';

/** A candidate with everything ranking needs; scores are filled in by the caller. */
export interface RankableRecord {
  id: string;
  resource_type: string;
  date: string;
  text: string;
  /**
   * What repeats year after year (the narrative after its date), as a key; when absent, taken
   * from `text`. Retrieval ranks before decrypting, so it passes the stored key.
   */
  wording?: string;
  /** BM25 score; 0 when no term matched. */
  lexical: number;
  /** Cosine similarity of its embedding to the question's; undefined without embeddings. */
  semantic?: number;
}

export interface RankingOptions {
  topK: number;
  /** Whether `semantic` scores were computed for this question (hybrid mode). */
  hybrid: boolean;
}

// Weights of the relevance signals (each normalised to 0..1 over the candidates).
const LEXICAL_ONLY = { lexical: 0.65, type: 0.35, semantic: 0 };
const HYBRID = { lexical: 0.4, type: 0.25, semantic: 0.35 };
/** Share of the final score that recency decides: "my last visit" leans on it, "how has it changed" not at all. */
const RECENCY_SHARE = { default: 0.2, latest: 0.8, earliest: 0.8, history: 0 };
/** Age (before the newest candidate) at which recency halves, when no recency is asked for. */
const RECENCY_HALF_LIFE_DAYS = 730;
/** Relevance below this share of the best candidate's is noise, e.g. any Observation for "my weight". */
const RELEVANCE_FLOOR = 0.5;
/** With embeddings, a record only semantically close must be near the top of the candidates to count as relevant. */
const SEMANTIC_RELEVANCE_FLOOR = 0.8;
/** Each record already chosen with the same wording (after the date) halves the next one's score. */
const REPEAT_PENALTY = 0.5;
const DAY_MS = 86_400_000;

/**
 * Picks the top-k records for a question: relevance (BM25, the resource types the question
 * names, and in hybrid mode embedding similarity) blended with recency, then a light diversity
 * pass so that "which vaccines have I had?" lists different vaccines rather than six yearly flu
 * shots. Returned in date order, oldest first, so the model reads a timeline.
 *
 * Only records with some relevance qualify. When none does, the answer is the newest records
 * if the question gave a period ("what happened in March 2020?") or named nothing specific
 * ("what is in my record?"); otherwise none, so the model says the record does not show it
 * rather than being handed unrelated facts.
 */
export function rankRecords<T extends RankableRecord>(
  candidates: readonly T[],
  question: RecordQuestion,
  options: RankingOptions,
): T[] {
  if (candidates.length === 0 || options.topK <= 0) return [];
  const weights = options.hybrid ? HYBRID : LEXICAL_ONLY;
  const maxLexical = Math.max(0, ...candidates.map((record) => record.lexical));
  const semanticRange = options.hybrid ? rangeOf(candidates.map((record) => record.semantic ?? 0)) : undefined;
  const hinted = new Set(question.resourceTypes);

  const relevance = (record: T): number => {
    const lexical = maxLexical > 0 ? record.lexical / maxLexical : 0;
    const type = hinted.has(record.resource_type) ? 1 : 0;
    const semantic = semanticRange ? normalised(record.semantic ?? 0, semanticRange) : 0;
    return weights.lexical * lexical + weights.type * type + weights.semantic * semantic;
  };
  const isRelevant = (record: T): boolean =>
    record.lexical > 0 ||
    hinted.has(record.resource_type) ||
    (semanticRange !== undefined && normalised(record.semantic ?? 0, semanticRange) >= SEMANTIC_RELEVANCE_FLOOR);

  const mode = question.wantsHistory
    ? 'history'
    : question.wantsLatest
      ? 'latest'
      : question.wantsEarliest
        ? 'earliest'
        : 'default';
  const recencyShare = RECENCY_SHARE[mode];
  const relevant = candidates.filter(isRelevant);
  const best = Math.max(0, ...relevant.map(relevance));
  // The newest or oldest of a kind within one category ("my last checkup": a visit, but not the
  // vaccine appointment after it) is searched among the records of that kind: recency would
  // otherwise outweigh any difference in relevance. Not when several categories are asked for
  // ("what did the doctor write at my last physical": the note and the visit).
  const ofOneCategory = (mode === 'latest' || mode === 'earliest') && question.resourceTypes.length === 1;
  const floored = question.specific || ofOneCategory;
  // A vaccine asked for by its name: its doses (the immunizations holding the name), each of them,
  // not the notes of the visits that gave them, which name it too and would each outrank a dose
  // repeating the one before ("my flu vaccinations": one flu shot and five notes).
  const doses = question.namesVaccine
    ? relevant.filter((record) => record.resource_type === 'Immunization' && record.lexical > 0)
    : [];
  let pool =
    doses.length > 0
      ? doses
      : floored
        ? relevant.filter((record) => relevance(record) >= RELEVANCE_FLOOR * best)
        : relevant;
  let score: (record: T) => number;
  if (pool.length > 0) {
    const recency =
      mode === 'latest'
        ? recencyByRank(pool)
        : mode === 'earliest'
          ? recencyByRank(pool, 'oldest')
          : recencyByAge(pool, RECENCY_HALF_LIFE_DAYS);
    score = (record) => (1 - recencyShare) * relevance(record) + recencyShare * recency(record);
  } else {
    const generic = question.resourceTypes.length === 0 && question.terms.length === 0;
    if (question.period === undefined && !generic) return [];
    pool = [...candidates];
    score = recencyByRank(pool);
  }
  // A latest or history question wants the repeats (the last visits, every reading).
  // So do a named vaccine's doses.
  const repeatPenalty = (mode === 'default' || mode === 'earliest') && doses.length === 0 ? REPEAT_PENALTY : 1;
  return chronological(diverseTop(pool, score, options.topK, repeatPenalty));
}

/** Greedy top-k where a record repeating an already chosen wording is discounted. */
function diverseTop<T extends RankableRecord>(
  pool: readonly T[],
  score: (record: T) => number,
  k: number,
  repeatPenalty: number,
): T[] {
  const scored = pool.map((record) => ({
    record,
    score: score(record),
    wording: record.wording ?? wordingOf(record.text),
  }));
  const chosen: T[] = [];
  const repeats = new Map<string, number>();
  while (chosen.length < k && scored.length > 0) {
    let best = 0;
    let bestScore = -Infinity;
    scored.forEach((entry, index) => {
      const effective = entry.score * repeatPenalty ** (repeats.get(entry.wording) ?? 0);
      if (effective > bestScore || (effective === bestScore && entry.record.date > scored[best].record.date)) {
        best = index;
        bestScore = effective;
      }
    });
    const [entry] = scored.splice(best, 1);
    chosen.push(entry.record);
    repeats.set(entry.wording, (repeats.get(entry.wording) ?? 0) + 1);
  }
  return chosen;
}

function chronological<T extends RankableRecord>(records: T[]): T[] {
  return [...records].sort((left, right) => (left.date === right.date ? 0 : left.date < right.date ? -1 : 1));
}

/** 1 for the newest record, halving every `halfLifeDays` before it. */
function recencyByAge(records: readonly RankableRecord[], halfLifeDays: number): (record: RankableRecord) => number {
  const newest = Math.max(...records.map((record) => Date.parse(record.date)));
  return (record) => 0.5 ** ((newest - Date.parse(record.date)) / DAY_MS / halfLifeDays);
}

/**
 * 1 for the newest day, halving with each older day: "my last note" wants the newest notes,
 * whether they are weeks or decades apart, which no fixed half-life gives. From the oldest day
 * instead for "her first DTaP", "as a baby".
 */
function recencyByRank(
  records: readonly RankableRecord[],
  from: 'newest' | 'oldest' = 'newest',
): (record: RankableRecord) => number {
  const ascending = [...new Set(records.map((record) => record.date))].sort();
  const days = from === 'newest' ? ascending.reverse() : ascending;
  const rank = new Map(days.map((date, index) => [date, 0.5 ** index]));
  return (record) => rank.get(record.date) ?? 0;
}

function rangeOf(values: number[]): { min: number; max: number } {
  return { min: Math.min(...values), max: Math.max(...values) };
}

function normalised(value: number, range: { min: number; max: number }): number {
  return range.max > range.min ? (value - range.min) / (range.max - range.min) : 1;
}
