import { Inject, Injectable, Logger, Optional } from '@nestjs/common';
import { isBrokenCircuitError } from 'cockatiel';
import { MetricsRecorder } from '../../metrics/metrics-recorder.js';
import { ORCHESTRATOR_SETTINGS, type OllamaSettings, type OrchestratorSettings } from '../orchestrator-settings.js';
import type { PromptMessage } from '../prompts/prompt-message.js';
import { CircuitBreakerBoard } from '../resilience/circuit-breaker-board.js';
import { turnAbortedError } from '../turn-aborted.js';
import { AnswerGenerator, type GenerationHooks } from './answer-generator.js';
import { chatOllamaForCall } from './chat-ollama-for-call.js';
import { classifyOllamaFailure, OllamaCallError } from './ollama-failure.js';
import { createOllamaResilience, type OllamaResilience } from './ollama-resilience.js';
import { CIRCUIT_OPEN_REASON, ollamaNotConfigured, ollamaUnavailable } from './ollama-unavailable.js';
import { toLangChainMessages } from './to-langchain-messages.js';

/** Whether the patient has already seen part of this turn's answer (shared by its attempts). */
interface TurnProgress {
  tokensStreamed: boolean;
}

/**
 * MedGemma (or whichever OLLAMA_MODEL) through ChatOllama, streamed, behind a per-attempt
 * timeout, retries for transient failures and a circuit breaker.
 */
@Injectable()
export class OllamaAnswerGenerator extends AnswerGenerator {
  private readonly logger = new Logger(OllamaAnswerGenerator.name);
  private readonly ollama: OllamaSettings;
  private readonly resilience: OllamaResilience;
  @Optional() @Inject(MetricsRecorder) private readonly metrics?: MetricsRecorder;

  constructor(@Inject(ORCHESTRATOR_SETTINGS) settings: OrchestratorSettings, breakers: CircuitBreakerBoard) {
    super();
    this.ollama = settings.ollama;
    this.resilience = createOllamaResilience(settings.ollama);
    breakers.track('ollama', this.resilience.breaker);
    this.resilience.retry.onRetry((event) =>
      this.logger.warn(`Retrying Ollama in ${Math.round(event.delay)} ms (attempt ${event.attempt}): ${'error' in event ? event.error.message : 'no answer'}`),
    );
    this.resilience.breaker.onBreak(() => this.logger.error(`Ollama circuit opened: failing fast for ${settings.ollama.breakerResetMs} ms`));
    this.resilience.breaker.onReset(() => this.logger.log('Ollama circuit closed again'));
  }

  get modelName(): string {
    return this.ollama.model;
  }

  async generate(prompt: readonly PromptMessage[], hooks: GenerationHooks): Promise<string> {
    const { baseUrl } = this.ollama;
    if (!baseUrl) throw ollamaNotConfigured();
    const clientSignal = hooks.signal;
    if (clientSignal?.aborted) throw turnAbortedError(clientSignal);

    const progress: TurnProgress = { tokensStreamed: false };
    try {
      return await this.resilience.pipeline.execute(
        ({ signal: attemptSignal }) => this.attempt({ ...this.ollama, baseUrl }, prompt, hooks, attemptSignal, progress),
        clientSignal,
      );
    } catch (error) {
      if (clientSignal?.aborted) throw turnAbortedError(clientSignal);
      if (error instanceof OllamaCallError) throw ollamaUnavailable(error.reason);
      if (isBrokenCircuitError(error)) {
        this.metrics?.llmCallRefused('chat', 'circuit_open');
        throw ollamaUnavailable(CIRCUIT_OPEN_REASON);
      }
      throw error;
    }
  }

  /**
   * One streamed call. Errors of the model call become OllamaCallError (which the policies
   * classify); an error thrown by the caller's onToken is passed through untouched, since it
   * says nothing about Ollama.
   */
  private async attempt(
    settings: OllamaSettings & { baseUrl: string },
    prompt: readonly PromptMessage[],
    hooks: GenerationHooks,
    attemptSignal: AbortSignal,
    progress: TurnProgress,
  ): Promise<string> {
    const model = chatOllamaForCall(settings, attemptSignal);
    const callEnded = this.metrics?.startLlmCall('chat');
    let answer = '';
    let hookFailure: { error: unknown } | undefined;
    try {
      const stream = await model.stream(toLangChainMessages(prompt), { signal: attemptSignal });
      for await (const chunk of stream) {
        const delta = typeof chunk.content === 'string' ? chunk.content : '';
        if (delta === '') continue;
        answer += delta;
        progress.tokensStreamed = true;
        try {
          hooks.onToken?.(delta);
        } catch (error) {
          hookFailure = { error };
          break;
        }
      }
    } catch (error) {
      const clientAborted = hooks.signal?.aborted ?? false;
      const failure = classifyOllamaFailure(error, {
        clientAborted,
        timedOut: attemptSignal.aborted && !clientAborted,
        timeoutMs: settings.timeoutMs,
        tokensStreamed: progress.tokensStreamed,
      });
      callEnded?.(failure.kind);
      throw failure;
    }
    callEnded?.(hookFailure ? 'cancelled' : undefined);
    if (hookFailure) throw hookFailure.error;
    return answer;
  }
}
