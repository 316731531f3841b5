import { setTimeout as sleep } from 'node:timers/promises';
import { ChatClient, eventually } from '../chat/chat-client.js';
import { FakeOllama } from '../support/fake-ollama.js';
import { startTestApp, type TestApp } from '../support/test-app.js';
import { capacityEnv, health, metric, signInPatients, taggedQuestion } from './capacity-kit.js';

/**
 * A morning rush against one Ollama with 4 slots and a queue of 16: 100 patients asking at once
 * used to get 20 answers and 80 refusals, because the app sent everything at once and Ollama's
 * "busy" answers opened the breaker. Now the app keeps the queue: everyone is answered, the
 * server never runs more than its slots, the breaker stays shut.
 */
const PATIENTS = 100;
const SLOTS = 4;
/**
 * How long the first four answers are held once the other turns are seen queued: a floor under
 * every queued turn's wait (a slow host only lengthens it), well above the 10 ms histogram bucket
 * the test reads for "waited".
 */
const HELD_AFTER_QUEUE_FORMED_MS = 50;

describe('one LLM host, 100 patients at once', () => {
  const ollama = new FakeOllama({ parallel: 4, maxQueue: 16 });
  let app: TestApp;
  let client: ChatClient;

  beforeAll(async () => {
    await ollama.start();
    app = await startTestApp(capacityEnv(ollama.url, { LLM_SLOTS_PER_HOST: String(SLOTS) }));
    client = new ChatClient(app);
  });
  afterAll(async () => {
    await app?.close();
    await ollama.stop();
  });

  it('answers every patient, never runs more than 4 generations at once, and keeps the breaker closed', async () => {
    const patients = await signInPatients(client, PATIENTS);

    // The first answers are held until every other turn is seen waiting in the app's queue, so
    // the rush is a rush however slowly a loaded host brings the turns in: a generation does not
    // have to outlast how spread out they arrive.
    ollama.holdAnswers();
    const answers = Promise.all(
      patients.map((patient, index) => client.send(patient, { message: taggedQuestion(`p${index}`) })),
    );
    await ollama.waitFor(() => ollama.chatRequests().length === SLOTS);
    await eventually(
      () => metric(app, 'medchat_llm_queue_length'),
      (queued) => queued === PATIENTS - SLOTS,
    );
    // The app sends the server its slots' worth and keeps the rest, held answers or not.
    expect(ollama.chatRequests()).toHaveLength(SLOTS);
    await sleep(HELD_AFTER_QUEUE_FORMED_MS);
    ollama.releaseAnswers();

    expect((await answers).map((answer) => answer.status)).toEqual(patients.map(() => 200));
    expect(ollama.chatRequests()).toHaveLength(PATIENTS);
    expect(ollama.capacity.peakActive).toBeLessThanOrEqual(SLOTS);
    expect(ollama.capacity.refused).toBe(0);
    expect((await health(client)).details.circuit_breakers.ollama).toBe('closed');
    expect(await client.conversations.countDocuments({ status: 'completed' })).toBe(PATIENTS);

    // All but the first four waited: the wait histogram saw every call, the gauges are back at rest.
    expect(await metric(app, 'medchat_llm_queue_wait_seconds_count')).toBe(PATIENTS);
    expect(await metric(app, 'medchat_llm_queue_wait_seconds_bucket', { le: '0.01' })).toBeLessThanOrEqual(SLOTS);
    expect(await metric(app, 'medchat_llm_queue_length')).toBe(0);
    const host = new URL(ollama.url).host;
    expect(await metric(app, 'medchat_llm_slots_total', { host })).toBe(SLOTS);
    expect(await metric(app, 'medchat_llm_slots_in_use', { host })).toBe(0);
  }, 300_000);
});
