import { useChatApp } from './chat-app.js';
import type { Caller, ChatClient } from './chat-client.js';

/** The history of a failed exchange: the patient's message, then an assistant entry saying so. */
async function expectFailedExchange(client: ChatClient, caller: Caller, message: string): Promise<void> {
  const history = await client.history(caller);
  expect(history.status).toBe(200);
  expect(history.body.messages).toEqual([
    {
      role: 'user',
      content: message,
      timestamp: expect.any(String),
      metadata: expect.objectContaining({ status: 'failed' }),
    },
    {
      role: 'assistant',
      content: expect.stringContaining('could not be produced'),
      timestamp: expect.any(String),
      metadata: expect.objectContaining({ status: 'failed', failure_reason: 'dependency_unavailable' }),
    },
  ]);
  expect(history.body.total_messages).toBe(2);
}

function expectServiceUnavailable(answer: { status: number; type: string; headers: Headers; body: any }): void {
  expect(answer.status).toBe(503);
  expect(answer.type).toMatch(/^application\/problem\+json/);
  expect(answer.headers.get('retry-after')).toMatch(/^\d+$/);
  expect(answer.body).toMatchObject({ status: 503, detail: expect.stringMatching(/Ollama/) });
}

describe('chat when the model fails', () => {
  describe('with Ollama unreachable', () => {
    const { client } = useChatApp({ model: 'unreachable', env: { OLLAMA_MAX_RETRIES: '1' } });

    it('answers 503 naming Ollama and keeps the message as a failed exchange', async () => {
      const patient = await client.login();

      const answer = await client.send(patient, { message: 'Why does my back hurt?' });

      expectServiceUnavailable(answer);
      // A sentence for the patient, never a stack trace.
      expect(answer.body.detail).not.toMatch(/\n|at \S+ \(|node:internal/);
      await expectFailedExchange(client, patient, 'Why does my back hurt?');
      const stored = await client.conversations.findOne({ session_id: patient.sessionId }).lean<any>();
      expect(stored).toMatchObject({
        status: 'failed',
        failure_reason: 'dependency_unavailable',
        response: null,
        message: 'Why does my back hurt?',
      });
    });
  });

  describe('with Ollama hanging', () => {
    const { ollama, client } = useChatApp({ env: { OLLAMA_TIMEOUT_MS: '200', OLLAMA_MAX_RETRIES: '1' } });

    it('answers 503 once the call times out', async () => {
      const patient = await client.login();
      ollama.hang();

      const answer = await client.send(patient, { message: 'Is my blood pressure fine?' });

      expectServiceUnavailable(answer);
      expect(ollama.chatRequests().length).toBeGreaterThanOrEqual(1);
      await expectFailedExchange(client, patient, 'Is my blood pressure fine?');
    });
  });

  describe('with Ollama answering 500', () => {
    const { ollama, client } = useChatApp({
      env: { OLLAMA_MAX_RETRIES: '2', OLLAMA_RETRY_BASE_DELAY_MS: '0', OLLAMA_BREAKER_RESET_MS: '600000' },
    });

    it('retries, then opens the breaker and answers 503 without calling Ollama', async () => {
      const patient = await client.login();
      ollama.failWith(500);

      const first = await client.send(patient, { message: 'First try.' });
      expectServiceUnavailable(first);
      expect(ollama.chatRequests()).toHaveLength(3); // one call and two retries

      // Keep failing until the breaker opens: then a turn makes no call at all.
      let callsBefore = ollama.chatRequests().length;
      let opened = false;
      for (let attempt = 0; attempt < 10 && !opened; attempt += 1) {
        const answer = await client.send(patient, { message: `Try ${attempt}.` });
        expectServiceUnavailable(answer);
        opened = ollama.chatRequests().length === callsBefore;
        callsBefore = ollama.chatRequests().length;
      }
      expect(opened).toBe(true);

      const stored = await client.conversations.find({ session_id: patient.sessionId }).lean<any[]>();
      expect(stored.length).toBeGreaterThan(1);
      expect(stored.every((turn) => turn.status === 'failed' && turn.failure_reason === 'dependency_unavailable')).toBe(
        true,
      );
      const history = await client.history(patient);
      expect(history.body.messages).toHaveLength(stored.length * 2);
      expect(history.body.messages[0]).toMatchObject({ role: 'user', content: 'First try.' });
      expect(
        history.body.messages
          .filter((m: any) => m.role === 'assistant')
          .every((m: any) => m.metadata.status === 'failed'),
      ).toBe(true);
    });
  });

  describe('without a language model configured', () => {
    const { client } = useChatApp({ model: 'unconfigured' });

    it('answers 503 with a clear detail and keeps the message', async () => {
      const patient = await client.login();

      const answer = await client.send(patient, { message: 'Can I take ibuprofen with food?' });

      expect(answer.status).toBe(503);
      expect(answer.type).toMatch(/^application\/problem\+json/);
      expect(answer.body.detail).toMatch(/not configured|no language model/i);
      await expectFailedExchange(client, patient, 'Can I take ibuprofen with food?');
    });
  });
});
