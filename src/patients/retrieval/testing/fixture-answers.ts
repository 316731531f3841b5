import { mapFhirBundle } from '../../fhir/index.js';
import { loadSyntheaFixture } from '../../fhir/testing/synthea-fixtures.js';
import { analyzeRecordQuestion } from '../record-question.js';
import { rankRecords } from '../record-ranking.js';
import { scoreTexts } from './score-texts.js';

const NOW = new Date('2026-01-14T12:00:00Z');

/**
 * The narratives the retriever would return for a question of a Synthea fixture's patient, minus
 * the database: the question's period filter, BM25 over the patient's whole record, ranking (k 6).
 */
export function fixtureAnswerTexts(fixturePrefix: string, question: string): string[] {
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
  return rankRecords(rankable, analysis, { topK: 6, hybrid: false }).map((record) => record.text);
}
