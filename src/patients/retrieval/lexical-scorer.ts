import type { TermStats } from '../search-index/record-lexicon.js';
import { termsWithRepeats } from '../search-index/record-lexicon.js';

/** A record as BM25 sees it: its (hashed) distinct terms and their statistics, never its text. */
export interface ScorableRecord {
  id: string;
  terms?: readonly string[];
  term_stats?: TermStats;
}

/** The patient's corpus: how many records, and the fields' total lengths in terms. */
export interface CorpusTotals {
  records: number;
  text_length: number;
  notes: number;
  note_length: number;
}

// The narrative is what the model reads; a clinical note's full text is searched too, with
// less weight, so a word that only a long note contains does not outrank a short exact record.
const FIELD_BOOST = { text: 2, note: 0.5 };
// BM25+ (k1 1.2, b 0.7, δ 0.5), as the knowledge search and the earlier in-memory index use.
const K1 = 1.2;
const B = 0.7;
const DELTA = 0.5;

/** A question's search terms, each with how often the query names it (a repeated term counts again). */
export function queryTermWeights(query: string): Map<string, number> {
  const weights = new Map<string, number>();
  for (const term of termsWithRepeats(query)) weights.set(term, (weights.get(term) ?? 0) + 1);
  return weights;
}

/**
 * BM25+ of each record for the query terms (already hashed like the records' terms), per field
 * (narrative and note, each with its own document frequency and average length), summed with
 * the field boosts. Term rarity is the patient's: `corpus` counts all their records, and
 * `records` must hold every record of the patient that contains any query term (the term
 * selection reads them all), so a term's document frequency is counted exactly here. Records
 * without a matching term are absent from the result.
 */
export function bm25Scores(
  records: readonly ScorableRecord[],
  queryTerms: ReadonlyMap<string, number>,
  corpus: CorpusTotals,
): Map<string, number> {
  const scores = new Map<string, number>();
  if (queryTerms.size === 0 || records.length === 0) return scores;
  const fields = [
    {
      boost: FIELD_BOOST.text,
      average: averageOf(corpus.text_length, corpus.records),
      tf: 'text_tf',
      length: 'text_length',
    },
    {
      boost: FIELD_BOOST.note,
      average: averageOf(corpus.note_length, corpus.notes),
      tf: 'note_tf',
      length: 'note_length',
    },
  ] as const;
  const documentCount = Math.max(corpus.records, records.length);
  for (const [term, weight] of queryTerms) {
    for (const field of fields) {
      const holders: Array<{ id: string; tf: number; length: number }> = [];
      for (const record of records) {
        const position = record.terms?.indexOf(term) ?? -1;
        const tf = position === -1 ? 0 : (record.term_stats?.[field.tf]?.[position] ?? 0);
        if (tf > 0) holders.push({ id: record.id, tf, length: record.term_stats?.[field.length] ?? 0 });
      }
      if (holders.length === 0) continue;
      const idf = Math.log(1 + (documentCount - holders.length + 0.5) / (holders.length + 0.5));
      for (const { id, tf, length } of holders) {
        const norm = 1 - B + (B * length) / field.average;
        const score = weight * field.boost * idf * (DELTA + (tf * (K1 + 1)) / (tf + K1 * norm));
        scores.set(id, (scores.get(id) ?? 0) + score);
      }
    }
  }
  return scores;
}

function averageOf(total: number, count: number): number {
  return count > 0 && total > 0 ? total / count : 1;
}
