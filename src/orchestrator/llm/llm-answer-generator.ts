import { Inject, Injectable } from '@nestjs/common';
import { MetricsRecorder } from '../../metrics/index.js';
import { CapacityExceededError } from '../chat-turn.js';
import { ORCHESTRATOR_SETTINGS, type OllamaSettings, type OrchestratorSettings } from '../orchestrator-settings.js';
import type { PromptMessage } from '../prompts/prompt-message.js';
import { turnAbortedError } from '../../llm/index.js';
import { AnswerGenerator, type GenerationHooks } from './answer-generator.js';
import { SYSTEM_LANE } from '../../llm/index.js';
import { LlmCallRunner } from '../../llm/index.js';
import type { LlmHost } from '../../llm/index.js';
import { NoUsableHostError } from '../../llm/index.js';
import { classifyLlmFailure, LlmCallError } from '../../llm/index.js';
import { CIRCUIT_OPEN_REASON, llmNotConfigured, llmUnavailable } from './llm-unavailable.js';
import { ChatModelFactory } from './providers/chat-model-factory.js';
import { tokenUsageOf } from './providers/token-usage.js';
import { toLangChainMessages } from './to-langchain-messages.js';

/** Whether the patient has already seen part of this turn's answer (shared by its attempts). */
interface TurnProgress {
  tokensStreamed: boolean;
}

/**
 * The reasoning model (MedGemma on Ollama, or on an OpenAI-compatible server), streamed, on a
 * slot of the best host, behind a per-attempt timeout, retries for transient failures and the
 * host's circuit breaker (see LlmCallRunner).
 */
@Injectable()
export class LlmAnswerGenerator extends AnswerGenerator {
  private readonly ollama: OllamaSettings;

  constructor(
    @Inject(ORCHESTRATOR_SETTINGS) settings: OrchestratorSettings,
    private readonly models: ChatModelFactory,
    private readonly calls: LlmCallRunner,
    private readonly metrics: MetricsRecorder,
  ) {
    super();
    this.ollama = settings.ollama;
  }

  get modelName(): string {
    return this.models.chatModelName;
  }

  async generate(prompt: readonly PromptMessage[], hooks: GenerationHooks): Promise<string> {
    const provider = this.models.provider;
    if (!this.calls.pool.configured) throw llmNotConfigured(provider);
    const clientSignal = hooks.signal;
    if (clientSignal?.aborted) throw turnAbortedError(clientSignal);

    const progress: TurnProgress = { tokensStreamed: false };
    try {
      return await this.calls.run(
        {
          purpose: 'chat',
          context: hooks.llmCall ?? { lane: SYSTEM_LANE },
          signal: clientSignal,
          timeoutMs: this.ollama.timeoutMs,
          maxRetries: this.ollama.maxRetries,
          retryBaseDelayMs: this.ollama.retryBaseDelayMs,
          describedAs: provider === 'openai' ? 'the OpenAI-compatible server' : 'Ollama',
        },
        (host, attemptSignal) => this.attempt(host, prompt, hooks, attemptSignal, progress),
      );
    } catch (error) {
      if (clientSignal?.aborted) throw turnAbortedError(clientSignal);
      if (error instanceof CapacityExceededError) throw error;
      if (error instanceof LlmCallError) throw llmUnavailable(provider, error.reason);
      if (error instanceof NoUsableHostError) {
        this.metrics.llmCallRefused('chat', 'circuit_open');
        throw llmUnavailable(provider, CIRCUIT_OPEN_REASON);
      }
      throw error;
    }
  }

  /**
   * One streamed call. Errors of the model call become LlmCallError (which the runner
   * classifies); an error thrown by the caller's onToken is passed through untouched, since it
   * says nothing about the host.
   */
  private async attempt(
    host: LlmHost,
    prompt: readonly PromptMessage[],
    hooks: GenerationHooks,
    attemptSignal: AbortSignal,
    progress: TurnProgress,
  ): Promise<string> {
    const model = this.models.create(host, { vision: false, temperature: this.ollama.temperature }, attemptSignal);
    const callEnded = this.metrics.startLlmCall('chat');
    let answer = '';
    let hookFailure: { error: unknown } | undefined;
    try {
      const stream = await model.stream(toLangChainMessages(prompt), { signal: attemptSignal });
      for await (const chunk of stream) {
        const usage = tokenUsageOf(chunk);
        if (usage) hooks.llmCall?.onUsage?.(usage);
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
      const failure = classifyLlmFailure(error, {
        clientAborted,
        timedOut: attemptSignal.aborted && !clientAborted,
        timeoutMs: this.ollama.timeoutMs,
        tokensStreamed: progress.tokensStreamed,
      });
      callEnded(failure.kind);
      throw failure;
    }
    callEnded(hookFailure ? 'cancelled' : undefined);
    if (hookFailure) throw hookFailure.error;
    return answer;
  }
}
