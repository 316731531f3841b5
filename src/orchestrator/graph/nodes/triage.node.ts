import type { AgentStateUpdate, AgentStateValues, EmergencyAssessor } from '../state.js';

/** Deterministic emergency detection on the final text, typed or transcribed. */
export function createTriageNode(triage: EmergencyAssessor) {
  return (state: AgentStateValues): AgentStateUpdate => {
    const assessment = triage.assess(state.text);
    return {
      isEmergency: assessment.isEmergency,
      emergencySource: assessment.isEmergency ? 'rules' : null,
      emergencyCategories: [...assessment.categories],
      // What fired, not just which category: "breathless with poor circulation" tells a
      // clinician reading the history why this turn was answered as an emergency.
      emergencySymptoms: [...assessment.discriminators],
    };
  };
}
