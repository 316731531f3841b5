import { classifyFetchFailure, classifyStatus } from './speech-to-text-failure.js';
import { transcriptionsUrl } from './speech-to-text-settings.js';

const normal = { clientAborted: false, timedOut: false, timeoutMs: 60_000 };
const refused = new TypeError('fetch failed', {
  cause: Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:9'), { code: 'ECONNREFUSED' }),
});

describe('speech-to-text failures', () => {
  it('retries and counts connection failures and timeouts', () => {
    expect(classifyFetchFailure(refused, normal)).toMatchObject({
      kind: 'connection',
      reason: 'the connection failed (ECONNREFUSED)',
      retryable: true,
      countsAgainstBreaker: true,
    });
    expect(classifyFetchFailure(new TypeError('fetch failed'), normal).reason).toBe('it could not be reached');
    expect(
      classifyFetchFailure(new DOMException('aborted', 'AbortError'), { ...normal, timedOut: true, timeoutMs: 1500 }),
    ).toMatchObject({
      kind: 'timeout',
      reason: 'it did not answer within 1500 ms',
      retryable: true,
    });
  });

  it('neither retries nor counts a client that left', () => {
    expect(classifyFetchFailure(refused, { ...normal, clientAborted: true })).toMatchObject({
      kind: 'client_abort',
      retryable: false,
      countsAgainstBreaker: false,
    });
  });

  it.each([
    [500, '', 'server_error', true, true, 'it answered HTTP 500'],
    [429, '{"error":{"message":"busy"}}', 'server_error', true, true, 'it answered HTTP 429'],
    [
      400,
      '{"error":{"message":"Invalid file format","type":"invalid_request_error"}}',
      'recording_refused',
      false,
      false,
      'it could not use the recording (HTTP 400: Invalid file format)',
    ],
    [
      415,
      'unsupported audio',
      'recording_refused',
      false,
      false,
      'it could not use the recording (HTTP 415: unsupported audio)',
    ],
    [401, '{"detail":"bad key"}', 'request_refused', false, true, 'it refused the request (HTTP 401: bad key)'],
    [404, '', 'request_refused', false, true, 'it refused the request (HTTP 404)'],
  ])('classifies HTTP %i', (status, body, kind, retryable, counts, reason) => {
    expect(classifyStatus(status, body)).toMatchObject({ kind, retryable, countsAgainstBreaker: counts, reason });
  });
});

describe('transcriptionsUrl', () => {
  it('appends the OpenAI path to a server root, and accepts a base that already ends in /v1', () => {
    expect(transcriptionsUrl('http://stt:8080')).toBe('http://stt:8080/v1/audio/transcriptions');
    expect(transcriptionsUrl('http://stt:8080/')).toBe('http://stt:8080/v1/audio/transcriptions');
    expect(transcriptionsUrl('https://api.example.com/v1')).toBe('https://api.example.com/v1/audio/transcriptions');
  });
});
