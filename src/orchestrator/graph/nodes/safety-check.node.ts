import { dropUnknownCitations } from '../../guardrails/knowledge-citations.js';
import { readModelEmergencyMark } from '../../guardrails/model-emergency-mark.js';
import type {
  AgentStateUpdate,
  AgentStateValues,
  AnswerSafetyChecker,
  EmergencyGuidanceWriter,
  NodeRuntime,
} from '../state.js';

/** `metadata.safety.violations` entry: the answer cited a passage number it was not given (removed). */
export const UNKNOWN_CITATION = 'unknown_citation';

/**
 * Last node on the model's path: prohibited content replaced, diagnosis language softened,
 * other patients' identifiers redacted (the caller's own id is theirs to see), disclaimer added.
 *
 * It also reads the model's second opinion: an answer marked as an emergency (see
 * `model-emergency-mark.ts`) loses the mark, gains the fixed call-now guidance in front, and
 * flags the turn as an emergency the model found. The rules had not fired, or the turn would
 * never have reached the model.
 *
 * A question about a lethal amount or a means of dying or self-harm that the triage did not flag
 * (`asksAboutLethalMeans`) gets the crisis-support paragraph after the answer, whatever the answer
 * became (NICE NG225: the question may be the only sign of risk); the paragraph given is also what has the
 * check withhold an amount that kills (`lethal_quantity`). Its draft was not streamed (see
 * reason.node.ts), so the checked answer is streamed here, whole: the stream's patient reads the
 * paragraph and never the amount a withheld draft stated.
 */
export function createSafetyCheckNode(
  safety: AnswerSafetyChecker,
  guidance: Pick<EmergencyGuidanceWriter, 'uncategorised' | 'crisisSupport'>,
) {
  return (state: AgentStateValues, runtime?: NodeRuntime): AgentStateUpdate => {
    const update = checkedAnswer(state);
    if (state.asksAboutLethalMeans) runtime?.context?.onToken?.(update.response);
    return update;
  };

  function checkedAnswer(state: AgentStateValues): AgentStateUpdate & { response: string } {
    const callerPatientId = state.role === 'guest' ? null : state.patientId;
    const mark = readModelEmergencyMark(state.draftAnswer);
    // Citations are numbered over the knowledge passages the prompt gave; any other number cites nothing.
    const citations = dropUnknownCitations(mark.text, state.knowledge.length);
    const { response, disclaimer_added, violations, response_replaced, crisis_support_added } = safety.check(
      citations.text,
      { callerPatientId, crisisSupport: state.asksAboutLethalMeans ? guidance.crisisSupport(state.text) : undefined },
    );
    const reported = citations.dropped > 0 ? [...violations, UNKNOWN_CITATION] : [...violations];
    const checked = {
      response,
      safety: { disclaimer_added, violations: reported, response_replaced, crisis_support_added },
    };
    if (!mark.flagged) return checked;
    return {
      ...checked,
      response: `${guidance.uncategorised(state.text)}\n\n${response}`,
      isEmergency: true,
      emergencySource: 'model',
    };
  }
}
