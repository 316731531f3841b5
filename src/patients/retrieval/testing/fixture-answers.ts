import { mapFhirBundle } from '../../fhir/index.js';
import { loadSyntheaFixture } from '../../fhir/testing/synthea-fixtures.js';
import { analyzeRecordQuestion } from '../record-question.js';
import { rankRecords, type RankableRecord } from '../record-ranking.js';
import { scoreTexts } from './score-texts.js';

const NOW = new Date('2026-01-14T12:00:00Z');

/**
 * What the retriever does for a question of a Synthea fixture's patient, minus the database: the
 * question's period filter, BM25 over the patient's whole record (the period only narrows what is
 * ranked), ranking; with `semantic`, each record's semantic score beside it and the hybrid ranking.
 */
export function retrieveFromFixture(
  fixturePrefix: string,
  question: string,
  topK = 6,
  semantic?: (record: RankableRecord) => number,
) {
  const records = mapFhirBundle(loadSyntheaFixture(fixturePrefix)).records.map((record, index) => ({
    ...record,
    id: String(index),
  }));
  const analysis = analyzeRecordQuestion(question, NOW);
  const candidates = records.filter(
    (record) => !analysis.period || (record.date >= analysis.period.from && record.date < analysis.period.to),
  );
  const lexical = scoreTexts(records, analysis.query);
  const rankable = candidates.map((record) => ({ ...record, lexical: lexical.get(record.id) ?? 0 }));
  const withSemantic = semantic ? rankable.map((record) => ({ ...record, semantic: semantic(record) })) : rankable;
  return rankRecords(withSemantic, analysis, { topK, hybrid: semantic !== undefined });
}

/** The narratives the retriever would return (k 6, lexical) for a question of a Synthea fixture's patient. */
export function fixtureAnswerTexts(fixturePrefix: string, question: string): string[] {
  return retrieveFromFixture(fixturePrefix, question).map((record) => record.text);
}
