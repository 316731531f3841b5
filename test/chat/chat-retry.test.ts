import { useChatApp } from './chat-app.js';
import { readEvents, type Caller } from './chat-client.js';

describe('POST /api/chat/messages/{message_id}/retry (and /retry/stream)', () => {
  const { ollama, client } = useChatApp({
    ollama: { defaultReply: () => 'A calm answer.' },
    env: { OLLAMA_MAX_RETRIES: '0' },
  });
  afterEach(() => ollama.clearFaults());

  const retry = (caller: Caller, messageId: string) =>
    client.call('POST', `/api/chat/messages/${messageId}/retry`, caller);

  /** A message whose answer failed because the model answered 500 once. */
  async function failedMessage(caller: Caller, message: string): Promise<string> {
    ollama.failWith(500, 1);
    const answer = await client.send(caller, { message });
    expect(answer.status).toBe(503);
    const stored = await client.conversations.findOne({ session_id: caller.sessionId, status: 'failed' }).lean<any>();
    return stored._id.toHexString();
  }

  it('answers a failed exchange in place: same message_id, no second copy, the answer in history', async () => {
    const patient = await client.login();
    const messageId = await failedMessage(patient, 'Why does my knee click?');

    const answer = await retry(patient, messageId);

    expect(answer.status).toBe(200);
    expect(answer.body).toMatchObject({
      message_id: messageId,
      session_id: patient.sessionId,
      response: expect.stringContaining('A calm answer.'),
    });
    expect(await client.conversations.countDocuments({ session_id: patient.sessionId })).toBe(1);
    const history = await client.history(patient);
    expect(history.body.messages).toEqual([
      expect.objectContaining({
        role: 'user',
        content: 'Why does my knee click?',
        metadata: expect.objectContaining({ message_id: messageId, status: 'completed' }),
      }),
      expect.objectContaining({
        role: 'assistant',
        content: expect.stringContaining('A calm answer.'),
        metadata: expect.objectContaining({ status: 'completed' }),
      }),
    ]);
    // The retried question went to the model as the patient wrote it.
    expect(JSON.stringify(ollama.chatRequests().at(-1))).toContain('Why does my knee click?');
  });

  it('answers 409 for an answered or pending exchange, changing nothing', async () => {
    const patient = await client.login();
    expect((await client.send(patient, { message: 'Answered already.' })).status).toBe(200);
    const answered = await client.conversations.findOne({ session_id: patient.sessionId }).lean<any>();
    const pending = await client.conversations.create({
      session_id: patient.sessionId,
      patient_id: patient.patientId,
      role: 'patient',
      status: 'pending',
      message: 'Thinking.',
      created_at: new Date(),
    });
    const requestsBefore = ollama.chatRequests().length;

    for (const id of [answered._id.toHexString(), pending._id.toHexString()]) {
      const refused = await retry(patient, id);
      expect(refused.status).toBe(409);
      expect(refused.type).toContain('application/problem+json');
    }
    expect(ollama.chatRequests()).toHaveLength(requestsBefore);
    expect((await client.conversations.findById(answered._id).lean<any>()).response).toBe(answered.response);
    expect((await client.conversations.findById(pending._id).lean<any>()).status).toBe('pending');
  });

  it("keeps another patient's, a guest's and bad ids out: 404 or 422, nothing changed", async () => {
    const owner = await client.login();
    const messageId = await failedMessage(owner, 'Mine alone.');
    const stranger = await client.login();
    const guest = await client.guest();

    for (const caller of [stranger, guest]) {
      const refused = await retry(caller, messageId);
      expect(refused.status).toBe(404);
      expect(refused.type).toContain('application/problem+json');
    }
    expect((await retry(owner, 'not-an-id')).status).toBe(422);
    expect((await client.call('POST', `/api/chat/messages/${messageId}/retry`)).status).toBe(401);
    expect(await client.conversations.findById(messageId).lean<any>()).toMatchObject({
      status: 'failed',
      failure_reason: 'dependency_unavailable',
    });
  });

  it('stays failed, still one copy, when the model fails again', async () => {
    const guest = await client.guest();
    const messageId = await failedMessage(guest, 'Guests can retry too.');
    ollama.failWith(500, 1);

    const again = await retry(guest, messageId);

    expect(again.status).toBe(503);
    expect(again.headers.get('retry-after')).toMatch(/^\d+$/);
    expect(await client.conversations.countDocuments({ session_id: guest.sessionId })).toBe(1);
    expect(await client.conversations.findById(messageId).lean<any>()).toMatchObject({ status: 'failed' });
    expect((await retry(guest, messageId)).status).toBe(200);
  });

  it('streams the retried answer with the usual events', async () => {
    const patient = await client.login();
    const messageId = await failedMessage(patient, 'Stream it this time.');

    const response = await fetch(`${client.app.url}/api/chat/messages/${messageId}/retry/stream`, {
      method: 'POST',
      headers: { authorization: `Bearer ${patient.token}` },
    });
    expect(response.headers.get('content-type')).toContain('text/event-stream');
    const { events } = await readEvents(response);

    expect(events[0]).toEqual({ event: 'start', data: { message_id: messageId } });
    expect(events.some((e) => e.event === 'token')).toBe(true);
    expect(events.at(-1)).toMatchObject({
      event: 'done',
      data: { message_id: messageId, response: expect.stringContaining('A calm answer.') },
    });
    expect(await client.conversations.countDocuments({ session_id: patient.sessionId })).toBe(1);

    const conflict = await fetch(`${client.app.url}/api/chat/messages/${messageId}/retry/stream`, {
      method: 'POST',
      headers: { authorization: `Bearer ${patient.token}` },
    });
    expect(conflict.status).toBe(409);
    expect(conflict.headers.get('content-type')).toContain('application/problem+json');
  });
});
