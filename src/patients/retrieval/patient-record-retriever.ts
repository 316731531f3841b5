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
  /**
   * The patient's messages before `previousMessage` in the same consultation, oldest first (the
   * retriever reads at most the last FOLLOW_UP_CHAIN_LIMIT messages, these and the previous one
   * together): a follow-up of a follow-up ("and the one before?" - "and before that?") is asked of
   * what the first of them named.
   */
  earlierMessages?: readonly string[];
}

/**
 * The most messages before a question a chain of follow-ups is read through: past three
 * ("when was my last tetanus shot?" - "and the one before?" - "and before that?" - ...) a chat has
 * usually moved on, and every message read is one more chance to lean on a topic left behind.
 */
export const FOLLOW_UP_CHAIN_LIMIT = 3;

/**
 * The signed-in patient's own records relevant to a question, as the orchestrator's
 * `retrieve_context` node asks for them. The orchestrator only ever asks for the caller's own id, and never for guests.
 */
export abstract class PatientRecordRetriever {
  abstract retrieve(query: RecordQuery): Promise<RecordSource[]>;
}
