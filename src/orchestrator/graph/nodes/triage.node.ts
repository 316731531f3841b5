import type { AgentStateUpdate, AgentStateValues, EmergencyAssessor, LethalMeansReader } from '../state.js';

/**
 * Deterministic emergency detection on the final text, typed or transcribed; and, for a message that is not an
 * emergency, whether it asks about a lethal amount or a means of dying (NICE NG225: possibly the only sign of risk),
 * so the model's answer can be held and gain crisis support. That is read from what the triage read the message as,
 * so no turn normalises the message or reads another language twice.
 */
export function createTriageNode(triage: EmergencyAssessor, readsLethalMeans: LethalMeansReader) {
  return (state: AgentStateValues): AgentStateUpdate => {
    const { result: assessment, reading } = triage.assessAndRead(state.text);
    return {
      asksAboutLethalMeans: !assessment.isEmergency && readsLethalMeans(reading),
      isEmergency: assessment.isEmergency,
      emergencySource: assessment.isEmergency ? 'rules' : null,
      emergencyCategories: [...assessment.categories],
      // What fired, not just which category: "breathless with poor circulation" tells a
      // clinician reading the history why this turn was answered as an emergency.
      emergencySymptoms: [...assessment.discriminators],
    };
  };
}
