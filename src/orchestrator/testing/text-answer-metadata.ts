import type { ChatResponseMetadata } from '../chat-turn.js';

/** For specs and test harnesses: the metadata of a checked text answer with nothing to mend (no tool, emergency, file or source). */
export function textAnswerMetadata(overrides: Partial<ChatResponseMetadata> = {}): ChatResponseMetadata {
  return {
    input_type: 'text',
    tools_used: [],
    emergency_detected: false,
    emergency_symptoms: [],
    image_analysis: null,
    transcription: null,
    sources: [],
    safety: { disclaimer_added: true, violations: [], response_replaced: false, crisis_support_added: false },
    model: 'medgemma1.5',
    ...overrides,
  };
}
