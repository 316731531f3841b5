import http from 'node:http';
import https from 'node:https';
import { Readable } from 'node:stream';
import { fetchBoundTo } from './chat-model-factory.js';

/**
 * How long a connection may sit idle in the pool before it is closed: undici's keepAliveTimeout,
 * so a proxy, load balancer or NAT that drops idle connections after a minute never hands the
 * next turn a dead socket. A server's shorter `Keep-Alive: timeout=` hint still wins (Node's
 * agent ignores hints when this is 0). It closes only free sockets: on a request in flight, a
 * long answer included, the socket's timeout merely emits an event nothing listens to.
 */
export const IDLE_CONNECTION_MS = 4_000;

/** Kept-alive connections per protocol, as fetch's global dispatcher keeps them. */
const AGENTS = {
  'http:': new http.Agent({ keepAlive: true, timeout: IDLE_CONNECTION_MS }),
  'https:': new https.Agent({ keepAlive: true, timeout: IDLE_CONNECTION_MS }),
} as const;

/** Statuses whose response has no body: a Response given one throws. */
const NULL_BODY_STATUSES = new Set([101, 103, 204, 205, 304]);
const REDIRECT_STATUSES = new Set([301, 302, 303, 307, 308]);

/**
 * A fetch for the Ollama client, over node:http, whose requests also end when `signal` aborts
 * (as fetchBoundTo's). Every model call sends one JSON body and reads one streamed answer; done
 * through Node's built-in fetch (undici) that costs 0.4-0.9 ms more CPU per call than through
 * node:http on this machine (ChatOllama against the bench's fake, in-process, alternated; see the
 * commit), most of it undici's request pipeline and its async writing of a string body. The
 * answer is the same Response (status, headers, a web stream of the body), so the client reads
 * it unchanged; a failure before the response is fetch's `TypeError('fetch failed')` with the
 * socket error as its cause, and an abort rejects (or ends the body) with fetch's AbortError, so
 * classifyLlmFailure reads both as before. What this does not do falls back to fetch itself: a
 * Request object or a body other than text or bytes, and a redirect (asked again by fetch, which
 * follows it).
 */
export function nodeHttpFetchBoundTo(signal: AbortSignal): typeof fetch {
  const viaFetch = fetchBoundTo(signal);
  return (input, init = {}) => {
    const url = typeof input === 'string' ? new URL(input) : input instanceof URL ? input : undefined;
    const { body } = init;
    const agent = url && agentFor(url);
    if (
      !url ||
      !agent ||
      !(body === undefined || body === null || typeof body === 'string' || body instanceof Uint8Array)
    )
      return viaFetch(input, init);
    const signals = init.signal ? [signal, init.signal] : [signal];
    const sent = { method: init.method ?? 'GET', headers: plainHeaders(init.headers), body: body ?? undefined };
    return requestEndedBy<Response>(url, agent, sent, signals, (answer, status, resolve, reject) => {
      if (REDIRECT_STATUSES.has(status) && answer.headers.location) {
        answer.resume();
        return resolve(viaFetch(input, init));
      }
      try {
        resolve(responseOf(answer, status));
      } catch (error) {
        // A header fetch would refuse (an invalid value): refused as fetch refuses it.
        answer.destroy();
        reject(new TypeError('fetch failed', { cause: error }));
      }
    });
  };
}

/** An answer read to its end: its status, the type its headers name, and its body as text. */
export interface WholeAnswer {
  status: number;
  statusText: string;
  contentType: string | undefined;
  text: string;
}

/** One request whose answer is read whole; undefined when the answer is a redirect (fetch follows those). */
export type WholeAnswerRequest = (
  url: URL,
  sent: { method: string; headers: Record<string, string>; body: string },
) => Promise<WholeAnswer | undefined>;

/**
 * As nodeHttpFetchBoundTo, for a caller that reads the whole answer as text: no Response, no
 * Headers, no web stream of the body, which cost a model call that reads one JSON object (the
 * REST turn's whole reply) about as much CPU as the request itself. It fails as that fetch fails:
 * `TypeError('fetch failed')` with the socket error as cause before the answer, the socket's
 * error (ECONNRESET) when the host cuts the answer short, the AbortError when the signal aborts.
 */
export function nodeHttpWholeAnswerBoundTo(signal: AbortSignal): WholeAnswerRequest {
  return (url, sent) => {
    const agent = agentFor(url);
    if (!agent) return Promise.reject(new TypeError('fetch failed', { cause: new Error(`not http(s): ${url.href}`) }));
    return requestEndedBy<WholeAnswer | undefined>(url, agent, sent, [signal], (answer, status, resolve, reject) => {
      if (REDIRECT_STATUSES.has(status) && answer.headers.location) {
        answer.resume();
        return resolve(undefined);
      }
      const chunks: Buffer[] = [];
      answer.on('data', (chunk: Buffer) => chunks.push(chunk));
      answer.once('error', reject);
      answer.once('end', () =>
        resolve({
          status,
          statusText: answer.statusMessage ?? '',
          contentType: answer.headers['content-type'],
          text: Buffer.concat(chunks).toString('utf8'),
        }),
      );
    });
  };
}

function agentFor(url: URL): http.Agent | undefined {
  return url.protocol === 'http:' || url.protocol === 'https:' ? AGENTS[url.protocol] : undefined;
}

/**
 * One request over node:http(s) that any of `signals` ends: before the answer the promise rejects
 * with the AbortError (a signal already aborted: at once), after it the answer is destroyed with
 * it. A failure before the answer is fetch's `TypeError('fetch failed')`, the socket error its
 * cause. `onAnswer` reads the answer and settles the promise.
 */
function requestEndedBy<T>(
  url: URL,
  agent: http.Agent,
  sent: { method: string; headers: Record<string, string>; body: string | Uint8Array | undefined },
  signals: readonly AbortSignal[],
  onAnswer: (
    answer: http.IncomingMessage,
    status: number,
    resolve: (value: T | Promise<T>) => void,
    reject: (error: unknown) => void,
  ) => void,
): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const aborted = signals.find((each) => each.aborted);
    if (aborted) return reject(abortErrorOf(aborted));
    const transport = url.protocol === 'https:' ? https : http;
    let response: http.IncomingMessage | undefined;
    const onAbort = (event: Event) => {
      const error = abortErrorOf(event.target as AbortSignal);
      // Before the answer: the promise rejects; after it, whatever reads the answer does.
      if (response) response.destroy(error);
      else reject(error);
      request.destroy(error);
    };
    const release = () => {
      for (const each of signals) each.removeEventListener('abort', onAbort);
    };
    for (const each of signals) each.addEventListener('abort', onAbort, { once: true });
    const request = transport.request(url, { method: sent.method, headers: sent.headers, agent }, (answer) => {
      response = answer;
      answer.once('close', release);
      onAnswer(answer, answer.statusCode ?? 0, resolve, reject);
    });
    request.once('error', (error) => {
      release();
      // An abort has already settled the promise (or errored the answer) with fetch's AbortError.
      if (!signals.some((each) => each.aborted)) reject(new TypeError('fetch failed', { cause: error }));
    });
    request.end(sent.body);
  });
}

function responseOf(answer: http.IncomingMessage, status: number): Response {
  const headers = new Headers();
  const raw = answer.rawHeaders;
  for (let index = 0; index < raw.length; index += 2) headers.append(raw[index]!, raw[index + 1]!);
  if (NULL_BODY_STATUSES.has(status)) {
    answer.resume();
    return new Response(null, { status, statusText: answer.statusMessage, headers });
  }
  const body = Readable.toWeb(answer) as ReadableStream<Uint8Array>;
  return new Response(body, { status, statusText: answer.statusMessage, headers });
}

function plainHeaders(headers: RequestInit['headers']): Record<string, string> {
  if (headers === undefined) return {};
  if (headers instanceof Headers || Array.isArray(headers))
    return Object.fromEntries(headers as Iterable<[string, string]>);
  return headers as Record<string, string>;
}

/** What fetch rejects with when its signal aborts: the signal's reason, or an AbortError. */
function abortErrorOf(signal: AbortSignal): Error {
  return (signal.reason as Error | undefined) ?? new DOMException('This operation was aborted', 'AbortError');
}
