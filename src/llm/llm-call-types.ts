/** Where a turn waiting for an LLM slot stands (the SSE `queued` event's data). */
export interface QueueUpdate {
  /** 1 = next to be served. */
  position: number;
  estimated_wait_seconds: number;
}

/** Tokens the model calls of one turn consumed (chat and vision together); never sent to the client. */
export interface TokenUsage {
  promptTokens: number;
  completionTokens: number;
}

/**
 * Every LLM slot stayed taken for too long, or too many turns were already waiting: the API
 * answers 503 with `Retry-After` (worked out from the queue) and the turn is stored `failed`
 * with reason `capacity`, so the patient can ask again.
 */
export class CapacityExceededError extends Error {
  constructor(
    readonly reason: 'queue_full' | 'wait_timeout',
    readonly retryAfterSeconds: number,
  ) {
    super(
      reason === 'queue_full'
        ? 'The medical assistant is answering as many patients as it can right now and cannot take more waiting questions. Your message was kept; please try again shortly.'
        : 'The medical assistant is answering as many patients as it can right now and your question waited too long for its turn. Your message was kept; please try again shortly.',
    );
    this.name = 'CapacityExceededError';
  }
}
