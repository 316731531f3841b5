import { MongoClient } from 'mongodb';
import { useChatApp } from './chat-app.js';
import type { Caller } from './chat-client.js';

const ADMIN_KEY = 'sessions-test-admin-key-0123456789abcdef';
const ENCRYPTION_KEY = Buffer.alloc(32, 7).toString('base64');

describe('consultations: GET, PATCH, DELETE /api/chat/sessions and GET /api/chat/history?session_id=', () => {
  const { client } = useChatApp({
    ollama: { defaultReply: () => 'An answer.' },
    env: { ADMIN_API_KEY: ADMIN_KEY, DATA_ENCRYPTION_KEY: ENCRYPTION_KEY },
  });

  async function ask(caller: Caller, ...messages: string[]): Promise<void> {
    for (const message of messages) expect((await client.send(caller, { message })).status).toBe(200);
  }
  const list = (caller: Caller, query = '') =>
    client.call('GET', `/api/chat/sessions${query ? `?${query}` : ''}`, caller);
  const rename = (caller: Caller, sessionId: string, body: unknown) =>
    client.call('PATCH', `/api/chat/sessions/${sessionId}`, caller, body);
  const remove = (caller: Caller, sessionId: string) =>
    client.call('DELETE', `/api/chat/sessions/${sessionId}`, caller);
  const auditActions = async (patientId: string): Promise<string[]> => {
    const answer = await client.call('GET', `/api/admin/audit?patient_id=${patientId}`, undefined, undefined, {
      authorization: `Bearer ${ADMIN_KEY}`,
    });
    return answer.body.events.map((event: any) => event.action);
  };

  it("lists the patient's consultations newest first, titled by their first message, with counts", async () => {
    const morning = await client.login();
    await ask(
      morning,
      'My daughter has had a fever of 39 degrees for three days and now a rash on her arms',
      'Second question.',
    );
    const evening = await client.login(morning.patientId!);
    await ask(evening, 'Is ibuprofen safe with my blood pressure pills?');
    await client.call('POST', '/api/auth/logout', morning);

    const answer = await list(evening);

    expect(answer.status).toBe(200);
    expect(answer.body).toEqual({
      sessions: [
        {
          session_id: evening.sessionId,
          title: 'Is ibuprofen safe with my blood pressure pills?',
          started_at: expect.any(String),
          last_message_at: expect.any(String),
          exchange_count: 1,
          active: true,
        },
        {
          session_id: morning.sessionId,
          title: 'My daughter has had a fever of 39 degrees for three days and…',
          started_at: expect.any(String),
          last_message_at: expect.any(String),
          exchange_count: 2,
          active: false,
        },
      ],
      next_cursor: null,
    });
    const older = answer.body.sessions[1];
    expect(Date.parse(older.last_message_at)).toBeGreaterThanOrEqual(Date.parse(older.started_at));
  });

  it('stores the title encrypted, like the message', async () => {
    const patient = await client.login();
    await ask(patient, 'A private worry about my heart.');
    const mongo = new MongoClient(client.app.medchat.database.uri);
    try {
      const raw = await mongo.db('medchat').collection('consultations').findOne({ session_id: patient.sessionId });
      expect(raw?.title).toEqual(expect.stringMatching(/^enc:/));
      expect(JSON.stringify(raw)).not.toContain('heart');
    } finally {
      await mongo.close();
    }
    expect((await list(patient)).body.sessions[0].title).toBe('A private worry about my heart.');
  });

  it('pages with the cursor', async () => {
    const first = await client.login();
    await ask(first, 'one');
    for (const message of ['two', 'three']) await ask(await client.login(first.patientId!), message);

    const newest = await list(first, 'limit=2');
    const rest = await list(first, `limit=2&before=${newest.body.next_cursor}`);

    expect(newest.body.sessions.map((s: any) => s.title)).toEqual(['three', 'two']);
    expect(rest.body.sessions.map((s: any) => s.title)).toEqual(['one']);
    expect(rest.body.next_cursor).toBeNull();
  });

  it("reads an earlier consultation of the caller by session_id, and no one else's", async () => {
    const earlier = await client.login();
    await ask(earlier, 'Earlier question.');
    const now = await client.login(earlier.patientId!);
    await ask(now, 'Current question.');
    const stranger = await client.login();

    const history = await client.history(now, `session_id=${earlier.sessionId}`);
    expect(history.status).toBe(200);
    expect(history.body.session_id).toBe(earlier.sessionId);
    expect(history.body.messages.filter((m: any) => m.role === 'user').map((m: any) => m.content)).toEqual([
      'Earlier question.',
    ]);

    const foreign = await client.history(stranger, `session_id=${earlier.sessionId}`);
    expect(foreign.status).toBe(404);
    expect(foreign.type).toContain('application/problem+json');
    expect(JSON.stringify(foreign.body)).not.toContain('Earlier');
    expect((await client.history(now, 'session_id=not%20an%20id')).status).toBe(422);
  });

  it("renames a consultation, audited; another patient's is 404 and bad titles change nothing", async () => {
    const patient = await client.login();
    await ask(patient, 'Knee pain after running.');
    const stranger = await client.login();

    const renamed = await rename(patient, patient.sessionId, { title: '  Knee, March  ' });
    expect(renamed.status).toBe(200);
    expect(renamed.body).toEqual(
      expect.objectContaining({ session_id: patient.sessionId, title: 'Knee, March', exchange_count: 1, active: true }),
    );

    for (const body of [
      { title: '' },
      { title: '   ' },
      { title: 'x'.repeat(121) },
      {},
      { title: 5 },
      { title: 'ok', extra: true },
    ]) {
      const refused = await rename(patient, patient.sessionId, body);
      expect(refused.status).toBe(422);
      expect(refused.type).toContain('application/problem+json');
    }
    const foreign = await rename(stranger, patient.sessionId, { title: 'Mine now' });
    expect(foreign.status).toBe(404);
    expect(foreign.type).toContain('application/problem+json');

    expect((await list(patient)).body.sessions[0].title).toBe('Knee, March');
    expect(await auditActions(patient.patientId!)).toContain('chat.session.renamed');
  });

  it("deletes a consultation with its exchanges, audited; another patient's is 404 and stays", async () => {
    const patient = await client.login();
    await ask(patient, 'To be forgotten.', 'Also this.');
    const other = await client.login(patient.patientId!);
    await ask(other, 'Kept.');
    const stranger = await client.login();

    const foreign = await remove(stranger, patient.sessionId);
    expect(foreign.status).toBe(404);
    expect(await client.conversations.countDocuments({ session_id: patient.sessionId })).toBe(2);

    const deleted = await remove(patient, patient.sessionId);
    expect(deleted.status).toBe(200);
    expect(deleted.body).toEqual({ deleted_exchanges: 2 });
    expect(await client.conversations.countDocuments({ session_id: patient.sessionId })).toBe(0);
    expect((await list(other)).body.sessions.map((s: any) => s.session_id)).toEqual([other.sessionId]);
    expect((await remove(patient, patient.sessionId)).status).toBe(404);
    expect(await auditActions(patient.patientId!)).toContain('chat.session.deleted');

    // The sign-in goes on: its next message opens a new consultation.
    await ask(patient, 'A fresh start.');
    expect((await list(patient)).body.sessions.map((s: any) => s.title)).toEqual(['A fresh start.', 'Kept.']);
  });

  it('is for patients only: guests get 403, bad input 422', async () => {
    const guest = await client.guest();
    await ask(guest, 'Guest question.');
    for (const answer of [
      await list(guest),
      await rename(guest, guest.sessionId, { title: 'x' }),
      await remove(guest, guest.sessionId),
    ]) {
      expect(answer.status).toBe(403);
      expect(answer.type).toContain('application/problem+json');
    }
    expect((await client.history(guest, 'session_id=6f1c2a5e-8d4b-4f7e-9a3c-2b1d0e9f8a7c')).status).toBe(404);
    expect((await client.call('GET', '/api/chat/sessions')).status).toBe(401);

    const patient = await client.login();
    for (const query of ['limit=0', 'limit=51', 'limit=x', 'before=not-a-cursor'])
      expect((await list(patient, query)).status).toBe(422);
    expect((await remove(patient, 'bad%20id')).status).toBe(422);
  });
});
