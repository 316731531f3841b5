import type { MetricsRecorder } from '../../metrics/index.js';
import {
  classifyLlmFailure,
  LlmCallError,
  NoUsableHostError,
  SYSTEM_LANE,
  turnAbortedError,
  type LlmAttempt,
  type LlmCallContext,
  type LlmCallRunner,
} from '../../llm/index.js';
import { CapacityExceededError } from '../chat-turn.js';
import type { OllamaSettings } from '../orchestrator-settings.js';
import { CIRCUIT_OPEN_REASON, llmNotConfigured, llmUnavailable } from './llm-unavailable.js';
import type { ChatModelFactory } from './providers/chat-model-factory.js';

export interface ModelCallRequest<T> {
  /** Whose share and whom to tell; calls outside a turn share the system lane. */
  llmCall?: LlmCallContext;
  /** The client's signal: leaving cancels the wait and the call. */
  signal?: AbortSignal;
  /** Names the call in retry logs. */
  describedAs: string;
  /** Answers a host's failure itself instead of the 503 (undefined: not this failure). */
  recover?: (failure: LlmCallError) => T | undefined;
}

/**
 * How the orchestrator's model calls (the answer, the image analysis) go through LlmCallRunner:
 * with the Ollama timeout and retry settings, and with one reading of what went wrong, so that
 * both report it alike: the client's abort as an abort, a full queue as itself, a failing host
 * or an open breaker as a 503 that names the provider.
 */
export class ModelCallPolicy {
  constructor(
    private readonly purpose: 'chat' | 'vision',
    private readonly ollama: OllamaSettings,
    private readonly models: ChatModelFactory,
    private readonly calls: LlmCallRunner,
    private readonly metrics: MetricsRecorder,
  ) {}

  async run<T>(request: ModelCallRequest<T>, attempt: LlmAttempt<T>): Promise<T> {
    const provider = this.models.provider;
    if (!this.calls.pool.configured) throw llmNotConfigured(provider);
    const clientSignal = request.signal;
    if (clientSignal?.aborted) throw turnAbortedError(clientSignal);
    try {
      return await this.calls.run(
        {
          purpose: this.purpose,
          context: request.llmCall ?? { lane: SYSTEM_LANE },
          signal: clientSignal,
          timeoutMs: this.ollama.timeoutMs,
          maxRetries: this.ollama.maxRetries,
          retryBaseDelayMs: this.ollama.retryBaseDelayMs,
          describedAs: request.describedAs,
        },
        attempt,
      );
    } catch (error) {
      if (clientSignal?.aborted) throw turnAbortedError(clientSignal);
      if (error instanceof CapacityExceededError) throw error;
      if (error instanceof LlmCallError) {
        const recovered = request.recover?.(error);
        if (recovered !== undefined) return recovered;
        throw llmUnavailable(provider, error.reason);
      }
      if (error instanceof NoUsableHostError) {
        this.metrics.llmCallRefused(this.purpose, 'circuit_open');
        throw llmUnavailable(provider, CIRCUIT_OPEN_REASON);
      }
      throw error;
    }
  }

  /**
   * What an attempt's error was, for the runner to retry or not: the attempt's own signal fired
   * without the client's means the per-attempt timeout.
   */
  attemptFailure(
    error: unknown,
    signals: { client?: AbortSignal; attempt: AbortSignal },
    tokensStreamed: boolean,
    wholeReply = false,
  ): LlmCallError {
    const clientAborted = signals.client?.aborted ?? false;
    return classifyLlmFailure(error, {
      clientAborted,
      timedOut: signals.attempt.aborted && !clientAborted,
      timeoutMs: this.ollama.timeoutMs,
      tokensStreamed,
      wholeReply,
    });
  }
}
