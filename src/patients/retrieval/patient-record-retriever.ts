/** One of the patient's records as the prompt shows it and `metadata.sources` cites it. */
export interface RecordSource {
  resource_type: string;
  date: string;
  text: string;
}

export interface RecordQuery {
  patientId: string;
  question: string;
  limit: number;
  /**
   * The patient's message before this one in the same consultation, if any: a follow-up ("and
   * the time before that?", "is it still active?") is asked of what that message named, and
   * only for what the question itself leaves out.
   */
  previousMessage?: string;
}

/**
 * The signed-in patient's own records relevant to a question, as the orchestrator's
 * `retrieve_context` node asks for them. The orchestrator only ever asks for the caller's own id, and never for guests.
 */
export abstract class PatientRecordRetriever {
  abstract retrieve(query: RecordQuery): Promise<RecordSource[]>;
}
