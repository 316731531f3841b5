import { useChatApp } from './chat-app.js';
import { ChatSocketClient } from './chat-socket-client.js';

const ADMIN_KEY = 'admin-key-for-the-websocket-test-0123456789';

/** The chat WebSocket's handshake, connection limits and frame rules, against the real app on a real port. */
describe('WebSocket /api/chat/ws: auth, limits and frames', () => {
  const { client } = useChatApp({
    env: {
      // Every socket here authenticates, however long a loaded host takes between its opening
      // and its first frame; the deadline itself is tested below, on an app of its own.
      WS_AUTH_TIMEOUT_MS: '30000',
      WS_MAX_CONNECTIONS_PER_PATIENT: '2',
      WS_MAX_FRAME_BYTES: '2048',
      WS_PING_INTERVAL_MS: '200',
      ADMIN_API_KEY: ADMIN_KEY,
    },
  });

  it('answers auth with ready, on /api/chat/ws and on /api/v1/chat/ws', async () => {
    const patient = await client.login();
    for (const path of ['/api/chat/ws', '/api/v1/chat/ws']) {
      const socket = await ChatSocketClient.open(client.app, path);
      socket.send({ type: 'auth', token: patient.token });
      expect(await socket.next()).toEqual({
        type: 'ready',
        session_id: patient.sessionId,
        patient_id: patient.patientId,
      });
      socket.close();
      await socket.closed;
    }
  });

  it('refuses an upgrade on a path that is not the chat socket', async () => {
    await expect(ChatSocketClient.open(client.app, '/api/chat/wss')).rejects.toThrow();
  });

  it.each([
    ['a bad token', { type: 'auth', token: 'not-a-jwt' }],
    ['a message before auth', { type: 'message', message: 'hello' }],
    ['an auth frame without a token', { type: 'auth' }],
    ['a frame that is not JSON', 'hello'],
  ])('closes with 4401 on %s', async (_name, frame) => {
    const socket = await ChatSocketClient.open(client.app);
    socket.send(frame);
    expect((await socket.closed).code).toBe(4401);
  });

  it('closes with 4401 when the session is signed out, at the next message and without waiting for one', async () => {
    const patient = await client.login();
    const idle = await ChatSocketClient.signedIn(client.app, patient.token);
    const talking = await ChatSocketClient.signedIn(client.app, patient.token);
    expect((await client.call('POST', '/api/auth/logout', patient)).status).toBe(200);

    talking.send({ type: 'message', message: 'Am I still here?' });
    expect(await talking.closed).toEqual({ code: 4401, reason: expect.stringMatching(/signed out|ended/) });
    // The idle one is found by the session check that runs with the pings.
    expect((await idle.closed).code).toBe(4401);
    expect(await client.conversations.countDocuments({ session_id: patient.sessionId })).toBe(0);
  });

  it('closes a connection over WS_MAX_CONNECTIONS_PER_PATIENT with 4429, and admits one again once another closes', async () => {
    const patient = await client.login();
    const first = await ChatSocketClient.signedIn(client.app, patient.token);
    await ChatSocketClient.signedIn(client.app, patient.token);
    const third = await ChatSocketClient.open(client.app);
    third.send({ type: 'auth', token: patient.token });
    expect((await third.closed).code).toBe(4429);

    // The limit is per patient: someone else is not affected.
    const other = await client.login();
    await ChatSocketClient.signedIn(client.app, other.token);

    first.close();
    await first.closed;
    const again = await ChatSocketClient.signedIn(client.app, patient.token);
    again.close();
  });

  it('answers malformed frames after auth with an error frame and keeps the connection', async () => {
    const patient = await client.login();
    const socket = await ChatSocketClient.signedIn(client.app, patient.token);

    socket.send('{not json');
    expect(await socket.next()).toEqual({ type: 'error', status: 400, detail: 'The frame is not valid JSON.' });
    socket.send({ type: 'shout' });
    expect(await socket.next()).toMatchObject({ type: 'error', status: 400 });
    socket.send({ type: 'message', message: '   ', session_id: patient.sessionId, image_file_id: '../etc' });
    const invalid = await socket.next();
    expect(invalid).toMatchObject({ type: 'error', status: 422 });
    expect(invalid.errors.map((e: { field: string }) => e.field).sort()).toEqual([
      'image_file_id',
      'message',
      'session_id',
    ]);
    socket.send({ type: 'cancel' });
    expect(await socket.next()).toMatchObject({ type: 'error', status: 409 });

    // Nothing was stored, and the connection still answers.
    expect(await client.conversations.countDocuments({ session_id: patient.sessionId })).toBe(0);
    socket.send({ type: 'message', message: 'Still there?' });
    expect((await socket.collectUntil('done', 'error')).at(-1).type).toBe('done');
  });

  it('closes with 1009 on a frame over WS_MAX_FRAME_BYTES', async () => {
    const patient = await client.login();
    const socket = await ChatSocketClient.signedIn(client.app, patient.token);
    socket.send({ type: 'message', message: 'x'.repeat(4000) });
    expect((await socket.closed).code).toBe(1009);
  });

  it('keeps the connection alive with protocol pings', async () => {
    const patient = await client.login();
    const socket = await ChatSocketClient.signedIn(client.app, patient.token);
    await socket.until(() => socket.pings >= 2);
    expect(socket.socket.readyState).toBe(socket.socket.OPEN);
    socket.close();
  });

  it('lets a guest chat and refuses the admin API key', async () => {
    const guest = await client.guest();
    const socket = await ChatSocketClient.signedIn(client.app, guest.token);
    socket.send({ type: 'message', message: 'What is a normal temperature?' });
    expect((await socket.collectUntil('done', 'error')).at(-1)).toMatchObject({
      type: 'done',
      session_id: guest.sessionId,
    });
    socket.close();

    const admin = await ChatSocketClient.open(client.app);
    admin.send({ type: 'auth', token: ADMIN_KEY });
    expect((await admin.closed).code).toBe(4401);
  });
});

describe('WebSocket /api/chat/ws: the auth deadline', () => {
  const { client } = useChatApp({ env: { WS_AUTH_TIMEOUT_MS: '300' } });

  it('closes with 4401 when no auth frame arrives in time', async () => {
    const socket = await ChatSocketClient.open(client.app);
    const closed = await socket.closed;
    expect(closed.code).toBe(4401);
    expect(closed.reason).toMatch(/auth/);
  });
});
