import { useChatApp } from './chat-app.js';
import type { Caller } from './chat-client.js';

describe('chat request bodies', () => {
  const { ollama, client } = useChatApp();
  let patient: Caller;

  beforeAll(async () => {
    patient = await client.login();
  });

  const invalid: Array<[string, unknown, number]> = [
    ['an empty object', {}, 422],
    ['an empty message', { message: '' }, 422],
    ['a whitespace-only message', { message: ' \n\t  ' }, 422],
    ['a message over 5000 characters', { message: 'a'.repeat(5001) }, 422],
    ['a numeric message', { message: 42 }, 422],
    ['a message array', { message: ['hello'] }, 422],
    ['a null message', { message: null }, 422],
    ['an operator object', { message: { $gt: '' } }, 422],
    ['an operator object as session id', { message: 'Hello', session_id: { $ne: null } }, 422],
    ['an unknown field', { message: 'Hello', role: 'admin' }, 422],
    ['a malformed file id', { message: 'Hello', image_file_id: '../../etc/passwd' }, 422],
    ['a file id that is too long', { message: 'Hello', audio_file_id: 'a'.repeat(65) }, 422],
    ['a JSON array', [{ message: 'Hello' }], 422],
    ['a JSON string', 'Hello', 422],
  ];

  for (const route of ['/api/chat/message', '/api/chat/message/stream']) {
    describe(route, () => {
      it.each(invalid)('answers %s with a problem and stores nothing', async (_label, body, status) => {
        const before = await client.conversations.countDocuments();

        const answer = await client.call('POST', route, patient, JSON.stringify(body));

        expect(answer.status).toBe(status);
        expect(answer.type).toMatch(/^application\/problem\+json/);
        expect(answer.body).toMatchObject({ status, detail: expect.any(String), request_id: expect.any(String) });
        if (status === 422) expect(answer.body.errors.length).toBeGreaterThan(0);
        expect(await client.conversations.countDocuments()).toBe(before);
      });

      it('answers malformed JSON with 400 and stores nothing', async () => {
        const before = await client.conversations.countDocuments();

        const answer = await client.call('POST', route, patient, '{"message": "Hello"');

        expect(answer.status).toBe(400);
        expect(answer.type).toMatch(/^application\/problem\+json/);
        expect(await client.conversations.countDocuments()).toBe(before);
      });

      it("answers a file id that names no file of the caller's with 404, and stores nothing", async () => {
        const before = await client.conversations.countDocuments();

        const answer = await client.call('POST', route, patient, {
          message: 'Look at this',
          image_file_id: 'a3f9c2d4-1b7e-4c1a-9f0e-5d6c7b8a9e01',
        });

        expect(answer.status).toBe(404);
        expect(answer.type).toMatch(/^application\/problem\+json/);
        expect(answer.body.detail).toBe('No image of yours has the id a3f9c2d4-1b7e-4c1a-9f0e-5d6c7b8a9e01.');
        expect(await client.conversations.countDocuments()).toBe(before);
      });
    });
  }

  it('accepts exactly 5000 characters and stores the message trimmed', async () => {
    const message = 'b'.repeat(5000);

    const answer = await client.send(patient, { message: `  ${message}\n` });

    expect(answer.status).toBe(200);
    const stored = await client.conversations.findById(answer.body.message_id).lean<any>();
    expect(stored.message).toBe(message);
  });

  it('never calls the model for a refused body', () => {
    expect(ollama.chatRequests()).toHaveLength(1);
  });
});
