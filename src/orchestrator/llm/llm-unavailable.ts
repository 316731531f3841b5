import { DependencyUnavailableError } from '../chat-turn.js';
import { providerDisplayName, type LlmProviderName } from '../../llm/index.js';

/** The 503 detail for any way the model call failed; `reason` is a short phrase. */
export function llmUnavailable(provider: LlmProviderName, reason: string): DependencyUnavailableError {
  const name = providerDisplayName(provider);
  return new DependencyUnavailableError(
    name,
    `The medical language model (${name}) is unavailable: ${reason}. Please try again shortly.`,
  );
}

export function llmNotConfigured(provider: LlmProviderName): DependencyUnavailableError {
  return provider === 'openai'
    ? new DependencyUnavailableError(
        'the OpenAI-compatible server',
        'The language model is not configured: set OPENAI_BASE_URL to an OpenAI-compatible server.',
      )
    : new DependencyUnavailableError(
        'Ollama',
        'The language model is not configured: set OLLAMA_BASE_URL to an Ollama server.',
      );
}

export const CIRCUIT_OPEN_REASON = 'it failed several times in a row, so calls are paused for a short while';
