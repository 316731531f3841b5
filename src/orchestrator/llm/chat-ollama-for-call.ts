import { ChatOllama } from '@langchain/ollama';
import type { OllamaSettings } from '../orchestrator-settings.js';

/**
 * A ChatOllama whose HTTP requests are cancelled by `signal`.
 *
 * ChatOllama never hands the call's signal to fetch: it only notices an abort when the next
 * chunk arrives (so a hung Ollama is never cancelled), and it cancels through its client's
 * `abort()`, which ends every stream of that client — one patient leaving would cut off every
 * other patient's answer on a shared instance. A cheap client per call, with a fetch bound to
 * the call's signal, closes exactly this call's connection at once.
 */
export function chatOllamaForCall(settings: OllamaSettings & { baseUrl: string }, signal: AbortSignal): ChatOllama {
  return new ChatOllama({
    baseUrl: settings.baseUrl,
    model: settings.model,
    temperature: settings.temperature,
    numPredict: settings.numPredict,
    keepAlive: settings.keepAlive,
    fetch: (input, init) =>
      fetch(input, { ...init, signal: init?.signal ? AbortSignal.any([init.signal, signal]) : signal }),
  });
}
