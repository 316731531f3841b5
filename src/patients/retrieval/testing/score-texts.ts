import { lexiconOf } from '../../search-index/record-lexicon.js';
import { RecordTermHasher } from '../../search-index/record-term-hasher.js';
import { bm25Scores, queryTermWeights } from '../lexical-scorer.js';

const PATIENT = 'spec-patient';
const hasher = new RecordTermHasher(undefined);

/**
 * BM25 of plain texts as retrieval scores stored records: each text's lexicon derived as an
 * import derives it, the texts themselves as the patient's whole record (the corpus), the
 * query's terms hashed the same way.
 */
export function scoreTexts(
  documents: ReadonlyArray<{ id: string; text: string; note_text?: string }>,
  query: string,
): Map<string, number> {
  const records = documents.map((document) => ({ id: document.id, ...lexiconOf(document, PATIENT, hasher) }));
  const weights = new Map(
    [...queryTermWeights(query)].map(([term, weight]) => [hasher.hash(PATIENT, term), weight] as const),
  );
  const corpus = {
    records: records.length,
    text_length: records.reduce((sum, record) => sum + record.term_stats.text_length, 0),
    notes: records.filter((record) => record.term_stats.note_length !== undefined).length,
    note_length: records.reduce((sum, record) => sum + (record.term_stats.note_length ?? 0), 0),
  };
  return bm25Scores(records, weights, corpus);
}
