import { useChatApp } from './chat-app.js';
import type { Caller } from './chat-client.js';

describe('GET /api/chat/history', () => {
  const { client } = useChatApp({
    ollama: {
      defaultReply: (request) =>
        `Answer to: ${request.messages.at(-1)!.content.match(/<patient_message>\n([^\n]*)/)?.[1] ?? '?'}`,
    },
  });

  async function ask(caller: Caller, ...messages: string[]): Promise<void> {
    for (const message of messages) {
      const answer = await client.send(caller, { message });
      expect(answer.status).toBe(200);
    }
  }

  const userTexts = (body: any): string[] =>
    body.messages.filter((m: any) => m.role === 'user').map((m: any) => m.content);

  it('lists the session oldest first, a user and an assistant message per exchange', async () => {
    const patient = await client.login();
    await ask(patient, 'First question.', 'Second question.');

    const history = await client.history(patient);

    expect(history.status).toBe(200);
    expect(history.body).toEqual({
      session_id: patient.sessionId,
      patient_id: patient.patientId,
      messages: [
        {
          role: 'user',
          content: 'First question.',
          timestamp: expect.any(String),
          metadata: expect.objectContaining({ status: 'completed' }),
        },
        {
          role: 'assistant',
          content: expect.stringContaining('Answer to: First question.'),
          timestamp: expect.any(String),
          metadata: expect.objectContaining({ status: 'completed', model: 'medgemma1.5' }),
        },
        {
          role: 'user',
          content: 'Second question.',
          timestamp: expect.any(String),
          metadata: expect.objectContaining({ status: 'completed' }),
        },
        {
          role: 'assistant',
          content: expect.stringContaining('Answer to: Second question.'),
          timestamp: expect.any(String),
          metadata: expect.objectContaining({ status: 'completed' }),
        },
      ],
      total_messages: 4,
      next_cursor: null,
    });
    const times = history.body.messages.map((m: any) => Date.parse(m.timestamp));
    expect([...times].sort((a, b) => a - b)).toEqual(times);
  });

  it('pages back in time with the cursor, limit counting exchanges', async () => {
    const patient = await client.login();
    await ask(patient, 'q1', 'q2', 'q3', 'q4', 'q5');

    const newest = await client.history(patient, 'limit=2');
    const middle = await client.history(patient, `limit=2&before=${newest.body.next_cursor}`);
    const oldest = await client.history(patient, `limit=2&before=${middle.body.next_cursor}`);

    expect(userTexts(newest.body)).toEqual(['q4', 'q5']);
    expect(userTexts(middle.body)).toEqual(['q2', 'q3']);
    expect(userTexts(oldest.body)).toEqual(['q1']);
    expect(newest.body.messages).toHaveLength(4);
    expect(oldest.body.next_cursor).toBeNull();
    expect(newest.body.next_cursor).toMatch(/^[A-Za-z0-9_-]+$/);
    for (const page of [newest, middle, oldest]) expect(page.body.total_messages).toBe(10);
  });

  it('shows a pending exchange as the user message only', async () => {
    const patient = await client.login();
    await client.conversations.create({
      session_id: patient.sessionId,
      patient_id: patient.patientId,
      role: 'patient',
      status: 'pending',
      message: 'Still thinking about this one.',
      created_at: new Date(),
    });

    const history = await client.history(patient);

    expect(history.body.messages).toEqual([
      expect.objectContaining({
        role: 'user',
        content: 'Still thinking about this one.',
        metadata: expect.objectContaining({ status: 'pending' }),
      }),
    ]);
    expect(history.body.total_messages).toBe(1);
  });

  it('with scope=patient lists every session of the patient', async () => {
    const morning = await client.login();
    const evening = await client.login(morning.patientId!);
    await ask(morning, 'Morning question.');
    await ask(evening, 'Evening question.');

    const patientScope = await client.history(evening, 'scope=patient');
    const sessionScope = await client.history(evening, 'scope=session');

    expect(userTexts(patientScope.body)).toEqual(['Morning question.', 'Evening question.']);
    expect(patientScope.body.total_messages).toBe(4);
    expect(userTexts(sessionScope.body)).toEqual(['Evening question.']);
  });

  it('never shows one patient the exchanges of another, in any scope', async () => {
    const alice = await client.login();
    const bob = await client.login();
    await ask(alice, 'Alice private question.');
    await ask(bob, 'Bob question.');

    for (const scope of ['session', 'patient']) {
      const history = await client.history(bob, `scope=${scope}`);
      expect(history.status).toBe(200);
      expect(JSON.stringify(history.body)).not.toContain('Alice');
      expect(userTexts(history.body)).toEqual(['Bob question.']);
    }
    // A cursor taken from Alice's pages does not open them to Bob: it only says "older than".
    await ask(alice, 'Alice second question.');
    const alicePage = await client.history(alice, 'limit=1');
    const bobWithAliceCursor = await client.history(bob, `scope=patient&before=${alicePage.body.next_cursor}`);
    expect(bobWithAliceCursor.status).toBe(200);
    expect(JSON.stringify(bobWithAliceCursor.body)).not.toContain('Alice');
    expect(userTexts(bobWithAliceCursor.body)).toEqual(['Bob question.']);
  });

  it('shows a guest only its own session and refuses scope=patient', async () => {
    const guest = await client.guest();
    const otherGuest = await client.guest();
    await ask(guest, 'Guest question.');
    await ask(otherGuest, 'Other guest question.');

    const own = await client.history(guest);
    const patientScope = await client.history(guest, 'scope=patient');

    expect(own.body).toMatchObject({ session_id: guest.sessionId, patient_id: null, total_messages: 2 });
    expect(userTexts(own.body)).toEqual(['Guest question.']);
    expect(patientScope.status).toBe(403);
    expect(patientScope.type).toMatch(/^application\/problem\+json/);
    expect(patientScope.body.detail).toEqual(expect.any(String));
  });

  it('answers 404 when the body names another session', async () => {
    const alice = await client.login();
    const bob = await client.login();
    const before = await client.conversations.countDocuments();

    const answer = await client.send(bob, { message: 'Hello', session_id: alice.sessionId });

    expect(answer.status).toBe(404);
    expect(answer.type).toMatch(/^application\/problem\+json/);
    expect(await client.conversations.countDocuments()).toBe(before);
  });

  it.each([
    ['an invalid cursor', 'before=not-a-cursor'],
    ['a cursor of bad base64', 'before=%24%24%24'],
    ['limit 0', 'limit=0'],
    ['limit 101', 'limit=101'],
    ['a non-numeric limit', 'limit=ten'],
    ['an unknown scope', 'scope=everyone'],
    ['an unknown parameter', 'sort=desc'],
  ])('answers 422 problem for %s', async (_label, query) => {
    const patient = await client.login();

    const answer = await client.history(patient, query);

    expect(answer.status).toBe(422);
    expect(answer.type).toMatch(/^application\/problem\+json/);
    expect(answer.body.errors.length).toBeGreaterThan(0);
  });
});
