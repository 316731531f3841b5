import { ChatClient } from '../chat/chat-client.js';
import { FakeOllama } from '../support/fake-ollama.js';
import { startTestApp, type TestApp } from '../support/test-app.js';
import { capacityEnv, health, metric, signInPatients, taggedQuestion } from './capacity-kit.js';

/**
 * A morning rush against one Ollama with 4 slots and a queue of 16, generations of 1.5 s:
 * 100 patients asking at once used to get 20 answers and 80 refusals, because the app sent
 * everything at once and Ollama's "busy" answers opened the breaker. Now the app keeps the
 * queue: everyone is answered, the server never runs more than its slots, the breaker stays shut.
 */
const PATIENTS = 100;

describe('one LLM host, 100 patients at once', () => {
  const ollama = new FakeOllama({ parallel: 4, maxQueue: 16 });
  let app: TestApp;
  let client: ChatClient;

  beforeAll(async () => {
    await ollama.start();
    ollama.latency(1500);
    app = await startTestApp(capacityEnv(ollama.url, { LLM_SLOTS_PER_HOST: '4' }));
    client = new ChatClient(app);
  });
  afterAll(async () => {
    await app?.close();
    await ollama.stop();
  });

  it('answers every patient, never runs more than 4 generations at once, and keeps the breaker closed', async () => {
    const patients = await signInPatients(client, PATIENTS);

    const answers = await Promise.all(
      patients.map((patient, index) => client.send(patient, { message: taggedQuestion(`p${index}`) })),
    );

    expect(answers.map((answer) => answer.status)).toEqual(patients.map(() => 200));
    expect(ollama.chatRequests()).toHaveLength(PATIENTS);
    expect(ollama.capacity.peakActive).toBeLessThanOrEqual(4);
    expect(ollama.capacity.refused).toBe(0);
    expect((await health(client)).details.circuit_breakers.ollama).toBe('closed');
    expect(await client.conversations.countDocuments({ status: 'completed' })).toBe(PATIENTS);

    // Most of them waited: the wait histogram saw every call, the gauges are back at rest.
    expect(await metric(app, 'medchat_llm_queue_wait_seconds_count')).toBe(PATIENTS);
    expect(await metric(app, 'medchat_llm_queue_wait_seconds_bucket', { le: '0.01' })).toBeLessThan(PATIENTS);
    expect(await metric(app, 'medchat_llm_queue_length')).toBe(0);
    const host = new URL(ollama.url).host;
    expect(await metric(app, 'medchat_llm_slots_total', { host })).toBe(4);
    expect(await metric(app, 'medchat_llm_slots_in_use', { host })).toBe(0);
  }, 300_000);
});
