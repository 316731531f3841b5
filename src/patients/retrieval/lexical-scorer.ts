import MiniSearch from 'minisearch';
import { searchTerm, tokenize } from './search-terms.js';

export interface LexicalDocument {
  id: string;
  text: string;
  note_text?: string;
}

// The narrative is what the model reads; a clinical note's full text is searched too, with
// less weight, so a word that only a long note contains does not outrank a short exact record.
const FIELD_BOOST = { text: 2, note_text: 0.5 };

/**
 * BM25 (MiniSearch's BM25+, k1 1.2, b 0.7) of each document for the query, over the given
 * documents only: the caller's candidate records are the corpus, so term rarity is measured
 * within this patient's record. Documents without a matching term are absent from the result.
 */
export function lexicalScores(documents: readonly LexicalDocument[], query: string): Map<string, number> {
  const index = new MiniSearch<LexicalDocument>({
    fields: ['text', 'note_text'],
    storeFields: [],
    tokenize,
    processTerm: (term) => searchTerm(term) ?? false,
  });
  index.addAll(documents);
  const results = index.search(query, { combineWith: 'OR', boost: FIELD_BOOST, prefix: false, fuzzy: false });
  return new Map(results.map((result) => [String(result.id), result.score]));
}
