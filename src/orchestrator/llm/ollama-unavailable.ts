import { DependencyUnavailableError } from '../chat-turn.js';

/** The 503 detail for any way the model call failed; `reason` is a short phrase. */
export function ollamaUnavailable(reason: string): DependencyUnavailableError {
  return new DependencyUnavailableError(
    'Ollama',
    `The medical language model (Ollama) is unavailable: ${reason}. Please try again shortly.`,
  );
}

export function ollamaNotConfigured(): DependencyUnavailableError {
  return new DependencyUnavailableError(
    'Ollama',
    'The language model is not configured: set OLLAMA_BASE_URL to an Ollama server.',
  );
}

export const CIRCUIT_OPEN_REASON = 'it failed several times in a row, so calls are paused for a short while';
