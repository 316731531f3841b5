import type { PromptMessage } from '../prompts/prompt-message.js';
import type { LlmCallContext } from '../../llm/index.js';

export interface GenerationHooks {
  /** Each piece of the answer as it is produced. */
  onToken?: (delta: string) => void;
  /** The client went away: stop generating and release the model call. */
  signal?: AbortSignal;
  /** The turn's fair-share lane, queue listener and token counter; without it the call uses the system lane. */
  llmCall?: LlmCallContext;
}

/**
 * The language model behind the `reason` node. The graph depends on this seam rather than on
 * a LangChain chat model so routing can be tested without a model and the model call keeps its own
 * resilience rules in one place.
 */
export abstract class AnswerGenerator {
  /** Reported as `metadata.model`. */
  abstract readonly modelName: string;

  /**
   * Resolves with the whole answer after streaming it through `onToken`. Rejects with
   * `DependencyUnavailableError` when the model cannot answer, or with the signal's reason
   * when the client aborted. `llmCall.admit` (the turn's model gate) is awaited before the model
   * is asked, and what it throws is passed through unchanged.
   */
  abstract generate(prompt: readonly PromptMessage[], hooks: GenerationHooks): Promise<string>;
}
