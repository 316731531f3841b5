/** Tokens one chat turn consumed, by role, as the quota and the metrics count them. */
export interface TurnTokens {
  prompt: number;
  completion: number;
  /** `reported`: the LLM layer's own count; `estimated`: about four characters per token. */
  source: 'reported' | 'estimated';
}

/** What the quota reads of a turn's result: the answer, and the LLM layer's usage when it reports one. */
export interface TurnOutcome {
  response: string;
  usage?: { promptTokens: number; completionTokens: number } | null;
}

/** English text with a SentencePiece/BPE vocabulary (MedGemma's Gemma tokenizer): about four characters a token. */
const CHARS_PER_TOKEN = 4;

const estimate = (text: string) => Math.ceil(text.length / CHARS_PER_TOKEN);

/**
 * The turn's tokens. The LLM layer reports what its model calls consumed (chat and vision
 * together, the whole prompt with context and records) as `usage`; that count is used when it is
 * there. A result without it (a runner that does not report usage) is estimated from the
 * patient's message and the answer at about four characters a token: the context the model saw
 * is not counted then, so the estimate is low, never high.
 */
export function tokensOfTurn(message: string, outcome: TurnOutcome): TurnTokens {
  const usage = outcome.usage;
  if (usage && Number.isFinite(usage.promptTokens) && Number.isFinite(usage.completionTokens)) {
    return {
      prompt: Math.max(0, Math.round(usage.promptTokens)),
      completion: Math.max(0, Math.round(usage.completionTokens)),
      source: 'reported',
    };
  }
  return { prompt: estimate(message), completion: estimate(outcome.response), source: 'estimated' };
}
