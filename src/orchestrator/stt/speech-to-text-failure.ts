/**
 * How a failed transcription attempt is treated: retried (transient, the server may answer next
 * time), counted by the breaker (the service misbehaved), or neither (the client left, or the
 * server refused this recording, which a retry would not change).
 */
export type SpeechToTextFailureKind =
  | 'client_abort'
  | 'timeout'
  | 'connection'
  | 'server_error'
  | 'recording_refused'
  | 'request_refused'
  | 'malformed_answer';

const TRANSIENT: ReadonlySet<SpeechToTextFailureKind> = new Set(['timeout', 'connection', 'server_error']);
const NOT_THE_SERVICES_FAULT: ReadonlySet<SpeechToTextFailureKind> = new Set(['client_abort', 'recording_refused']);

/** The server could not use the recording itself (undecodable, unsupported, empty). */
const RECORDING_STATUSES = new Set([400, 413, 415, 422]);
/** Busy or timed out on its side: worth another try. */
const TRANSIENT_STATUSES = new Set([408, 429]);

export class SpeechToTextCallError extends Error {
  constructor(
    readonly kind: SpeechToTextFailureKind,
    /** A short phrase fit for the patient-facing detail. */
    readonly reason: string,
    cause?: unknown,
  ) {
    super(`Speech-to-text call failed (${kind}): ${reason}`, { cause });
    this.name = 'SpeechToTextCallError';
  }

  get retryable(): boolean {
    return TRANSIENT.has(this.kind);
  }

  get countsAgainstBreaker(): boolean {
    return !NOT_THE_SERVICES_FAULT.has(this.kind);
  }
}

/** fetch rejected before or while reading the answer. */
export function classifyFetchFailure(
  error: unknown,
  circumstances: { clientAborted: boolean; timedOut: boolean; timeoutMs: number },
): SpeechToTextCallError {
  if (circumstances.clientAborted) return new SpeechToTextCallError('client_abort', 'the client went away', error);
  if (circumstances.timedOut)
    return new SpeechToTextCallError(
      'timeout',
      `it did not answer within ${formatDuration(circumstances.timeoutMs)}`,
      error,
    );
  const code = codeOf(error);
  return new SpeechToTextCallError(
    'connection',
    code ? `the connection failed (${code})` : 'it could not be reached',
    error,
  );
}

/** A non-2xx answer; `body` is the server's error text (OpenAI-style `{ error: { message } }` or plain). */
export function classifyStatus(status: number, body: string): SpeechToTextCallError {
  const message = brief(errorMessageOf(body));
  if (status >= 500 || TRANSIENT_STATUSES.has(status))
    return new SpeechToTextCallError('server_error', `it answered HTTP ${status}`);
  if (RECORDING_STATUSES.has(status))
    return new SpeechToTextCallError(
      'recording_refused',
      `it could not use the recording (HTTP ${status}${message ? `: ${message}` : ''})`,
    );
  return new SpeechToTextCallError(
    'request_refused',
    `it refused the request (HTTP ${status}${message ? `: ${message}` : ''})`,
  );
}

function errorMessageOf(body: string): string {
  try {
    const parsed = JSON.parse(body) as { error?: { message?: unknown } | string; message?: unknown; detail?: unknown };
    const candidate =
      typeof parsed.error === 'string' ? parsed.error : (parsed.error?.message ?? parsed.message ?? parsed.detail);
    return typeof candidate === 'string' ? candidate : '';
  } catch {
    return body;
  }
}

function codeOf(error: unknown): string | undefined {
  for (
    let current = error, depth = 0;
    current && depth < 5;
    current = (current as { cause?: unknown }).cause, depth += 1
  ) {
    const code = (current as { code?: unknown }).code;
    if (typeof code === 'string' && /^[A-Z_]+$/.test(code)) return code;
  }
  return undefined;
}

function brief(text: string): string {
  const oneLine = text.replace(/\s+/g, ' ').trim();
  return oneLine.length > 120 ? `${oneLine.slice(0, 117)}...` : oneLine;
}

function formatDuration(ms: number): string {
  return ms % 1000 === 0 ? `${ms / 1000} s` : `${ms} ms`;
}
