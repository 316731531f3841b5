import type { BaseChatModel } from '@langchain/core/language_models/chat_models';
import type { LlmProviderName } from '../../../llm/index.js';
import type { LlmHost } from '../../../llm/index.js';

export interface ChatModelOptions {
  /** The chat model or the vision model. */
  vision: boolean;
  temperature: number;
}

/**
 * The one place that knows which LangChain chat model speaks to the configured provider
 * (ChatOllama, or ChatOpenAI for vLLM, llama.cpp's server, TGI, LocalAI). Everything around a
 * call — slots, routing, retries, breakers, streaming, guardrails — is the same for both.
 */
export abstract class ChatModelFactory {
  abstract readonly provider: LlmProviderName;
  abstract readonly chatModelName: string;
  abstract readonly visionModelName: string;

  /**
   * A model client for one call on one host, whose HTTP request `signal` really closes: a
   * shared client would cancel through a method that ends every stream it has open.
   */
  abstract create(host: LlmHost, options: ChatModelOptions, signal: AbortSignal): BaseChatModel;

  /** Call options that constrain the answer to a JSON schema (the image findings). */
  abstract structuredOutput(schema: Record<string, unknown>): Record<string, unknown>;
}

/** A fetch whose requests also end when `signal` aborts. */
export function fetchBoundTo(signal: AbortSignal): typeof fetch {
  return (input, init) =>
    fetch(input, { ...init, signal: init?.signal ? AbortSignal.any([init.signal, signal]) : signal });
}
