import { useChatApp } from './chat-app.js';
import { eventually, readEvents } from './chat-client.js';

const ANSWER = 'Drink plenty of fluids, rest, and check your temperature twice a day.';
const SPA_ORIGIN = 'http://localhost:5173';

describe('POST /api/chat/message/stream', () => {
  const { ollama, client } = useChatApp({
    ollama: { tokenDelayMs: 1 },
    env: { CHAT_STREAM_HEARTBEAT_MS: '20', CORS_ORIGINS: SPA_ORIGIN },
    resetFakesBeforeEach: true,
  });

  it('streams start, tokens in order, then done with the stored ChatResponse', async () => {
    const patient = await client.login();
    ollama.tokenDelayMs = 1;
    ollama.reply(ANSWER);

    const response = await client.openStream(
      patient,
      { message: 'I have a fever.' },
      { headers: { 'x-request-id': 'stream-test-1', origin: SPA_ORIGIN } },
    );

    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/event-stream; charset=utf-8');
    expect(response.headers.get('cache-control')).toBe('no-cache');
    expect(response.headers.get('x-accel-buffering')).toBe('no');
    expect(response.headers.get('x-request-id')).toBe('stream-test-1');
    expect(response.headers.get('x-process-time')).toMatch(/^\d+\.\d{3}$/);
    expect(response.headers.get('access-control-allow-origin')).toBe(SPA_ORIGIN);
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('x-frame-options')).toBe('DENY');
    expect(response.headers.get('content-security-policy')).toBeTruthy();
    expect(response.headers.get('strict-transport-security')).toBeTruthy();
    expect(response.headers.get('referrer-policy')).toBe('no-referrer');

    const { events, endedBy } = await readEvents(response);

    expect(endedBy).toBe('server');
    const names = events.map((e) => e.event);
    expect(names[0]).toBe('start');
    expect(names.at(-1)).toBe('done');
    const tokens = events.slice(1, -1);
    expect(tokens.length).toBeGreaterThan(3);
    expect(tokens.every((e) => e.event === 'token' && typeof e.data.delta === 'string')).toBe(true);

    const start = events[0].data;
    const done = events.at(-1)!.data;
    expect(start).toEqual({ message_id: expect.stringMatching(/^[0-9a-f]{24}$/) });
    expect(done).toMatchObject({
      message_id: start.message_id,
      session_id: patient.sessionId,
      metadata: { model: 'medgemma1.5' },
    });

    // The deltas are the model's answer; safety_check may append its disclaimer after it.
    const streamed = tokens.map((e) => e.data.delta).join('');
    expect(streamed).toBe(ANSWER);
    expect(done.response.startsWith(streamed)).toBe(true);
    const appended = done.response.slice(streamed.length);
    expect(appended.length > 0).toBe(done.metadata.safety.disclaimer_added);

    const stored = await client.conversations.findById(start.message_id).lean<any>();
    expect(stored).toMatchObject({ status: 'completed', message: 'I have a fever.', response: done.response });
  });

  it('writes heartbeat comments while the answer is in progress', async () => {
    const patient = await client.login();
    ollama.tokenDelayMs = 15;
    ollama.reply(Array.from({ length: 20 }, (_, i) => `slow${i}`).join(' '));

    const { events, comments } = await readEvents(await client.openStream(patient, { message: 'Tell me slowly.' }));

    expect(events.at(-1)!.event).toBe('done');
    expect(comments.length).toBeGreaterThan(0);
    expect(comments.every((c) => c === 'heartbeat')).toBe(true);
  });

  it('stops the model call when the client disconnects, and stores the turn failed', async () => {
    const patient = await client.login();
    ollama.tokenDelayMs = 50;
    ollama.reply(Array.from({ length: 200 }, (_, i) => `word${i}`).join(' '));
    const abort = new AbortController();
    let messageId = '';

    const response = await client.openStream(patient, { message: 'A long answer please.' }, { signal: abort.signal });
    const { events, endedBy } = await readEvents(response, (event) => {
      if (event.event === 'start') messageId = event.data.message_id;
      if (event.event === 'token') abort.abort();
    });

    expect(endedBy).toBe('abort');
    expect(events.map((e) => e.event)).not.toContain('done');
    await ollama.waitFor(() => ollama.aborted === 1);
    const stored = await eventually(
      () => client.conversations.findById(messageId).lean<any>(),
      (turn) => turn?.status !== 'pending',
    );
    expect(stored).toMatchObject({
      status: 'failed',
      failure_reason: 'client_disconnected',
      message: 'A long answer please.',
      response: null,
    });
    const history = await client.history(patient);
    expect(history.body.messages).toEqual([
      expect.objectContaining({ role: 'user', content: 'A long answer please.' }),
      expect.objectContaining({
        role: 'assistant',
        metadata: expect.objectContaining({ status: 'failed', failure_reason: 'client_disconnected' }),
      }),
    ]);
  });

  it('ends with an error event when Ollama cuts the stream, and the history shows the failure', async () => {
    const patient = await client.login();
    ollama.tokenDelayMs = 1;
    ollama.resetMidStream(2, 10);

    const { events } = await readEvents(await client.openStream(patient, { message: 'What helps a sore throat?' }));

    expect(events[0].event).toBe('start');
    const last = events.at(-1)!;
    expect(last.event).toBe('error');
    expect(last.data).toEqual({
      status: 503,
      detail: expect.stringMatching(/Ollama/),
      retry_after: expect.any(Number),
    });
    expect(events.map((e) => e.event)).not.toContain('done');
    const history = await client.history(patient);
    expect(history.body.messages).toEqual([
      expect.objectContaining({ role: 'user', content: 'What helps a sore throat?' }),
      expect.objectContaining({
        role: 'assistant',
        content: expect.stringContaining('could not be produced'),
        metadata: expect.objectContaining({ status: 'failed' }),
      }),
    ]);
  });

  it('answers problems before the stream starts as ordinary problem+json', async () => {
    const patient = await client.login();
    const before = await client.conversations.countDocuments();

    const invalid = await client.openStream(patient, { message: '   ' });
    const otherSession = await client.openStream(patient, { message: 'Hello', session_id: 'not-my-session' });
    const unauthenticated = await fetch(`${client.app.url}/api/chat/message/stream`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ message: 'Hello' }),
    });

    expect(invalid.status).toBe(422);
    expect(invalid.headers.get('content-type')).toMatch(/^application\/problem\+json/);
    expect(otherSession.status).toBe(404);
    expect(otherSession.headers.get('content-type')).toMatch(/^application\/problem\+json/);
    expect(unauthenticated.status).toBe(401);
    await Promise.all([invalid.text(), otherSession.text(), unauthenticated.text()]);
    expect(await client.conversations.countDocuments()).toBe(before);
    expect(ollama.chatRequests()).toHaveLength(0);
  });
});
