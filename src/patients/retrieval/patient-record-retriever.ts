import type { RecordSource } from '../chat-turn.js';

export interface RecordQuery {
  patientId: string;
  question: string;
  limit: number;
}

/**
 * The signed-in patient's own records relevant to a question (the patients module provides
 * it). The orchestrator only ever asks for the caller's own id, and never for guests.
 */
export abstract class PatientRecordRetriever {
  abstract retrieve(query: RecordQuery): Promise<RecordSource[]>;
}
