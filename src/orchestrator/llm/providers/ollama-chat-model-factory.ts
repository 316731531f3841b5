import type { BaseChatModel } from '@langchain/core/language_models/chat_models';
import { Inject, Injectable } from '@nestjs/common';
import { AppConfig } from '../../../config/app-config.js';
import { ORCHESTRATOR_SETTINGS, type OllamaSettings, type OrchestratorSettings } from '../../orchestrator-settings.js';
import type { LlmHost } from '../../../llm/index.js';
import { ChatModelFactory, type ChatModelOptions } from './chat-model-factory.js';
import { nodeHttpFetchBoundTo, nodeHttpWholeAnswerBoundTo } from './node-http-fetch.js';
import { WholeReplyChatOllama } from './whole-reply-chat-ollama.js';

/**
 * ChatOllama per call. ChatOllama never hands the call's signal to fetch: it only notices an
 * abort when the next chunk arrives (so a hung Ollama is never cancelled), and it cancels
 * through its client's `abort()`, which ends every stream of that client. A cheap client per
 * call, with a fetch bound to the call's signal, closes exactly this call's connection at once.
 * Its `invoke` asks for the whole answer in one reply (WholeReplyChatOllama), read as text
 * without a fetch Response (nodeHttpWholeAnswerBoundTo); its streams stream.
 */
@Injectable()
export class OllamaChatModelFactory extends ChatModelFactory {
  readonly provider = 'ollama' as const;
  readonly chatModelName: string;
  readonly visionModelName: string;
  private readonly ollama: OllamaSettings;

  constructor(@Inject(ORCHESTRATOR_SETTINGS) settings: OrchestratorSettings, config: AppConfig) {
    super();
    this.ollama = settings.ollama;
    this.chatModelName = settings.ollama.model;
    this.visionModelName = config.env.OLLAMA_VISION_MODEL ?? settings.ollama.model;
  }

  create(host: LlmHost, options: ChatModelOptions, signal: AbortSignal): BaseChatModel {
    return new WholeReplyChatOllama({
      baseUrl: host.url,
      model: options.vision ? this.visionModelName : this.chatModelName,
      temperature: options.temperature,
      numPredict: this.ollama.numPredict,
      keepAlive: this.ollama.keepAlive,
      fetch: nodeHttpFetchBoundTo(signal),
      wholeAnswer: nodeHttpWholeAnswerBoundTo(signal),
    });
  }

  structuredOutput(schema: Record<string, unknown>): Record<string, unknown> {
    return { format: schema };
  }
}
