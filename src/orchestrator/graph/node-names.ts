/** The agent graph's nodes, named as in the diagram in agent-graph.ts. */
export const NODE = {
  inputRouter: 'input_router',
  transcribeAudio: 'transcribe_audio',
  triage: 'triage',
  emergencyResponse: 'emergency_response',
  analyzeImage: 'analyze_image',
  retrieveContext: 'retrieve_context',
  reason: 'reason',
  safetyCheck: 'safety_check',
} as const;

export type NodeName = (typeof NODE)[keyof typeof NODE];

/** The `tools_used` names reported in metadata, one per tool-like node that ran. */
export const TOOL = {
  transcribeAudio: 'transcribe_audio',
  analyzeImage: 'analyze_image',
  retrievePatientRecords: 'retrieve_patient_records',
  searchMedicalKnowledge: 'search_medical_knowledge',
} as const;
