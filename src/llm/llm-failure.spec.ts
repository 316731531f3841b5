import { classifyLlmFailure, type AttemptCircumstances } from './llm-failure.js';

const normal: AttemptCircumstances = {
  clientAborted: false,
  timedOut: false,
  timeoutMs: 60_000,
  tokensStreamed: false,
};

/** The shape of the ollama client's ResponseError. */
const responseError = (status: number, message: string) =>
  Object.assign(new Error(message), { name: 'ResponseError', status_code: status });

const fetchFailed = (code: string) =>
  new TypeError('fetch failed', { cause: Object.assign(new Error(`connect ${code}`), { code }) });

describe('classifyLlmFailure', () => {
  it.each([
    ['connection refused', fetchFailed('ECONNREFUSED'), 'connection', 'the connection failed (ECONNREFUSED)'],
    ['connection reset', fetchFailed('ECONNRESET'), 'connection', 'the connection failed (ECONNRESET)'],
    [
      'a body cut by the server',
      new TypeError('terminated', { cause: Object.assign(new Error('other side closed'), { code: 'UND_ERR_SOCKET' }) }),
      'connection',
      'the connection failed (UND_ERR_SOCKET)',
    ],
    [
      'an unreachable host',
      new TypeError('fetch failed', { cause: new Error('bad port') }),
      'connection',
      'it could not be reached',
    ],
    [
      'a stream without its done line',
      new Error('Did not receive done or success response in stream.'),
      'connection',
      'the connection was interrupted',
    ],
    ['HTTP 500', responseError(500, 'boom'), 'server_error', 'it answered HTTP 500'],
    ['HTTP 503', responseError(503, 'no healthy upstream'), 'server_error', 'it answered HTTP 503'],
  ])('retries %s', (_label, error, kind, reason) => {
    const failure = classifyLlmFailure(error, normal);
    expect(failure).toMatchObject({ kind, reason, retryable: true, countsAgainstBreaker: true });
    expect(failure.cause).toBe(error);
  });

  it('retries a timeout and names the limit', () => {
    const failure = classifyLlmFailure(new DOMException('aborted', 'AbortError'), {
      ...normal,
      timedOut: true,
      timeoutMs: 1500,
    });
    expect(failure).toMatchObject({
      kind: 'timeout',
      retryable: true,
      countsAgainstBreaker: true,
      reason: 'it did not answer within 1500 ms',
    });
    expect(classifyLlmFailure(new Error('x'), { ...normal, timedOut: true, wholeReply: true })).toMatchObject({
      kind: 'timeout',
      retryable: false,
      countsAgainstBreaker: true,
    });
    expect(classifyLlmFailure(responseError(500, 'x'), { ...normal, wholeReply: true }).retryable).toBe(true);
    expect(classifyLlmFailure(new Error('x'), { ...normal, timedOut: true }).reason).toBe(
      'it did not answer within 60 s',
    );
  });

  it('neither retries nor counts a 4xx: the request itself was refused', () => {
    const failure = classifyLlmFailure(
      responseError(404, 'model "medgemma1.5" not found, try pulling it first'),
      normal,
    );
    expect(failure).toMatchObject({ kind: 'rejected', retryable: false, countsAgainstBreaker: false });
    expect(failure.reason).toBe(
      'it refused the request (HTTP 404: model "medgemma1.5" not found, try pulling it first)',
    );
  });

  it.each([
    ['Ollama full queue', responseError(503, 'server busy, please try again.  maximum pending requests exceeded'), 503],
    ['an overloaded server', Object.assign(new Error('503 Model is overloaded'), { status: 503 }), 503],
    ['429 from the ollama client', responseError(429, 'slow down'), 429],
    ['429 from the openai client', Object.assign(new Error('429 Too Many Requests'), { status: 429 }), 429],
  ])('treats %s as busy: a capacity signal the breaker never counts', (_label, error, status) => {
    expect(classifyLlmFailure(error, normal)).toMatchObject({
      kind: 'busy',
      busy: true,
      retryable: false,
      countsAgainstBreaker: false,
      reason: `it is busy (HTTP ${status})`,
    });
  });

  it('neither retries nor counts a client abort, whatever error it surfaced as', () => {
    for (const error of [
      new DOMException('aborted', 'AbortError'),
      fetchFailed('ECONNRESET'),
      responseError(500, 'x'),
    ]) {
      expect(classifyLlmFailure(error, { ...normal, clientAborted: true, timedOut: false })).toMatchObject({
        kind: 'client_abort',
        retryable: false,
        countsAgainstBreaker: false,
      });
    }
  });

  it('never retries once tokens reached the patient, but still counts the failure', () => {
    const streamed = { ...normal, tokensStreamed: true };
    expect(classifyLlmFailure(new TypeError('terminated'), streamed)).toMatchObject({
      kind: 'connection',
      retryable: false,
      countsAgainstBreaker: true,
      reason: 'the connection dropped in the middle of the answer',
    });
    expect(
      classifyLlmFailure(new TypeError('terminated', { cause: { code: 'UND_ERR_SOCKET' } }), streamed).reason,
    ).toBe('the connection dropped in the middle of the answer');
    expect(classifyLlmFailure(responseError(500, 'x'), streamed).retryable).toBe(false);
    expect(classifyLlmFailure(new Error('x'), { ...streamed, timedOut: true }).retryable).toBe(false);
  });

  it('counts but does not retry an error Ollama reports inside the stream', () => {
    expect(classifyLlmFailure(new Error('runner terminated'), normal)).toMatchObject({
      kind: 'stream_error',
      retryable: false,
      countsAgainstBreaker: true,
      reason: 'it reported an error (runner terminated)',
    });
  });

  it('keeps the reason short', () => {
    const failure = classifyLlmFailure(new Error('x'.repeat(500)), normal);
    expect(failure.reason.length).toBeLessThan(160);
  });
});
