import { Inject, Injectable } from '@nestjs/common';
import { MetricsRecorder } from '../../metrics/index.js';
import { LlmCallRunner, type LlmHost } from '../../llm/index.js';
import { ORCHESTRATOR_SETTINGS, type OllamaSettings, type OrchestratorSettings } from '../orchestrator-settings.js';
import type { PromptMessage } from '../prompts/prompt-message.js';
import { AnswerGenerator, type GenerationHooks } from './answer-generator.js';
import { ModelCallPolicy } from './model-call-policy.js';
import { ChatModelFactory } from './providers/chat-model-factory.js';
import { tokenUsageOf } from './providers/token-usage.js';
import { toLangChainMessages } from './to-langchain-messages.js';

/** Whether the patient has already seen part of this turn's answer (shared by its attempts). */
interface TurnProgress {
  tokensStreamed: boolean;
}

/**
 * The reasoning model (MedGemma on Ollama, or on an OpenAI-compatible server), streamed when the
 * caller reads the answer as it comes, on a slot of the best host, behind a per-attempt timeout,
 * retries for transient failures and the host's circuit breaker (see LlmCallRunner).
 */
@Injectable()
export class LlmAnswerGenerator extends AnswerGenerator {
  private readonly ollama: OllamaSettings;
  private readonly policy: ModelCallPolicy;

  constructor(
    @Inject(ORCHESTRATOR_SETTINGS) settings: OrchestratorSettings,
    private readonly models: ChatModelFactory,
    calls: LlmCallRunner,
    private readonly metrics: MetricsRecorder,
  ) {
    super();
    this.ollama = settings.ollama;
    this.policy = new ModelCallPolicy('chat', settings.ollama, models, calls, metrics);
  }

  get modelName(): string {
    return this.models.chatModelName;
  }

  generate(prompt: readonly PromptMessage[], hooks: GenerationHooks): Promise<string> {
    const progress: TurnProgress = { tokensStreamed: false };
    return this.policy.run(
      {
        llmCall: hooks.llmCall,
        signal: hooks.signal,
        describedAs: this.models.provider === 'openai' ? 'the OpenAI-compatible server' : 'Ollama',
      },
      (host, attemptSignal) => this.attempt(host, prompt, hooks, attemptSignal, progress),
    );
  }

  /**
   * One call: streamed when the caller takes the answer as it comes (`onToken`: event streams,
   * WebSocket), one reply otherwise (the REST turn, which answers only once the turn is done). A
   * stream costs CPU per token in the model client for no one's benefit when nothing reads it as
   * it comes; `invoke` asks the provider for the whole answer at once (ChatOllama: see
   * WholeReplyChatOllama; ChatOpenAI does so unless told to stream). Errors of the model call
   * become LlmCallError (which the runner classifies); an error thrown by the caller's onToken is
   * passed through untouched, since it says nothing about the host.
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
      const onToken = hooks.onToken;
      if (onToken === undefined) {
        // No `signal` in the call options here either: the model's fetch is bound to attemptSignal.
        const reply = await model.invoke(toLangChainMessages(prompt));
        const usage = tokenUsageOf(reply);
        if (usage) hooks.llmCall?.onUsage?.(usage);
        answer = typeof reply.content === 'string' ? reply.content : '';
      } else {
        // No `signal` in the call options: the model's fetch is bound to attemptSignal already
        // (ChatModelFactory.create), which ends the request and so the stream. Given the signal
        // too, LangChain races every chunk against it (a promise and an abort listener per token).
        // The model's own chunk generator, not `stream()`: that wraps it in a ReadableStream (a
        // pull promise per chunk, and an error thrown and caught when the stream closes, with its
        // stack trace) behind a wrapper that enters LangChain's run context again for every chunk,
        // none of which this loop needs; the model's callbacks and token usage are the same.
        const stream = model._streamIterator(toLangChainMessages(prompt));
        for await (const chunk of stream) {
          const usage = tokenUsageOf(chunk);
          if (usage) hooks.llmCall?.onUsage?.(usage);
          const delta = typeof chunk.content === 'string' ? chunk.content : '';
          if (delta === '') continue;
          answer += delta;
          progress.tokensStreamed = true;
          try {
            onToken(delta);
          } catch (error) {
            hookFailure = { error };
            break;
          }
        }
      }
    } catch (error) {
      const failure = this.policy.attemptFailure(
        error,
        { client: hooks.signal, attempt: attemptSignal },
        progress.tokensStreamed,
        hooks.onToken === undefined,
      );
      callEnded(failure.kind);
      throw failure;
    }
    callEnded(hookFailure ? 'cancelled' : undefined);
    if (hookFailure) throw hookFailure.error;
    return answer;
  }
}
