import type { Exchange } from './http-fake.js';
import { tokenize } from './model-output.js';
import { NS_PER_MS, structuredReply, type OllamaChatRequest, type OllamaRoute } from './ollama-wire.js';

/** Faults that act once the answer has started (hang and fail act before it). */
export type StreamFault =
  | { kind: 'reset'; afterTokens: number; on: OllamaRoute[] }
  | { kind: 'errorChunk'; afterTokens: number; message: string; on: OllamaRoute[] };

export interface ScriptedAnswer {
  request: OllamaChatRequest;
  /** The reply as scripted; under `format` it becomes JSON if it is not already. */
  scripted: string;
  /** The prompt as one text, for `prompt_eval_count`. */
  promptText: string;
  /** When the call began, for the durations in the final chunk. */
  startedAt: number;
  streamFault: StreamFault | undefined;
  /** Pause before each streamed chunk; read at each chunk, since tests change it between calls. */
  tokenDelayMs: () => number;
  /** The endpoint's part of a chunk: `message` for chat, `response` (+ `context`) for generate. */
  payload: (content: string, done: boolean) => Record<string, unknown>;
  /** The reply never got delivered, so a retry should receive it again. */
  undelivered: () => void;
}

/** Streams the answer as NDJSON (Ollama's default) or returns it as one JSON object, faults applied. */
export async function writeAnswer(ex: Exchange, answer: ScriptedAnswer): Promise<void> {
  const { request, streamFault, payload } = answer;
  const text = request.format ? structuredReply(answer.scripted, request.format) : answer.scripted;
  const tokens = tokenize(text);
  const promptEvalCount = tokenize(answer.promptText).length;
  const final = (content: string): Record<string, unknown> => {
    const totalMs = Date.now() - answer.startedAt;
    return {
      model: request.model,
      created_at: new Date().toISOString(),
      ...payload(content, true),
      done: true,
      done_reason: 'stop',
      total_duration: (totalMs + 1) * NS_PER_MS,
      load_duration: NS_PER_MS,
      prompt_eval_count: promptEvalCount,
      prompt_eval_duration: NS_PER_MS,
      eval_count: tokens.length,
      eval_duration: Math.max(1, totalMs) * NS_PER_MS,
    };
  };

  if (request.stream === false) {
    if (streamFault?.kind === 'reset') {
      answer.undelivered();
      return ex.destroy();
    }
    // Ollama answers a runner failure without a stream as a 500 `{ "error": … }`; the reply was not delivered.
    if (streamFault?.kind === 'errorChunk') {
      answer.undelivered();
      return ex.json(500, { error: streamFault.message });
    }
    // The real server holds a reply asked for whole until it has generated every token.
    await ex.sleep(answer.tokenDelayMs() * (tokens.length + 1));
    if (!ex.open) return;
    return ex.json(200, final(text));
  }

  ex.res.writeHead(200, { 'Content-Type': 'application/x-ndjson' });
  for (const [index, token] of tokens.entries()) {
    if (streamFault && index === streamFault.afterTokens) return cutStream(ex, answer, streamFault);
    await ex.sleep(answer.tokenDelayMs());
    // The client went away: stop "generating", exactly what an abort should achieve.
    if (!ex.open) return;
    const chunk = {
      model: request.model,
      created_at: new Date().toISOString(),
      ...payload(token, false),
      done: false,
    };
    await ex.write(`${JSON.stringify(chunk)}\n`);
  }
  if (streamFault) return cutStream(ex, answer, streamFault);
  await ex.sleep(answer.tokenDelayMs());
  if (!ex.open) return;
  await ex.write(`${JSON.stringify(final(''))}\n`);
  ex.end();
}

async function cutStream(ex: Exchange, answer: ScriptedAnswer, fault: StreamFault): Promise<void> {
  answer.undelivered();
  if (fault.kind === 'reset') return ex.destroy();
  await ex.write(`${JSON.stringify({ error: fault.message })}\n`);
  ex.end();
}
