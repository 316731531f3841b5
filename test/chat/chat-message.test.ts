import { SYSTEM_PROMPT } from '../../src/orchestrator/prompts/system-prompt.js';
import { useChatApp } from './chat-app.js';
import type { Caller } from './chat-client.js';

const ANSWER = 'Rest, drink water and see your doctor if it lasts.';
const ADMIN_KEY = 'admin-key-for-the-chat-tests-0123456789';

describe('POST /api/chat/message', () => {
  const { ollama, client } = useChatApp({ env: { ADMIN_API_KEY: ADMIN_KEY }, resetFakesBeforeEach: true });

  it('answers with the ChatResponse contract and stores the exchange completed', async () => {
    const patient = await client.login();
    ollama.reply(ANSWER);

    const answer = await client.send(patient, {
      message: '  I have had a headache for three days.  ',
      session_id: patient.sessionId,
    });

    expect(answer.status).toBe(200);
    expect(answer.type).toMatch(/^application\/json/);
    expect(Object.keys(answer.body).sort()).toEqual(['message_id', 'metadata', 'response', 'session_id', 'timestamp']);
    expect(answer.body).toMatchObject({
      session_id: patient.sessionId,
      message_id: expect.stringMatching(/^[0-9a-f]{24}$/),
      timestamp: expect.stringMatching(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/),
      metadata: {
        input_type: 'text',
        tools_used: expect.any(Array),
        emergency_detected: false,
        emergency_symptoms: [],
        image_analysis: null,
        transcription: null,
        sources: expect.any(Array),
        safety: {
          disclaimer_added: expect.any(Boolean),
          violations: expect.any(Array),
          response_replaced: false,
          crisis_support_added: false,
        },
        model: 'medgemma1.5',
      },
    });
    expect(answer.body.response.startsWith(ANSWER)).toBe(true);

    const stored = await client.conversations.findById(answer.body.message_id).lean<any>();
    expect(stored).toMatchObject({
      session_id: patient.sessionId,
      patient_id: patient.patientId,
      role: 'patient',
      status: 'completed',
      message: 'I have had a headache for three days.',
      response: answer.body.response,
      failure_reason: null,
      metadata: answer.body.metadata,
      attachments: [],
    });
    expect(stored.completed_at.toISOString()).toBe(answer.body.timestamp);
    expect(stored.created_at.getTime()).toBeLessThanOrEqual(stored.completed_at.getTime());
  });

  it('sends the model the system prompt, the earlier exchanges and the new message', async () => {
    const patient = await client.login();
    ollama.reply('First answer about sleep.', 'Second answer about water.');
    const first = await client.send(patient, { message: 'How much should I sleep?' });
    await client.send(patient, { message: 'How much water should I drink?' });
    ollama.reply('Third answer.');

    const third = await client.send(patient, { message: 'Is coffee bad for me?' });

    expect(third.status).toBe(200);
    const prompt = ollama.chatRequests().at(-1)!.messages;
    expect(prompt[0]).toMatchObject({ role: 'system', content: SYSTEM_PROMPT });
    const conversation = prompt.slice(1).map((m) => ({ role: m.role, content: m.content }));
    expect(conversation).toHaveLength(5);
    expect(conversation.map((m) => m.role)).toEqual(['user', 'assistant', 'user', 'assistant', 'user']);
    expect(conversation[0].content).toContain('How much should I sleep?');
    // The model sees the answer as the patient got it (disclaimer included).
    expect(conversation[1].content).toBe(first.body.response);
    expect(conversation[2].content).toContain('How much water should I drink?');
    expect(conversation[3].content).toContain('Second answer about water.');
    expect(conversation[4].content).toContain('Is coffee bad for me?');
  });

  it('never shows the model exchanges of another session', async () => {
    const patientId = (await client.login()).patientId!;
    const morning = await client.login(patientId);
    const evening = await client.login(patientId);
    await client.send(morning, { message: 'Morning question about my knee.' });

    await client.send(evening, { message: 'Evening question.' });

    const prompt = ollama.chatRequests().at(-1)!.messages;
    expect(prompt.map((m) => m.content).join('\n')).not.toContain('knee');
    expect(prompt.filter((m) => m.role !== 'system')).toHaveLength(1);
  });

  it('DELETE /history stops the model from seeing earlier exchanges, and keeps them stored', async () => {
    const patient = await client.login();
    await client.send(patient, { message: 'Old question about my ankle.' });

    const cleared = await client.clear(patient);

    expect(cleared.status).toBe(200);
    expect(cleared.body).toEqual({ message: expect.any(String), cleared: true, purged: 0 });
    await client.send(patient, { message: 'New question about my wrist.' });
    const prompt = ollama.chatRequests().at(-1)!.messages;
    expect(prompt.map((m) => m.content).join('\n')).not.toContain('ankle');
    expect(prompt.filter((m) => m.role !== 'system')).toHaveLength(1);
    // Clearing the context is not deleting: the history still has both exchanges.
    const history = await client.history(patient);
    expect(history.body.messages.filter((m: any) => m.role === 'user').map((m: any) => m.content)).toEqual([
      'Old question about my ankle.',
      'New question about my wrist.',
    ]);
    // And exchanges after the clear are context again.
    await client.send(patient, { message: 'Follow-up.' });
    const next = ollama
      .chatRequests()
      .at(-1)!
      .messages.map((m) => m.content)
      .join('\n');
    expect(next).toContain('wrist');
    expect(next).not.toContain('ankle');
  });

  it("DELETE /history?purge=true deletes this session's exchanges and reports how many", async () => {
    const patient = await client.login();
    const other = await client.login(patient.patientId!);
    await client.send(patient, { message: 'One.' });
    await client.send(patient, { message: 'Two.' });
    await client.send(other, { message: 'Kept in the other session.' });

    const purged = await client.clear(patient, 'purge=true');

    expect(purged.status).toBe(200);
    expect(purged.body).toEqual({ message: expect.any(String), cleared: true, purged: 2 });
    expect(await client.conversations.countDocuments({ session_id: patient.sessionId })).toBe(0);
    expect(await client.conversations.countDocuments({ session_id: other.sessionId })).toBe(1);
    const history = await client.history(patient);
    expect(history.body).toMatchObject({ messages: [], total_messages: 0, next_cursor: null });
  });

  it('answers 422 for a purge flag that is not a boolean', async () => {
    const patient = await client.login();

    const answer = await client.clear(patient, 'purge=yes');

    expect(answer.status).toBe(422);
    expect(answer.type).toMatch(/^application\/problem\+json/);
    expect(answer.body.errors).toEqual([expect.objectContaining({ field: 'purge' })]);
  });

  it('lets a guest chat without records', async () => {
    const guest: Caller = await client.guest();
    ollama.reply(ANSWER);

    const answer = await client.send(guest, { message: 'Is a fever of 38 degrees dangerous?' });

    expect(answer.status).toBe(200);
    expect(answer.body.metadata.sources).toEqual([]);
    const stored = await client.conversations.findById(answer.body.message_id).lean<any>();
    expect(stored).toMatchObject({ patient_id: null, role: 'guest', session_id: guest.sessionId, status: 'completed' });
  });

  it('refuses the admin API key, which has no session to chat in', async () => {
    const admin: Caller = { token: ADMIN_KEY, sessionId: '', patientId: null };
    const before = await client.conversations.countDocuments();

    const answers = [
      await client.send(admin, { message: 'Hello' }),
      await client.history(admin),
      await client.clear(admin),
    ];

    expect(answers.map((a) => a.status)).toEqual([403, 403, 403]);
    expect(answers.every((a) => /^application\/problem\+json/.test(a.type))).toBe(true);
    expect(await client.conversations.countDocuments()).toBe(before);
  });

  it('refuses a chat without an access token', async () => {
    const before = await client.conversations.countDocuments();

    const answer = await client.call('POST', '/api/chat/message', undefined, { message: 'Hello' });

    expect(answer.status).toBe(401);
    expect(answer.type).toMatch(/^application\/problem\+json/);
    expect(await client.conversations.countDocuments()).toBe(before);
  });
});
