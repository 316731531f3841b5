import type { ChatOllama } from '@langchain/ollama';
import type { WholeAnswer, WholeAnswerRequest } from './node-http-fetch.js';

/** What the ollama client's `chat` takes and, asked for no stream, answers. */
export type OllamaChatRequest = Parameters<ChatOllama['client']['chat']>[0];
export type OllamaChatReply = Awaited<ReturnType<ChatOllama['client']['chat']>>;

/** The headers the ollama client (0.6) sends with every request; a caller's own of the same name give way. */
const CLIENT_HEADERS = {
  'Content-Type': 'application/json',
  Accept: 'application/json',
  'User-Agent': `ollama-js/0.6.4 (${process.arch} ${process.platform} Node.js/${process.version})`,
};
const CLIENT_HEADER_NAMES = new Set(Object.keys(CLIENT_HEADERS).map((name) => name.toLowerCase()));

/** The error the ollama client throws for an answer outside 2xx: what classifyLlmFailure reads (`status_code`, message). */
export class OllamaResponseError extends Error {
  override readonly name = 'ResponseError';

  constructor(
    readonly error: string,
    readonly status_code: number,
  ) {
    super(error);
  }
}

/**
 * Ollama's /api/chat asked for the whole answer (`stream: false`) and read as one JSON object,
 * sent as the ollama client sends it (same URL, headers and body) and failing as it fails, but
 * through `send` (nodeHttpWholeAnswerBoundTo), which reads the answer as text instead of through
 * a fetch Response: no Headers, Response or web stream of the body for the REST turn's one reply.
 * Undefined when the client must ask itself: the host answered with a redirect (the client's
 * fetch follows it), or it is ollama.com (the client adds the OLLAMA_API_KEY).
 */
export async function requestWholeReply(
  send: WholeAnswerRequest,
  baseUrl: string,
  headers: Record<string, string> | undefined,
  request: OllamaChatRequest & { stream: false },
): Promise<OllamaChatReply | undefined> {
  const url = chatUrlOf(baseUrl);
  if (url.hostname === 'ollama.com') return undefined;
  const answer = await send(url, {
    method: 'POST',
    headers: { ...CLIENT_HEADERS, ...ownHeaders(headers) },
    body: JSON.stringify(request),
  });
  if (answer === undefined) return undefined;
  if (answer.status < 200 || answer.status > 299) throw responseErrorOf(answer);
  return JSON.parse(answer.text) as OllamaChatReply;
}

/** `{host}/api/chat` as the ollama client forms it: the base URL's path kept less one trailing slash, no query. */
function chatUrlOf(baseUrl: string): URL {
  const url = new URL(baseUrl);
  url.pathname = `${url.pathname.replace(/\/$/, '')}/api/chat`;
  url.search = '';
  url.hash = '';
  return url;
}

function ownHeaders(headers: Record<string, string> | undefined): Record<string, string> {
  if (headers === undefined) return {};
  return Object.fromEntries(Object.entries(headers).filter(([name]) => !CLIENT_HEADER_NAMES.has(name.toLowerCase())));
}

/** As the ollama client reads a failed answer: a JSON `error`, else the text, else "Error <status>: <status text>". */
function responseErrorOf(answer: WholeAnswer): OllamaResponseError {
  let message = `Error ${answer.status}: ${answer.statusText}`;
  if (answer.contentType?.includes('application/json')) {
    try {
      message = (JSON.parse(answer.text) as { error?: string }).error || message;
    } catch {
      // Not JSON after all: the status line says it.
    }
  } else {
    message = answer.text || message;
  }
  return new OllamaResponseError(message, answer.status);
}
