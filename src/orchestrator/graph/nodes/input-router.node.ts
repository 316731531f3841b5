import type { TurnAttachment } from '../../chat-turn.js';
import { type AgentStateUpdate, type AgentStateValues, classifyInputType } from '../state.js';

/** The chat module sent a turn the API cannot produce: a programming error, not a patient's. */
export class InvalidTurnInputError extends Error {
  constructor(detail: string) {
    super(detail);
    this.name = 'InvalidTurnInputError';
  }
}

/**
 * First node: sanitizes the typed text before anything else can see it, picks out the
 * attachments and classifies the input.
 */
export function createInputRouterNode(sanitize: (text: string) => string) {
  return (state: AgentStateValues): AgentStateUpdate => {
    const audio = single(state.attachments, 'audio');
    const image = single(state.attachments, 'image');
    return {
      text: sanitize(state.message),
      audio,
      image,
      inputType: classifyInputType({ audio: audio !== null, image: image !== null }),
    };
  };
}

function single(attachments: readonly TurnAttachment[], kind: TurnAttachment['kind']): TurnAttachment | null {
  const found = attachments.filter((attachment) => attachment.kind === kind);
  if (found.length > 1)
    throw new InvalidTurnInputError(`A chat turn carries at most one ${kind} attachment, got ${found.length}.`);
  return found[0] ?? null;
}
