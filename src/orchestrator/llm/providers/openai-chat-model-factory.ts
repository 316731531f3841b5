import type { BaseChatModel } from '@langchain/core/language_models/chat_models';
import { ChatOpenAI } from '@langchain/openai';
import type { AppConfig } from '../../../config/app-config.js';
import type { OrchestratorSettings } from '../../orchestrator-settings.js';
import type { LlmHost } from '../../../llm/index.js';
import { ChatModelFactory, fetchBoundTo, type ChatModelOptions } from './chat-model-factory.js';

/**
 * ChatOpenAI against any OpenAI-compatible server (vLLM, llama.cpp's server, TGI, LocalAI),
 * one per call for the same reason as ChatOllama: the call's signal must close exactly its
 * own connection. Both retry layers of the client (LangChain's caller and the openai SDK) are
 * off: retries, busy waits and breakers are the capacity layer's, which sees every host.
 * Made by OrchestratorModule's ChatModelFactory provider, which imports this file only when
 * LLM_PROVIDER=openai.
 */
export class OpenAiChatModelFactory extends ChatModelFactory {
  readonly provider = 'openai' as const;
  readonly chatModelName: string;
  readonly visionModelName: string;
  private readonly apiKey: string;
  private readonly maxTokens: number;

  constructor(settings: OrchestratorSettings, config: AppConfig) {
    super();
    this.chatModelName = config.env.OPENAI_MODEL;
    this.visionModelName = config.env.OPENAI_VISION_MODEL ?? config.env.OPENAI_MODEL;
    // Self-hosted servers usually take no key, but the SDK refuses to start without one.
    this.apiKey = config.env.OPENAI_API_KEY ?? 'not-needed';
    this.maxTokens = settings.ollama.numPredict;
  }

  create(host: LlmHost, options: ChatModelOptions, signal: AbortSignal): BaseChatModel {
    return new ChatOpenAI({
      model: options.vision ? this.visionModelName : this.chatModelName,
      temperature: options.temperature,
      maxTokens: this.maxTokens,
      apiKey: this.apiKey,
      maxRetries: 0,
      // The final streamed chunk then carries the token usage (stream_options.include_usage).
      streamUsage: true,
      configuration: { baseURL: host.url, fetch: fetchBoundTo(signal), maxRetries: 0 },
    });
  }

  structuredOutput(schema: Record<string, unknown>): Record<string, unknown> {
    return { response_format: { type: 'json_schema', json_schema: { name: 'image_findings', schema } } };
  }
}
