import { jest } from '@jest/globals';
import { LLM_BREAKER_THRESHOLD as OLLAMA_BREAKER_THRESHOLD } from '../../src/llm/host-breaker.js';
import { chatEnv, ChatClient } from '../chat/chat-client.js';
import { holdDate } from '../support/fake-date.js';
import { FakeOllama } from '../support/fake-ollama.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

/** The Ollama circuit breaker as operators see it: `details.circuit_breakers.ollama` of /api/health. */
const BREAKER_RESET_MS = 5_000;

describe('circuit breaker state in /api/health', () => {
  const ollama = new FakeOllama();
  let app: TestApp;
  let client: ChatClient;

  beforeAll(async () => {
    await ollama.start();
    // No retries: one failed turn is one failed attempt, so the count to open is exact.
    app = await startTestApp(
      chatEnv(ollama.url, { OLLAMA_MAX_RETRIES: '0', OLLAMA_BREAKER_RESET_MS: String(BREAKER_RESET_MS) }),
    );
    client = new ChatClient(app);
  });
  afterAll(async () => {
    await app?.close();
    await ollama.stop();
    jest.useRealTimers();
  });

  const breakerState = async (): Promise<string> => {
    const health = await client.call('GET', '/api/health');
    expect(health.status).toBe(200);
    return health.body.details.circuit_breakers.ollama;
  };

  it('goes closed → open after repeated failures → closed again once Ollama answers', async () => {
    const patient = await client.login();
    expect(await breakerState()).toBe('closed');
    expect((await client.send(patient, { message: 'Is a daily walk good for my heart?' })).status).toBe(200);

    // The breaker reads its reset delay off Date, which stands still from here until the test moves
    // it: however slowly a loaded host runs, the breaker cannot half-open (and send a trial call to
    // Ollama) before the fast-fail check, and its delay is over when the test says so. Timers and
    // I/O run for real.
    holdDate();
    ollama.failWith(500);
    for (let failure = 1; failure <= OLLAMA_BREAKER_THRESHOLD; failure += 1) {
      expect(await breakerState()).toBe('closed');
      const answer = await client.send(patient, { message: `Failing question ${failure}.` });
      expect(answer.status).toBe(503);
    }
    expect(await breakerState()).toBe('open');

    // Open: the turn fails fast without reaching Ollama.
    const callsBefore = ollama.chatRequests().length;
    const fastFail = await client.send(patient, { message: 'Is the assistant back?' });
    expect(fastFail.status).toBe(503);
    expect(fastFail.type).toMatch(/^application\/problem\+json/);
    expect(fastFail.body.detail).toMatch(/Ollama/);
    expect(ollama.chatRequests().length).toBe(callsBefore);
    expect(await breakerState()).toBe('open');

    // Ollama recovers; after OLLAMA_BREAKER_RESET_MS one trial call goes through and closes it.
    ollama.clearFaults();
    jest.setSystemTime(Date.now() + BREAKER_RESET_MS);
    expect((await client.send(patient, { message: 'Is the assistant back now?' })).status).toBe(200);
    expect(ollama.chatRequests().length).toBe(callsBefore + 1);
    expect(await breakerState()).toBe('closed');
  });
});
