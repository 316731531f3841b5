import type { AgentStateUpdate, AgentStateValues } from '../agent-state.js';
import type { AnswerSafetyChecker } from '../guardrail-ports.js';

/**
 * Last node on the model's path: prohibited content replaced, diagnosis language softened,
 * other patients' identifiers redacted (the caller's own id is theirs to see), disclaimer added.
 */
export function createSafetyCheckNode(safety: AnswerSafetyChecker) {
  return (state: AgentStateValues): AgentStateUpdate => {
    const callerPatientId = state.role === 'guest' ? null : state.patientId;
    const { response, disclaimer_added, violations, response_replaced } = safety.check(state.draftAnswer, { callerPatientId });
    return { response, safety: { disclaimer_added, violations: [...violations], response_replaced } };
  };
}
