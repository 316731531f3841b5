import { ChatClient, readEvents, type ServerSentEvent } from '../chat/chat-client.js';
import { FakeOllama, type OllamaChatRequest } from '../support/fake-ollama.js';
import { startTestApp, type TestApp } from '../support/test-app.js';
import { capacityEnv, metric, signInPatients, taggedQuestion, tagOf } from './capacity-kit.js';

/** Resolves once `condition` holds, looking every 20 ms (the test's timeout bounds the wait). */
async function until(condition: () => boolean | Promise<boolean>): Promise<void> {
  while (!(await condition())) await new Promise((resolve) => setTimeout(resolve, 20));
}

/** One slot, so who waits for what is easy to see: queued events, fairness, and the queue's bounds. */
describe('the queue in front of one slot', () => {
  const ollama = new FakeOllama({ tokenDelayMs: 1 });
  const apps: TestApp[] = [];
  const start = async (extra: Record<string, string> = {}) => {
    const app = await startTestApp(capacityEnv(ollama.url, { LLM_SLOTS_PER_HOST: '1', ...extra }));
    apps.push(app);
    return new ChatClient(app);
  };

  beforeAll(() => ollama.start());
  afterAll(async () => {
    for (const app of apps) await app.close();
    await ollama.stop();
  });
  beforeEach(() => ollama.reset());
  const queueLength = () => metric(apps.at(-1)!, 'medchat_llm_queue_length');

  it('tells a waiting stream its position before the first token, never going backwards; the JSON route just waits', async () => {
    const client = await start();
    // Each answer is held at the fake until the test has seen the positions it waits for: the
    // first holds the slot while the stream is told it is second in line, the second while it is
    // told it is next.
    ollama.holdAnswers();
    const [first, second, third] = await signInPatients(client, 3);

    const json = [
      client.send(first, { message: taggedQuestion('first') }),
      client.send(second, { message: taggedQuestion('second') }),
    ];
    await ollama.waitFor(() => ollama.chatRequests().length === 1, 30_000);
    await until(async () => (await queueLength()) >= 1);
    const stream = await client.openStream(third, { message: taggedQuestion('third') });
    const told: number[] = [];
    const reading = readEvents(stream, (event) => {
      if (event.event === 'queued') told.push(event.data.position);
    });
    await until(() => told.includes(2));
    ollama.releaseAnswers().holdAnswers();
    await until(() => told.includes(1));
    ollama.releaseAnswers();
    const { events } = await reading;

    expect((await Promise.all(json)).map((answer) => answer.status)).toEqual([200, 200]);
    const names = events.map((event) => event.event);
    expect(names[0]).toBe('start');
    expect(names.at(-1)).toBe('done');
    const queued = events.filter((event) => event.event === 'queued');
    expect(queued.length).toBeGreaterThanOrEqual(1);
    expect(names.indexOf('token')).toBeGreaterThan(names.lastIndexOf('queued'));
    for (const event of queued)
      expect(event.data).toEqual({ position: expect.any(Number), estimated_wait_seconds: expect.any(Number) });
    const positions = queued.map((event: ServerSentEvent) => event.data.position);
    // Behind the second patient, then next once the second got the slot.
    expect(positions[0]).toBe(2);
    expect(positions.at(-1)).toBe(1);
    expect([...positions].sort((a, b) => b - a)).toEqual(positions);
    expect(queued.every((event) => event.data.estimated_wait_seconds >= 1)).toBe(true);
  }, 120_000);

  it('serves patients round-robin: one patient with many questions cannot starve another', async () => {
    const client = await start();
    // The first answer is held until everyone is in line, so the line is the scheduler's doing.
    ollama.holdAnswers();
    const [busy, other] = await signInPatients(client, 2);

    const many = Array.from({ length: 6 }, (_, index) =>
      client.send(busy, { message: taggedQuestion(`busy${index}`) }),
    );
    await ollama.waitFor(() => ollama.chatRequests().length === 1, 30_000);
    // The busy patient's five other questions wait for the slot before the other patient asks.
    await until(async () => (await queueLength()) >= 5);
    const single = client.send(other, { message: taggedQuestion('other') });
    await until(async () => (await queueLength()) >= 6);
    ollama.releaseAnswers();

    expect((await Promise.all([...many, single])).map((answer) => answer.status)).toEqual(Array(7).fill(200));
    const order = ollama.chatRequests().map((request: OllamaChatRequest) => tagOf(request.messages));
    // Slot order: busy's first, then at most one more of busy's (its lane was already in the rotation), then the other patient — not after all six.
    expect(order.indexOf('other')).toBeLessThanOrEqual(2);
    expect(order.filter((tag) => tag?.startsWith('busy'))).toHaveLength(6);
  }, 120_000);

  it('past LLM_QUEUE_MAX_WAIT_SECONDS: 503 with Retry-After, the turn stored failed with reason capacity, the refusal counted', async () => {
    const client = await start({ LLM_QUEUE_MAX_WAIT_SECONDS: '1' });
    ollama.hang(1);
    const [holder, waiter] = await signInPatients(client, 2);

    const held = client.send(holder, { message: taggedQuestion('holder') });
    await ollama.waitFor(() => ollama.inFlight === 1, 30_000);
    const refused = await client.send(waiter, { message: taggedQuestion('waiter') });

    expect(refused.status).toBe(503);
    expect(refused.type).toMatch(/^application\/problem\+json/);
    expect(refused.body.detail).toMatch(/waited too long/);
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
    const stored = await client.conversations.findOne({ session_id: waiter.sessionId }).lean<any>();
    expect(stored).toMatchObject({ status: 'failed', failure_reason: 'capacity' });
    const history = await client.history(waiter);
    expect(history.body.messages.at(-1).metadata).toMatchObject({ status: 'failed', failure_reason: 'capacity' });
    expect(await metric(apps.at(-1)!, 'medchat_llm_turns_rejected_total', { reason: 'wait_timeout' })).toBe(1);
    expect(await metric(apps.at(-1)!, 'medchat_chat_turns_total', { outcome: 'capacity' })).toBe(1);
    ollama.reset();
    await held;
  }, 120_000);

  it('past LLM_QUEUE_MAX_LENGTH: 503 at once, counted as queue_full; emergencies are answered without a slot', async () => {
    const client = await start({ LLM_QUEUE_MAX_LENGTH: '1' });
    ollama.hang(1);
    ollama.latency(0);
    const [holder, queued, refusedPatient] = await signInPatients(client, 3);

    const held = client.send(holder, { message: taggedQuestion('holder') });
    await ollama.waitFor(() => ollama.inFlight === 1, 30_000);
    const waiting = client.send(queued, { message: taggedQuestion('queued') });
    await until(async () => (await queueLength()) >= 1);
    const refused = await client.send(refusedPatient, { message: taggedQuestion('refused') });

    expect(refused.status).toBe(503);
    expect(refused.body.detail).toMatch(/cannot take more waiting questions/);
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
    expect(await metric(apps.at(-1)!, 'medchat_llm_turns_rejected_total', { reason: 'queue_full' })).toBe(1);

    // The slot is taken and the queue full, yet an emergency is answered at once by triage.
    const emergency = await client.send(refusedPatient, {
      message: 'I have crushing chest pain and my left arm is numb',
    });
    expect(emergency.status).toBe(200);
    expect(emergency.body.metadata.emergency_detected).toBe(true);

    ollama.reset();
    await Promise.all([held, waiting]);
  }, 120_000);
});
