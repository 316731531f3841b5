import { FakeOllama } from '../support/fake-ollama.js';
import { startTestApp } from '../support/test-app.js';
import { useChatApp } from './chat-app.js';
import { chatEnv, ChatClient, eventually, readEvents } from './chat-client.js';
import { ChatSocketClient } from './chat-socket-client.js';
import { holdTurnStorage } from './turn-storage-hold.js';

const ANSWER = 'Rest, drink fluids and check your temperature twice a day.';
const EMERGENCY = 'I have crushing chest pain spreading to my left arm and I cannot breathe.';

/** Chat turns over the WebSocket: the same turn, storage, triage and errors as POST /chat/message/stream. */
describe('WebSocket /api/chat/ws: turns', () => {
  const { ollama, client } = useChatApp({ ollama: { tokenDelayMs: 1 }, resetFakesBeforeEach: true });

  it('streams start, tokens and done with the checked answer, stored like the REST turn', async () => {
    const patient = await client.login();
    ollama.reply(ANSWER);
    const socket = await ChatSocketClient.signedIn(client.app, patient.token, '/api/v1/chat/ws');

    socket.send({ type: 'message', message: '  I have a fever.  ' });
    const frames = await socket.collectUntil('done', 'error');

    expect(frames[0]).toEqual({ type: 'start', message_id: expect.stringMatching(/^[0-9a-f]{24}$/) });
    const done = frames.at(-1);
    expect(done).toMatchObject({
      type: 'done',
      message_id: frames[0].message_id,
      session_id: patient.sessionId,
      metadata: { model: 'medgemma1.5' },
    });
    const tokens = frames.slice(1, -1);
    expect(tokens.every((frame) => frame.type === 'token')).toBe(true);
    expect(tokens.map((frame) => frame.delta).join('')).toBe(ANSWER);
    // The disclaimer the guardrails append is in the answer, not in the tokens.
    expect(done.response.startsWith(ANSWER)).toBe(true);
    // Checked: nothing to mend, the disclaimer added.
    expect(done.metadata.safety).toEqual({
      violations: [],
      response_replaced: false,
      crisis_support_added: false,
      disclaimer_added: true,
    });

    const stored = await client.conversations.findById(done.message_id).lean<any>();
    expect(stored).toMatchObject({
      status: 'completed',
      message: 'I have a fever.',
      response: done.response,
      patient_id: patient.patientId,
    });
    const history = await client.history(patient);
    expect(history.body.messages.map((m: { content: string }) => m.content)).toEqual([
      'I have a fever.',
      done.response,
    ]);
    socket.close();
  });

  it('answers an emergency at once through triage, without the model', async () => {
    const patient = await client.login();
    const socket = await ChatSocketClient.signedIn(client.app, patient.token);
    socket.send({ type: 'message', message: EMERGENCY });
    const done = (await socket.collectUntil('done', 'error')).at(-1);
    expect(done).toMatchObject({ type: 'done', metadata: { emergency_detected: true } });
    expect(done.response).toMatch(/911|emergency/i);
    expect(ollama.chatRequests()).toHaveLength(0);
    socket.close();
  });

  it("refuses a file id that is not the caller's with a 404 error frame, storing nothing", async () => {
    const patient = await client.login();
    const socket = await ChatSocketClient.signedIn(client.app, patient.token);
    socket.send({
      type: 'message',
      message: 'What is on this photo?',
      image_file_id: 'a3f9c2d4-1b7e-4c1a-9f0e-5d6c7b8a9e01',
    });
    expect(await socket.next()).toMatchObject({ type: 'error', status: 404 });
    expect(await client.conversations.countDocuments({ session_id: patient.sessionId })).toBe(0);
    socket.close();
  });

  it('refuses a second message while one is answered, then cancels the first: stored as not delivered', async () => {
    const patient = await client.login();
    ollama.hang(1);
    const socket = await ChatSocketClient.signedIn(client.app, patient.token);
    socket.send({ type: 'message', message: 'A long question.' });
    const start = await socket.next();
    expect(start.type).toBe('start');

    socket.send({ type: 'message', message: 'And another one.' });
    expect(await socket.next()).toMatchObject({ type: 'error', status: 409 });
    socket.send({ type: 'cancel' });
    expect(await socket.next()).toEqual({ type: 'cancelled', message_id: start.message_id });

    const stored = await client.conversations.findById(start.message_id).lean<any>();
    expect(stored).toMatchObject({ status: 'failed', failure_reason: 'client_disconnected' });
    expect(await client.conversations.countDocuments({ session_id: patient.sessionId })).toBe(1);

    // The connection takes the next message.
    ollama.reply(ANSWER);
    socket.send({ type: 'message', message: 'Shorter then.' });
    expect((await socket.collectUntil('done', 'error')).at(-1).type).toBe('done');
    socket.close();
  });

  it('answers a cancel that comes once the answer is whole with done: the turn is stored completed', async () => {
    const patient = await client.login();
    ollama.reply(ANSWER);
    const socket = await ChatSocketClient.signedIn(client.app, patient.token);
    const storage = holdTurnStorage(client.app);
    let frames: any[];
    try {
      socket.send({ type: 'message', message: 'Is a cancel too late now?' });
      await storage.modelFinished;
      socket.send({ type: 'cancel' });
      // Frames are handled in order: the 409 for this one says the cancel was read while the turn was still held.
      socket.send({ type: 'message', message: 'And another one.' });
      const whileHeld = await socket.collectUntil('error');
      storage.release();
      frames = [...whileHeld, ...(await socket.collectUntil('done', 'cancelled'))];
    } finally {
      storage.restore();
    }

    const start = frames[0];
    expect(start.type).toBe('start');
    expect(frames.filter((frame) => frame.type === 'error')).toEqual([expect.objectContaining({ status: 409 })]);
    // The answer was whole and checked when the cancel came: it is kept, and the client is told so.
    const stored = await client.conversations.findById(start.message_id).lean<any>();
    expect(stored).toMatchObject({ status: 'completed', response: expect.stringContaining(ANSWER) });
    expect(frames.at(-1)).toEqual({
      type: 'done',
      response: stored.response,
      session_id: patient.sessionId,
      message_id: start.message_id,
      timestamp: stored.completed_at.toISOString(),
      metadata: expect.objectContaining({ model: 'medgemma1.5' }),
    });
    const history = await client.history(patient);
    expect(history.body.messages.map((m: { content: string }) => m.content)).toEqual([
      'Is a cancel too late now?',
      stored.response,
    ]);
    // The answer was delivered: the connection takes the next message at once.
    ollama.reply(ANSWER);
    socket.send({ type: 'message', message: 'Thank you.' });
    expect((await socket.collectUntil('done', 'error', 'cancelled')).at(-1).type).toBe('done');
    socket.close();
  });

  it('stores the turn as failed and sends a 503 error frame when the model fails', async () => {
    const patient = await client.login();
    ollama.failWith(500, 5);
    const socket = await ChatSocketClient.signedIn(client.app, patient.token);
    socket.send({ type: 'message', message: 'Is the model there?' });
    const frames = await socket.collectUntil('done', 'error');
    const error = frames.at(-1);
    expect(error).toMatchObject({
      type: 'error',
      status: 503,
      message_id: frames[0].message_id,
      detail: expect.any(String),
    });
    const stored = await client.conversations.findById(frames[0].message_id).lean<any>();
    expect(stored.status).toBe('failed');
    socket.close();
  });

  it('stops the answer and keeps the message when the client goes away mid-answer', async () => {
    const patient = await client.login();
    ollama.hang(1);
    const socket = await ChatSocketClient.signedIn(client.app, patient.token);
    socket.send({ type: 'message', message: 'I will leave now.' });
    const start = await socket.next();
    socket.socket.terminate();
    const stored = await eventually(
      () => client.conversations.findById(start.message_id).lean<any>(),
      (turn) => turn?.status === 'failed',
    );
    expect(stored).toMatchObject({ message: 'I will leave now.', failure_reason: 'client_disconnected' });
  });
});

describe('WebSocket /api/chat/ws: rate limits', () => {
  const { client } = useChatApp({ env: { RATE_LIMIT_PER_MINUTE: '3' } });

  it('counts socket messages in the same budget as the SSE route and refuses with a 429 error frame', async () => {
    const patient = await client.login();
    const { events } = await readEvents(await client.openStream(patient, { message: 'One over SSE.' }));
    expect(events.at(-1)!.event).toBe('done');

    const socket = await ChatSocketClient.signedIn(client.app, patient.token);
    for (const message of ['Two.', 'Three.']) {
      socket.send({ type: 'message', message });
      expect((await socket.collectUntil('done', 'error')).at(-1).type).toBe('done');
    }
    socket.send({ type: 'message', message: 'Four is too many.' });
    expect(await socket.next()).toEqual({
      type: 'error',
      status: 429,
      detail: expect.stringMatching(/Too many requests/),
      retry_after: expect.any(Number),
    });
    expect(await client.conversations.countDocuments({ session_id: patient.sessionId })).toBe(3);
    // The REST stream route shares the budget, so it is refused too.
    expect((await client.openStream(patient, { message: 'And over SSE?' })).status).toBe(429);
    socket.close();
  });
});

describe('WebSocket /api/chat/ws: the capacity queue', () => {
  const { ollama, client } = useChatApp({ ollama: { tokenDelayMs: 1 }, env: { LLM_SLOTS_PER_HOST: '1' } });

  it('sends queued frames while the turn waits for the only LLM slot, then the answer', async () => {
    const [holder, waiter] = [await client.login(), await client.login()];
    // The holder's answer is held at the fake until the waiter has been told it is queued, so the
    // waiter finds the slot taken however long a loaded host takes to bring its turn to the queue.
    ollama.holdAnswers();
    const held = client.send(holder, { message: 'I take the slot.' });
    await ollama.waitFor(() => ollama.chatRequests().length === 1, 30_000);

    const socket = await ChatSocketClient.signedIn(client.app, waiter.token);
    socket.send({ type: 'message', message: 'I wait for it.' });
    const waiting = [await socket.next(), await socket.next()];
    ollama.releaseAnswers();
    const frames = [...waiting, ...(await socket.collectUntil('done', 'error'))];

    expect((await held).status).toBe(200);
    const types = frames.map((frame) => frame.type);
    expect(types[0]).toBe('start');
    expect(types[1]).toBe('queued');
    expect(frames[1]).toEqual({ type: 'queued', position: 1, estimated_wait_seconds: expect.any(Number) });
    expect(types.at(-1)).toBe('done');
    expect(types.lastIndexOf('queued')).toBeLessThan(types.indexOf('token'));
    socket.close();
  });
});

describe('WebSocket /api/chat/ws: when the server stops', () => {
  const ollama = new FakeOllama();
  beforeAll(() => ollama.start());
  afterAll(() => ollama.stop());

  it('sends the turn in progress the error frame that says it was kept, then closes 1001 (going away)', async () => {
    // Half of SHUTDOWN_TIMEOUT_MS is the grace an answer in progress gets before it is cut short.
    const app = await startTestApp(chatEnv(ollama.url, { SHUTDOWN_TIMEOUT_MS: '1000' }));
    let closing: Promise<void> | undefined;
    try {
      const patient = await new ChatClient(app).login();
      ollama.reply(ANSWER).holdAnswers();
      const socket = await ChatSocketClient.signedIn(app, patient.token);
      socket.send({ type: 'message', message: 'Is my fever going down?' });
      await ollama.waitFor(() => ollama.chatRequests().length === 1);

      closing = app.close();
      const frames = await socket.collectUntil('done', 'error');

      expect(frames.map((frame) => frame.type)).toEqual(['start', 'error']);
      expect(frames[1]).toMatchObject({
        status: 503,
        detail: expect.stringMatching(/message was kept/),
        message_id: frames[0].message_id,
        retry_after: expect.any(Number),
      });
      expect(await socket.closed).toEqual({ code: 1001, reason: 'The server is stopping.' });
    } finally {
      ollama.releaseAnswers();
      await (closing ?? app.close());
    }
  });
});
