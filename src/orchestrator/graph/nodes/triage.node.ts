import type { AgentStateUpdate, AgentStateValues, EmergencyAssessor, LethalMeansReader } from '../state.js';

/**
 * Deterministic emergency detection on the final text, typed or transcribed; and, for a message that is not an
 * emergency, whether it asks about a lethal amount or a means of dying (NICE NG225: possibly the only sign of risk),
 * so the model's answer can be held and gain crisis support.
 */
export function createTriageNode(triage: EmergencyAssessor, readsLethalMeans: LethalMeansReader) {
  return (state: AgentStateValues): AgentStateUpdate => {
    const assessment = triage.assess(state.text);
    return {
      asksAboutLethalMeans: !assessment.isEmergency && readsLethalMeans(state.text),
      isEmergency: assessment.isEmergency,
      emergencySource: assessment.isEmergency ? 'rules' : null,
      emergencyCategories: [...assessment.categories],
      // What fired, not just which category: "breathless with poor circulation" tells a
      // clinician reading the history why this turn was answered as an emergency.
      emergencySymptoms: [...assessment.discriminators],
    };
  };
}
