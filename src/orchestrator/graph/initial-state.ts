import type { ChatTurnInput } from '../chat-turn.js';
import type { AgentStateUpdate } from './agent-state.js';

/** The graph's input: the turn as the chat module gave it; every derived field starts at its default. */
export function initialAgentState(input: ChatTurnInput): AgentStateUpdate {
  return {
    sessionId: input.sessionId,
    patientId: input.patientId,
    role: input.role,
    message: input.message,
    history: input.history,
    attachments: input.attachments,
  };
}
