import { ChatClient } from '../chat/chat-client.js';
import { FakeOllama } from '../support/fake-ollama.js';
import { startTestApp, type TestApp } from '../support/test-app.js';
import { capacityEnv, health, metric, signInPatients, taggedQuestion } from './capacity-kit.js';

/**
 * The app believes the host has 8 slots, the server really runs 2 and queues none: every call
 * beyond 2 is answered 503 "server busy". Those answers are capacity signals — the calls wait
 * and try again, the breaker never sees them. Real failures (500s) still open it.
 */
describe('busy is not broken', () => {
  const ollama = new FakeOllama({ parallel: 2, maxQueue: 0 });
  let app: TestApp;
  let client: ChatClient;

  beforeAll(async () => {
    await ollama.start();
    app = await startTestApp(
      capacityEnv(ollama.url, { LLM_SLOTS_PER_HOST: '8', OLLAMA_MAX_RETRIES: '0', OLLAMA_BREAKER_RESET_MS: '600000' }),
    );
    client = new ChatClient(app);
  });
  afterAll(async () => {
    await app?.close();
    await ollama.stop();
  });

  it('waits out "server busy" answers: everyone is answered and the breaker stays closed', async () => {
    const patients = await signInPatients(client, 24);
    // The server's 2 slots hold their answers until it has answered a third call "server busy",
    // so the busy answers come from the app sending beyond the real slots, not from a latency
    // outlasting how spread out the turns reached the app.
    ollama.holdAnswers();

    const answers = Promise.all(
      patients.map((patient, index) => client.send(patient, { message: taggedQuestion(`b${index}`) })),
    );
    await ollama.waitFor(() => ollama.capacity.refused > 0);
    ollama.releaseAnswers();

    expect((await answers).map((answer) => answer.status)).toEqual(patients.map(() => 200));
    expect(ollama.capacity.refused).toBeGreaterThan(0);
    expect(ollama.capacity.peakActive).toBeLessThanOrEqual(2);
    expect(await metric(app, 'medchat_llm_busy_responses_total', { host: new URL(ollama.url).host })).toBe(
      ollama.capacity.refused,
    );
    expect((await health(client)).details.circuit_breakers.ollama).toBe('closed');
  }, 180_000);

  it('still opens the breaker on real failures, and then fails fast without waiting in the queue', async () => {
    const [patient] = await signInPatients(client, 1);
    ollama.latency(0);
    ollama.failWith(500);
    for (let failure = 0; failure < 5; failure += 1) {
      expect((await client.send(patient, { message: taggedQuestion(`f${failure}`) })).status).toBe(503);
    }
    expect((await health(client)).details.circuit_breakers.ollama).toBe('open');

    const calls = ollama.chatRequests().length;
    const fastFail = await client.send(patient, { message: taggedQuestion('fast') });
    expect(fastFail.status).toBe(503);
    expect(fastFail.body.detail).toMatch(/failed several times in a row/);
    expect(ollama.chatRequests()).toHaveLength(calls);
    expect(
      await client.conversations.countDocuments({ status: 'failed', failure_reason: 'dependency_unavailable' }),
    ).toBe(6);
    ollama.clearFaults();
  }, 120_000);
});
