import type { TokenUsage } from '../../chat-turn.js';

/**
 * LangChain puts a call's token counts on the message (the final chunk when streaming) as
 * `usage_metadata`: from Ollama's prompt_eval_count / eval_count, from an OpenAI-compatible
 * server's `usage`. Absent counts are zero.
 */
export function tokenUsageOf(message: {
  usage_metadata?: { input_tokens?: number; output_tokens?: number };
}): TokenUsage | undefined {
  const usage = message.usage_metadata;
  if (!usage) return undefined;
  return { promptTokens: usage.input_tokens ?? 0, completionTokens: usage.output_tokens ?? 0 };
}
