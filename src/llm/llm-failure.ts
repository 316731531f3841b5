/**
 * How a failed attempt on an LLM host (Ollama or an OpenAI-compatible server) is treated:
 * retried (transient and nothing shown to the patient yet), counted by the host's circuit
 * breaker (the host misbehaved), or neither (the client left, the host refused the request as
 * such, or the host said it is busy).
 *
 * `busy` is a capacity signal, not a fault: Ollama answers 503 "server busy" when its queue
 * (OLLAMA_MAX_QUEUE) is full, vLLM, TGI and llama.cpp's server answer 429 or 503 "overloaded".
 * The call waits for a slot again (on that host or another) and the breaker never sees it, so
 * a busy morning can never open the circuit and fail everyone.
 */
export type LlmFailureKind =
  'client_abort' | 'timeout' | 'connection' | 'server_error' | 'busy' | 'rejected' | 'stream_error';

const TRANSIENT: ReadonlySet<LlmFailureKind> = new Set(['timeout', 'connection', 'server_error']);
const NOT_THE_HOSTS_FAULT: ReadonlySet<LlmFailureKind> = new Set(['client_abort', 'rejected', 'busy']);

/** What a 503 says when it means "full" rather than "broken" (Ollama: "server busy, please try again"). */
const BUSY_MESSAGE = /busy|overload|capacity|too many|queue (is )?full|try again later/i;

export interface AttemptCircumstances {
  /** The client's own signal fired. */
  clientAborted: boolean;
  /** The attempt's signal fired while the client's did not: the per-attempt timeout. */
  timedOut: boolean;
  timeoutMs: number;
  /** Part of the answer already reached the patient, so a retry would repeat it. */
  tokensStreamed: boolean;
  /**
   * The whole answer was asked for in one reply (no stream). A timeout then says the host was
   * generating for the whole allowance, as a streamed answer's tokens would have shown: a retry
   * would hold a slot as long again and count against the breaker again, so it is not retried.
   */
  wholeReply?: boolean;
}

export class LlmCallError extends Error {
  constructor(
    readonly kind: LlmFailureKind,
    /** A short phrase fit for the patient-facing 503 detail. */
    readonly reason: string,
    readonly retryable: boolean,
    cause: unknown,
  ) {
    super(`LLM call failed (${kind}): ${reason}`, { cause });
    this.name = 'LlmCallError';
  }

  get countsAgainstBreaker(): boolean {
    return !NOT_THE_HOSTS_FAULT.has(this.kind);
  }

  /** The host is full: wait for a slot and try again, whatever the retry budget says. */
  get busy(): boolean {
    return this.kind === 'busy';
  }
}

/** Socket-level failures: the host is down, restarting, or the network between us dropped. */
const CONNECTION_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'EPIPE',
  'ETIMEDOUT',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'EAI_AGAIN',
  'UND_ERR_SOCKET',
  'UND_ERR_CONNECT_TIMEOUT',
  'UND_ERR_HEADERS_TIMEOUT',
  'UND_ERR_BODY_TIMEOUT',
  'UND_ERR_CLOSED',
]);

/** undici's wording for any network failure before a response (the code, if any, is on `cause`). */
const UNREACHABLE_MESSAGE = /^fetch failed$/i;

/** What undici and the ollama client say when a stream ends without Ollama's final `done` line. */
const CUT_STREAM_MESSAGES = [/^terminated$/i, /other side closed/i, /socket hang up/i, /did not receive done/i];

export function classifyLlmFailure(error: unknown, circumstances: AttemptCircumstances): LlmCallError {
  const { kind, reason } = identify(error, circumstances);
  const generatedUntilTimeout = kind === 'timeout' && circumstances.wholeReply === true;
  const retryable = TRANSIENT.has(kind) && !circumstances.tokensStreamed && !generatedUntilTimeout;
  return new LlmCallError(kind, reason, retryable, error);
}

function identify(error: unknown, circumstances: AttemptCircumstances): { kind: LlmFailureKind; reason: string } {
  if (circumstances.clientAborted) return { kind: 'client_abort', reason: 'the client went away' };
  if (circumstances.timedOut)
    return { kind: 'timeout', reason: `it did not answer within ${formatDuration(circumstances.timeoutMs)}` };
  const status = httpStatusOf(error);
  if (status === 429 || (status === 503 && BUSY_MESSAGE.test(messageOf(error))))
    return { kind: 'busy', reason: `it is busy (HTTP ${status})` };
  if (status !== undefined && status >= 500) return { kind: 'server_error', reason: `it answered HTTP ${status}` };
  if (status !== undefined)
    return { kind: 'rejected', reason: `it refused the request (HTTP ${status}: ${brief(messageOf(error))})` };
  const code = connectionCodeOf(error);
  const message = messageOf(error);
  const unreachable = UNREACHABLE_MESSAGE.test(message);
  if (code || unreachable || CUT_STREAM_MESSAGES.some((pattern) => pattern.test(message))) {
    if (circumstances.tokensStreamed)
      return { kind: 'connection', reason: 'the connection dropped in the middle of the answer' };
    if (code) return { kind: 'connection', reason: `the connection failed (${code})` };
    return { kind: 'connection', reason: unreachable ? 'it could not be reached' : 'the connection was interrupted' };
  }
  // Ollama reports a runner crash as an `{"error": …}` line inside a 200 stream.
  return { kind: 'stream_error', reason: `it reported an error (${brief(messageOf(error))})` };
}

/** The ollama client's `ResponseError` carries `status_code`; the openai client's `APIError` carries `status`. */
export function httpStatusOf(error: unknown): number | undefined {
  const carrier = error as { status_code?: unknown; status?: unknown } | null;
  const status = carrier?.status_code ?? carrier?.status;
  return typeof status === 'number' ? status : undefined;
}

/** fetch wraps socket errors: `TypeError('fetch failed', { cause: { code: 'ECONNREFUSED' } })`. */
function connectionCodeOf(error: unknown): string | undefined {
  for (
    let current = error, depth = 0;
    current && depth < 5;
    current = (current as { cause?: unknown }).cause, depth += 1
  ) {
    const code = (current as { code?: unknown }).code;
    if (typeof code === 'string' && CONNECTION_CODES.has(code)) return code;
  }
  return undefined;
}

/** Duck-typed: errors from fetch are created in Node's own realm, where `instanceof Error` can fail (Jest's VM contexts). */
function messageOf(error: unknown): string {
  const message = (error as { message?: unknown } | null)?.message;
  return typeof message === 'string' ? message : String(error);
}

function brief(text: string): string {
  const oneLine = text.replace(/\s+/g, ' ').trim();
  return oneLine.length > 120 ? `${oneLine.slice(0, 117)}...` : oneLine;
}

function formatDuration(ms: number): string {
  return ms % 1000 === 0 ? `${ms / 1000} s` : `${ms} ms`;
}
