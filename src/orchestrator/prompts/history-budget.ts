import type { PriorExchange } from '../chat-turn.js';

/**
 * A tokenizer-free estimate: about four characters per token holds for English prose across
 * the Gemma and Llama tokenizers, and a budget only needs to be roughly right.
 */
const CHARS_PER_TOKEN = 4;

export function estimateTokens(text: string): number {
  return Math.ceil(text.length / CHARS_PER_TOKEN);
}

export function exchangeTokens(exchange: PriorExchange): number {
  return estimateTokens(exchange.user) + estimateTokens(exchange.assistant);
}

/**
 * The most recent exchanges that fit in `budget` tokens, returned oldest first. Selection
 * walks back from the newest and stops at the first exchange that does not fit: skipping it
 * for an older, shorter one would show the model a conversation with a hole in it.
 *
 * @param history earlier exchanges, oldest first (as the chat module supplies them)
 */
export function selectHistoryWithinBudget(history: readonly PriorExchange[], budget: number): PriorExchange[] {
  const newestFirst: PriorExchange[] = [];
  let used = 0;
  for (let index = history.length - 1; index >= 0; index -= 1) {
    const cost = exchangeTokens(history[index]);
    if (used + cost > budget) break;
    used += cost;
    newestFirst.push(history[index]);
  }
  return newestFirst.reverse();
}
