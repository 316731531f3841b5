/**
 * How a failed Ollama attempt is treated: retried (transient and nothing shown to the patient
 * yet), counted by the circuit breaker (Ollama misbehaved), or neither (the client left, or
 * Ollama refused the request as such, which a retry would not change).
 */
export type OllamaFailureKind = 'client_abort' | 'timeout' | 'connection' | 'server_error' | 'rejected' | 'stream_error';

const TRANSIENT: ReadonlySet<OllamaFailureKind> = new Set(['timeout', 'connection', 'server_error']);
const NOT_OLLAMAS_FAULT: ReadonlySet<OllamaFailureKind> = new Set(['client_abort', 'rejected']);

export interface AttemptCircumstances {
  /** The client's own signal fired. */
  clientAborted: boolean;
  /** The attempt's signal fired while the client's did not: the per-attempt timeout. */
  timedOut: boolean;
  timeoutMs: number;
  /** Part of the answer already reached the patient, so a retry would repeat it. */
  tokensStreamed: boolean;
}

export class OllamaCallError extends Error {
  constructor(
    readonly kind: OllamaFailureKind,
    /** A short phrase fit for the patient-facing 503 detail. */
    readonly reason: string,
    readonly retryable: boolean,
    cause: unknown,
  ) {
    super(`Ollama call failed (${kind}): ${reason}`, { cause });
    this.name = 'OllamaCallError';
  }

  get countsAgainstBreaker(): boolean {
    return !NOT_OLLAMAS_FAULT.has(this.kind);
  }
}

/** Socket-level failures: Ollama is down, restarting, or the network between us dropped. */
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

export function classifyOllamaFailure(error: unknown, circumstances: AttemptCircumstances): OllamaCallError {
  const { kind, reason } = identify(error, circumstances);
  const retryable = TRANSIENT.has(kind) && !circumstances.tokensStreamed;
  return new OllamaCallError(kind, reason, retryable, error);
}

function identify(error: unknown, circumstances: AttemptCircumstances): { kind: OllamaFailureKind; reason: string } {
  if (circumstances.clientAborted) return { kind: 'client_abort', reason: 'the client went away' };
  if (circumstances.timedOut) return { kind: 'timeout', reason: `it did not answer within ${formatDuration(circumstances.timeoutMs)}` };
  const status = httpStatusOf(error);
  if (status !== undefined && status >= 500) return { kind: 'server_error', reason: `it answered HTTP ${status}` };
  if (status !== undefined) return { kind: 'rejected', reason: `it refused the request (HTTP ${status}: ${brief(messageOf(error))})` };
  const code = connectionCodeOf(error);
  const message = messageOf(error);
  const unreachable = UNREACHABLE_MESSAGE.test(message);
  if (code || unreachable || CUT_STREAM_MESSAGES.some((pattern) => pattern.test(message))) {
    if (circumstances.tokensStreamed) return { kind: 'connection', reason: 'the connection dropped in the middle of the answer' };
    if (code) return { kind: 'connection', reason: `the connection failed (${code})` };
    return { kind: 'connection', reason: unreachable ? 'it could not be reached' : 'the connection was interrupted' };
  }
  // Ollama reports a runner crash as an `{"error": …}` line inside a 200 stream.
  return { kind: 'stream_error', reason: `it reported an error (${brief(messageOf(error))})` };
}

/** The ollama client's `ResponseError` carries `status_code`. */
function httpStatusOf(error: unknown): number | undefined {
  const status = (error as { status_code?: unknown } | null)?.status_code;
  return typeof status === 'number' ? status : undefined;
}

/** fetch wraps socket errors: `TypeError('fetch failed', { cause: { code: 'ECONNREFUSED' } })`. */
function connectionCodeOf(error: unknown): string | undefined {
  for (let current = error, depth = 0; current && depth < 5; current = (current as { cause?: unknown }).cause, depth += 1) {
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
