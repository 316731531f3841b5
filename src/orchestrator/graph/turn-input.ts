import type { ChatTurnInput, TurnAttachment } from '../chat-turn.js';
import { type AgentStateUpdate, classifyInputType, type InputSanitizer } from './state.js';

/** The chat module sent a turn the API cannot produce: a programming error, not a patient's. */
export class InvalidTurnInputError extends Error {
  constructor(detail: string) {
    super(detail);
    this.name = 'InvalidTurnInputError';
  }
}

/**
 * The graph's input: the turn as the chat module gave it, with the typed text already sanitized
 * (no node ever sees it otherwise), its attachments picked out and the input classified; every
 * other field starts at its default.
 *
 * This was the graph's first node (input_router). It decided nothing a conditional edge from
 * START cannot (routeAfterInput reads `audio`), and each LangGraph superstep costs a text turn
 * about 0.2 ms of CPU in checkpoint bookkeeping alone, so its work is done here, before the run.
 * `sanitize` is the graph's own (AgentGraphDependencies.sanitize), the one transcribe_audio uses.
 */
export function initialAgentState(input: ChatTurnInput, sanitize: InputSanitizer): AgentStateUpdate {
  const audio = single(input.attachments, 'audio');
  const image = single(input.attachments, 'image');
  return {
    sessionId: input.sessionId,
    patientId: input.patientId,
    role: input.role,
    message: input.message,
    history: input.history,
    attachments: input.attachments,
    text: sanitize(input.message),
    audio,
    image,
    inputType: classifyInputType({ audio: audio !== null, image: image !== null }),
  };
}

function single(attachments: readonly TurnAttachment[], kind: TurnAttachment['kind']): TurnAttachment | null {
  const found = attachments.filter((attachment) => attachment.kind === kind);
  if (found.length > 1)
    throw new InvalidTurnInputError(`A chat turn carries at most one ${kind} attachment, got ${found.length}.`);
  return found[0] ?? null;
}
