import { Inject, Injectable, Logger } from '@nestjs/common';
import { AuditTrail } from '../../audit/index.js';
import { patientLane } from '../../llm/index.js';
import { PatientRecordRetriever, type RecordQuery, type RecordSource } from './patient-record-retriever.js';
import { EmbeddingClient, EmbeddingUnavailableError } from '../embeddings/embedding-client.js';
import { PatientRecordRepository, type CandidateRecord } from '../patient-record.repository.js';
import { PATIENT_RECORDS_SETTINGS, type PatientRecordsSettings } from '../patient-records-settings.js';
import { lexicalScores } from './lexical-scorer.js';
import { analyzeRecordQuestion } from './record-question.js';
import { rankRecords, type RankableRecord } from './record-ranking.js';

/** Clock of retrieval ("last year" is relative to it); a provider so tests can fix it. */
export const RETRIEVAL_CLOCK = Symbol('RETRIEVAL_CLOCK');
export type RetrievalClock = () => Date;

/**
 * The patients module's answer to the orchestrator's `retrieve_context` node (the
 * `retrieve_patient_records` tool). Returns nothing for a question that is not about the
 * patient's own record; otherwise loads the caller's candidate records — the patient id and
 * the question's period are in the database query itself — ranks them with BM25 over the
 * narratives (plus embedding similarity when EMBEDDING_MODEL is set) and recency, and returns
 * the top k.
 */
@Injectable()
export class Bm25PatientRecordRetriever extends PatientRecordRetriever {
  private readonly logger = new Logger(Bm25PatientRecordRetriever.name);

  constructor(
    private readonly records: PatientRecordRepository,
    @Inject(PATIENT_RECORDS_SETTINGS) private readonly settings: PatientRecordsSettings,
    @Inject(RETRIEVAL_CLOCK) private readonly now: RetrievalClock,
    private readonly audit: AuditTrail,
    /** Undefined when no embedding model is configured: then ranking is lexical only. */
    @Inject(EmbeddingClient) private readonly embeddings: EmbeddingClient | undefined,
  ) {
    super();
  }

  async retrieve(query: RecordQuery): Promise<RecordSource[]> {
    const question = analyzeRecordQuestion(query.question, this.now());
    if (!question.aboutRecords) return [];
    const topK = Math.min(query.limit, this.settings.topK);
    const startedAt = performance.now();

    const [candidates, questionVector] = await Promise.all([
      this.records.findCandidates({
        patientId: query.patientId,
        dateRange: question.period,
        limit: this.settings.maxCandidates,
        withEmbeddings: this.embeddings !== undefined,
      }),
      this.embedQuestion(query.question, query.patientId),
    ]);
    const lexical = lexicalScores(
      candidates.map((record) => ({ id: String(record._id), text: record.text, note_text: record.note_text })),
      question.query,
    );
    const rankable = candidates.map((record) => this.rankable(record, lexical, questionVector));
    const chosen = rankRecords(rankable, question, { topK, hybrid: questionVector !== undefined });

    this.logger.debug({
      msg: 'Patient records retrieved',
      candidates: candidates.length,
      returned: chosen.length,
      period: question.period ? `${question.period.from}..${question.period.to}` : undefined,
      hybrid: questionVector !== undefined,
      duration_ms: Math.round(performance.now() - startedAt),
    });
    // Who read how many of whose records: counts only, never the question or the records.
    await this.audit.record({
      action: 'records.retrieved',
      outcome: 'success',
      actor: { role: 'patient', patient_id: query.patientId },
      patient_id: query.patientId,
      details: { records_returned: chosen.length, candidates: candidates.length },
    });
    return chosen.map(({ resource_type, date, text }) => ({ resource_type, date, text }));
  }

  private rankable(
    record: CandidateRecord,
    lexical: Map<string, number>,
    questionVector: number[] | undefined,
  ): RankableRecord {
    const id = String(record._id);
    const comparable =
      questionVector !== undefined &&
      record.embedding_model === this.embeddings?.model &&
      Array.isArray(record.embedding);
    return {
      id,
      resource_type: record.resource_type,
      date: record.date,
      text: record.text,
      lexical: lexical.get(id) ?? 0,
      semantic: comparable ? cosine(questionVector, record.embedding!) : undefined,
    };
  }

  /** The question's embedding, or undefined (lexical ranking) when embeddings are off or failing. */
  private async embedQuestion(question: string, patientId: string): Promise<number[] | undefined> {
    if (!this.embeddings) return undefined;
    try {
      const [vector] = await this.embeddings.embed([question], undefined, patientLane(patientId));
      return vector;
    } catch (error) {
      if (!(error instanceof EmbeddingUnavailableError)) throw error;
      this.logger.warn(`Record retrieval falls back to lexical ranking: ${error.message}`);
      return undefined;
    }
  }
}

/** Cosine similarity; 0 for vectors of different sizes (another model's) or a zero vector. */
export function cosine(left: readonly number[], right: readonly number[]): number {
  if (left.length !== right.length || left.length === 0) return 0;
  let dot = 0;
  let leftNorm = 0;
  let rightNorm = 0;
  for (let index = 0; index < left.length; index += 1) {
    dot += left[index] * right[index];
    leftNorm += left[index] * left[index];
    rightNorm += right[index] * right[index];
  }
  return leftNorm === 0 || rightNorm === 0 ? 0 : dot / Math.sqrt(leftNorm * rightNorm);
}
