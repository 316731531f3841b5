import { Logger } from '@nestjs/common';
import type { KnowledgeReference, KnowledgeRetriever } from '../../../knowledge/index.js';
import { FOLLOW_UP_CHAIN_LIMIT, type PatientRecordRetriever } from '../../../patients/index.js';
import { selectHistoryWithinBudget } from '../../prompts/history-budget.js';
import type { RecordAccess } from '../../record-access.js';
import { type AgentStateUpdate, type AgentStateValues, TOOL } from '../state.js';

export interface RetrieveContextSettings {
  historyTokenBudget: number;
  recordLimit: number;
  /** Knowledge passages for a general question; half of them (rounded up) beside the patient's records. Absent: none. */
  knowledgeLimit?: number;
}

const logger = new Logger('RetrieveContext');

/**
 * Gathers what the model sees besides the message: the recent conversation within the token
 * budget, the caller's own records, and passages of general medical knowledge. Records are
 * looked up only by the caller's own patient id, and never for a guest, so no other patient's
 * record can enter the prompt; knowledge is for everyone. Knowledge is looked up beside the
 * records, and fewer passages go in when records answer (they are what a record question is
 * about). A failed knowledge search leaves the turn without knowledge, and a failed record search
 * without the record (the prompt says it cannot be searched now), never without an answer.
 */
export function createRetrieveContextNode(
  retriever: PatientRecordRetriever | undefined,
  settings: RetrieveContextSettings,
  knowledge?: KnowledgeRetriever,
) {
  const knowledgeLimit = settings.knowledgeLimit ?? 0;
  return async (state: AgentStateValues): Promise<AgentStateUpdate> => {
    const contextHistory = selectHistoryWithinBudget(state.history, settings.historyTokenBudget);
    const patientId = state.role === 'guest' ? null : state.patientId;
    // A follow-up ("and the time before that?") is read with the patient's messages before it in
    // this consultation (the history is this session's, oldest first), the last few of them: a
    // follow-up of a follow-up ("and before that?") leans on what the first one named.
    const before = state.history
      .slice(-FOLLOW_UP_CHAIN_LIMIT)
      .map((exchange) => exchange.user)
      .filter((message) => message.trim() !== '');
    const [recordAccess, passages] = await Promise.all([
      recordsFor(patientId, state.text, before),
      knowledgeFor(state.text),
    ]);
    const records = recordAccess.status === 'retrieved' ? recordAccess.records : [];
    const given = records.length > 0 ? passages.slice(0, Math.ceil(knowledgeLimit / 2)) : passages;
    // The retriever answers [] to a question that is not about the record (and when nothing
    // matches): `tools_used` names a tool only when what it found went into the prompt.
    const toolsUsed = [
      ...(records.length > 0 ? [TOOL.retrievePatientRecords] : []),
      ...(given.length > 0 ? [TOOL.searchMedicalKnowledge] : []),
    ];
    return { contextHistory, recordAccess, knowledge: given, toolsUsed };
  };

  async function recordsFor(
    patientId: string | null,
    question: string,
    before: readonly string[],
  ): Promise<RecordAccess> {
    const previousMessage = before.at(-1);
    const earlierMessages = before.slice(0, -1);
    if (patientId === null) return { status: 'guest' };
    if (!retriever) return { status: 'unavailable' };
    try {
      const records = await retriever.retrieve({
        patientId,
        question,
        limit: settings.recordLimit,
        ...(previousMessage !== undefined && { previousMessage }),
        ...(earlierMessages.length > 0 && { earlierMessages }),
      });
      return { status: 'retrieved', records: records.slice(0, settings.recordLimit) };
    } catch (error) {
      // The model is told the record cannot be searched now, never that nothing matched: "no
      // vaccines found" would be a false answer about the patient's own health.
      logger.warn(`Record search failed; answering without the record: ${(error as Error).message}`);
      return { status: 'unavailable' };
    }
  }

  async function knowledgeFor(question: string): Promise<KnowledgeReference[]> {
    if (!knowledge || question.trim() === '' || knowledgeLimit === 0) return [];
    try {
      return (await knowledge.retrieve({ question, limit: knowledgeLimit })).slice(0, knowledgeLimit);
    } catch (error) {
      logger.warn(`Medical knowledge search failed; answering without it: ${(error as Error).message}`);
      return [];
    }
  }
}
