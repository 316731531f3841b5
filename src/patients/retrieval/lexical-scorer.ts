import type { TermStats } from '../search-index/record-lexicon.js';
import { termsWithRepeats } from '../search-index/record-lexicon.js';

/**
 * A record as BM25 sees it: its (hashed) distinct terms and their statistics, never its text.
 * It may stand for several records alike in their terms and statistics (`count` of them, whose
 * ids are `ids`): they are scored once, each gets the score, and each counts in a term's
 * document frequency.
 */
export interface ScorableRecord {
  id: string;
  terms?: readonly string[];
  term_stats?: TermStats;
  /** How many records of the corpus this one stands for; 1 when absent. */
  count?: number;
  /** The ids its score is given to; `[id]` when absent. */
  ids?: readonly string[];
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
  // One pass over each record's terms (not one search per query term): a common term's holders
  // may be thousands of records.
  const holders = fields.map(() => new Map<string, Array<{ record: ScorableRecord; tf: number }>>());
  let counted = 0;
  for (const record of records) {
    counted += record.count ?? 1;
    record.terms?.forEach((term, position) => {
      if (!queryTerms.has(term)) return;
      fields.forEach((field, index) => {
        const tf = record.term_stats?.[field.tf]?.[position] ?? 0;
        if (tf <= 0) return;
        const list = holders[index].get(term);
        if (list) list.push({ record, tf });
        else holders[index].set(term, [{ record, tf }]);
      });
    });
  }
  const documentCount = Math.max(corpus.records, counted);
  for (const [term, weight] of queryTerms) {
    fields.forEach((field, index) => {
      const holding = holders[index].get(term);
      if (!holding) return;
      const frequency = holding.reduce((sum, { record }) => sum + (record.count ?? 1), 0);
      const idf = Math.log(1 + (documentCount - frequency + 0.5) / (frequency + 0.5));
      for (const { record, tf } of holding) {
        const norm = 1 - B + (B * (record.term_stats?.[field.length] ?? 0)) / field.average;
        const score = weight * field.boost * idf * (DELTA + (tf * (K1 + 1)) / (tf + K1 * norm));
        for (const id of record.ids ?? [record.id]) scores.set(id, (scores.get(id) ?? 0) + score);
      }
    });
  }
  return scores;
}

function averageOf(total: number, count: number): number {
  return count > 0 && total > 0 ? total / count : 1;
}
