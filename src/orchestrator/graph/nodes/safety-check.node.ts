import { dropUnknownCitations } from '../../guardrails/knowledge-citations.js';
import { readModelEmergencyMark } from '../../guardrails/model-emergency-mark.js';
import type { AgentStateUpdate, AgentStateValues, AnswerSafetyChecker, EmergencyGuidanceWriter } from '../state.js';

/**
 * Last node on the model's path: prohibited content replaced, diagnosis language softened,
 * other patients' identifiers redacted (the caller's own id is theirs to see), disclaimer added.
 *
 * It also reads the model's second opinion: an answer marked as an emergency (see
 * `model-emergency-mark.ts`) loses the mark, gains the fixed call-now guidance in front, and
 * flags the turn as an emergency the model found. The rules had not fired, or the turn would
 * never have reached the model.
 */
/** `metadata.safety.violations` entry: the answer cited a passage number it was not given (removed). */
export const UNKNOWN_CITATION = 'unknown_citation';

export function createSafetyCheckNode(
  safety: AnswerSafetyChecker,
  guidance: Pick<EmergencyGuidanceWriter, 'uncategorised'>,
) {
  return (state: AgentStateValues): AgentStateUpdate => {
    const callerPatientId = state.role === 'guest' ? null : state.patientId;
    const mark = readModelEmergencyMark(state.draftAnswer);
    // Citations are numbered over the knowledge passages the prompt gave; any other number cites nothing.
    const citations = dropUnknownCitations(mark.text, state.knowledge.length);
    const { response, disclaimer_added, violations, response_replaced } = safety.check(citations.text, {
      callerPatientId,
    });
    const reported = citations.dropped > 0 ? [...violations, UNKNOWN_CITATION] : [...violations];
    const checked = { response, safety: { disclaimer_added, violations: reported, response_replaced } };
    if (!mark.flagged) return checked;
    return {
      ...checked,
      response: `${guidance.uncategorised(state.text)}\n\n${response}`,
      isEmergency: true,
      emergencySource: 'model',
    };
  };
}
