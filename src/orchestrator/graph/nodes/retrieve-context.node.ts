import type { PatientRecordRetriever } from '../../ports/patient-record-retriever.js';
import { selectHistoryWithinBudget } from '../../prompts/history-budget.js';
import type { RecordAccess } from '../../record-access.js';
import type { AgentStateUpdate, AgentStateValues } from '../agent-state.js';
import { TOOL } from '../node-names.js';

export interface RetrieveContextSettings {
  historyTokenBudget: number;
  recordLimit: number;
}

/**
 * Gathers what the model sees besides the message: the recent conversation within the token
 * budget, and the caller's own records. Records are looked up only by the caller's own
 * patient id, and never for a guest, so no other patient's record can enter the prompt.
 */
export function createRetrieveContextNode(retriever: PatientRecordRetriever | undefined, settings: RetrieveContextSettings) {
  return async (state: AgentStateValues): Promise<AgentStateUpdate> => {
    const contextHistory = selectHistoryWithinBudget(state.history, settings.historyTokenBudget);
    const patientId = state.role === 'guest' ? null : state.patientId;
    if (patientId === null) return { contextHistory, recordAccess: { status: 'guest' } };
    if (!retriever) return { contextHistory, recordAccess: { status: 'unavailable' } };

    const records = (await retriever.retrieve({ patientId, question: state.text, limit: settings.recordLimit })).slice(0, settings.recordLimit);
    const recordAccess: RecordAccess = { status: 'retrieved', records };
    // The retriever answers [] to a question that is not about the record (and when nothing
    // matches): `tools_used` names the tool only when records went into the prompt.
    return { contextHistory, recordAccess, toolsUsed: records.length > 0 ? [TOOL.retrievePatientRecords] : [] };
  };
}
