import type { ChatTurnResult } from '../chat-turn.js';
import type { AgentStateValues } from './agent-state.js';

/** The graph's final state as the chat module's result (`ChatResponseMetadata` of API.md). */
export function toChatTurnResult(state: AgentStateValues, model: string): Omit<ChatTurnResult, 'usage'> {
  return {
    response: state.response,
    metadata: {
      input_type: state.inputType,
      tools_used: [...new Set(state.toolsUsed)],
      emergency_detected: state.isEmergency,
      emergency_symptoms: state.emergencySymptoms,
      ...(state.isEmergency ? { emergency_source: state.emergencySource ?? 'rules' } : {}),
      image_analysis: state.imageAnalysis,
      transcription: state.transcription,
      sources: [
        ...(state.recordAccess.status === 'retrieved'
          ? state.recordAccess.records.map((record) => ({ kind: 'record' as const, ...record }))
          : []),
        ...state.knowledge.map(({ kind, id, title, url, source, snippet }) => ({
          kind,
          id,
          title,
          url,
          source,
          snippet,
        })),
      ],
      safety: state.safety,
      model,
    },
  };
}
