import { createHash } from 'node:crypto';
import { searchTerm, tokenize } from '../retrieval/search-terms.js';
import type { RecordTermHasher } from './record-term-hasher.js';

/**
 * What retrieval knows of a record without decrypting it: its distinct search terms (hashed)
 * and, aligned with them, how often each occurs in the narrative and in the note, the two
 * fields' lengths in terms (for BM25's length normalisation), and a key of its wording after
 * the date (for the ranking's "different vaccines first" pass), and a key of the terms with their
 * statistics (`lexicon`): records with the same key score alike for any question, so the database
 * groups a question's matches by it (a series of readings of one measurement is one group).
 */
export interface RecordLexicon {
  terms: string[];
  term_stats: TermStats;
  wording: string;
  lexicon: string;
}

export interface TermStats {
  /** Occurrences of `terms[i]` in the narrative. */
  text_tf: number[];
  /** Occurrences of `terms[i]` in the clinical note; absent when the record has no note. */
  note_tf?: number[];
  text_length: number;
  note_length?: number;
}

/** The search terms of a text with repeats, as the scorer counts them. */
export function termsWithRepeats(text: string): string[] {
  // A long note repeats its words: each distinct token is stemmed once.
  const seen = new Map<string, string | null>();
  const terms: string[] = [];
  for (const token of tokenize(text)) {
    let term = seen.get(token);
    if (term === undefined) {
      term = searchTerm(token);
      seen.set(token, term);
    }
    if (term !== null) terms.push(term);
  }
  return terms;
}

/** "2019-09-24 — Immunization: Influenza, ..." → "immunization: influenza, ...": what repeats year after year. */
export function wordingOf(text: string): string {
  const separator = text.indexOf(' — ');
  return (separator === -1 ? text : text.slice(separator + 3)).toLowerCase();
}

export function lexiconOf(
  record: { text: string; note_text?: string | null },
  patientId: string,
  hasher: Pick<RecordTermHasher, 'hash'>,
): RecordLexicon {
  const text = counts(termsWithRepeats(record.text));
  const note = typeof record.note_text === 'string' ? counts(termsWithRepeats(record.note_text)) : undefined;
  const distinct = [...new Set([...text.keys(), ...(note?.keys() ?? [])])];
  const stats: TermStats = {
    text_tf: distinct.map((term) => text.get(term) ?? 0),
    text_length: sum(text),
  };
  if (note) {
    stats.note_tf = distinct.map((term) => note.get(term) ?? 0);
    stats.note_length = sum(note);
  }
  const terms = distinct.map((term) => hasher.hash(patientId, term));
  return {
    terms,
    term_stats: stats,
    wording: hasher.hash(patientId, `wording:${wordingOf(record.text)}`),
    // Of keys and counts only (no word), so a plain digest; 128 bits, so no two differ in practice.
    lexicon: createHash('sha256')
      .update(JSON.stringify([terms, stats]))
      .digest('base64url')
      .slice(0, 22),
  };
}

function counts(terms: readonly string[]): Map<string, number> {
  const map = new Map<string, number>();
  for (const term of terms) map.set(term, (map.get(term) ?? 0) + 1);
  return map;
}

function sum(map: ReadonlyMap<string, number>): number {
  let total = 0;
  for (const count of map.values()) total += count;
  return total;
}
