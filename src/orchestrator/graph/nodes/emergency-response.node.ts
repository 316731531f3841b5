import {
  NO_SAFETY_CHANGES,
  type AgentStateUpdate,
  type AgentStateValues,
  type NodeRuntime,
  type EmergencyGuidanceWriter,
} from '../state.js';

/**
 * Answers an emergency at once with fixed guidance and never calls the model: the patient
 * must not wait for (or depend on) the LLM. The guidance goes out as one streamed piece so a
 * streaming client shows it immediately too.
 */
export function createEmergencyResponseNode(guidance: EmergencyGuidanceWriter) {
  return (state: AgentStateValues, runtime: NodeRuntime): AgentStateUpdate => {
    const response = guidance.guidance(state.emergencyCategories, state.text);
    runtime.context?.onToken?.(response);
    return {
      response,
      safety: NO_SAFETY_CHANGES,
    };
  };
}
