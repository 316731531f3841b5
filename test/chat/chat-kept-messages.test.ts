import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import { useChatApp } from './chat-app.js';
import { eventually, readEvents, type Caller, type ChatClient } from './chat-client.js';
import { holdTurnStorage } from './turn-storage-hold.js';

/**
 * "Nothing a patient wrote is ever lost": a turn whose client or model goes away part-way still
 * shows the patient's message in GET /api/chat/history, with what was stored for the answer.
 */

const LONG_ANSWER = Array.from({ length: 200 }, (_, i) => `word${i}`).join(' ');

/** The exchange's stored document once it is no longer pending (its outcome written). */
function settledTurn(client: ChatClient, sessionId: string, message: string): Promise<any> {
  return eventually(
    () => client.conversations.findOne({ session_id: sessionId, message }).lean<any>(),
    (turn) => turn !== null && turn.status !== 'pending',
  );
}

/**
 * GET /api/chat/history shows the exchange as stored: the patient's message, then the assistant's
 * entry with the stored turn's id and status (and failure reason), its text containing `content`,
 * and nothing else.
 */
async function expectHistoryShowsStoredTurn(client: ChatClient, caller: Caller, stored: any, content: string) {
  const history = await client.history(caller);
  expect(history.status).toBe(200);
  expect(history.body.messages).toEqual([
    expect.objectContaining({ role: 'user', content: stored.message }),
    expect.objectContaining({
      role: 'assistant',
      content: expect.stringContaining(content),
      metadata: expect.objectContaining({
        message_id: String(stored._id),
        status: stored.status,
        ...(stored.failure_reason ? { failure_reason: stored.failure_reason } : {}),
      }),
    }),
  ]);
  expect(history.body.total_messages).toBe(2);
  return history.body.messages as Array<{ content: string }>;
}

/** POST /api/chat/message, abortable: the shared client's `send` waits for the whole answer. */
function sendAbortable(client: ChatClient, caller: Caller, message: string, signal: AbortSignal): Promise<Response> {
  return fetch(`${client.app.url}/api/chat/message`, {
    method: 'POST',
    headers: { authorization: `Bearer ${caller.token}`, 'content-type': 'application/json' },
    body: JSON.stringify({ message }),
    signal,
  });
}

/** Settles when the app's server sees the client of the next request to `url` go away (the event the app's stream listens to). */
function nextRequestClosed(client: ChatClient, url: string): Promise<void> {
  const server: Server = client.app.medchat.app.getHttpServer();
  return new Promise((resolve) => {
    const onRequest = (request: IncomingMessage, response: ServerResponse) => {
      if (request.url !== url) return;
      server.off('request', onRequest);
      response.once('close', () => resolve());
    };
    server.on('request', onRequest);
  });
}

describe('a patient message outlives the turn that carried it', () => {
  describe('when the client of POST /api/chat/message hangs up while the model is generating', () => {
    const { ollama, client } = useChatApp({ resetFakesBeforeEach: true });

    it('keeps the message, shown while the model works, and the answer the model went on to give', async () => {
      const patient = await client.login();
      const message = 'My ankle is swollen after a run, should I rest it?';
      const answer = 'Rest it, keep it raised, and put ice on it for twenty minutes at a time.';
      ollama.reply(answer);
      ollama.holdAnswers();
      const hangUp = new AbortController();

      const sending = sendAbortable(client, patient, message, hangUp.signal);
      await ollama.waitFor(() => ollama.chatRequests().length === 1);
      const whileGenerating = await client.history(patient);
      hangUp.abort();
      await expect(sending).rejects.toThrow(/abort/i);
      ollama.releaseAnswers();

      expect(whileGenerating.body.messages).toEqual([
        expect.objectContaining({
          role: 'user',
          content: message,
          metadata: expect.objectContaining({ status: 'pending' }),
        }),
      ]);
      const stored = await settledTurn(client, patient.sessionId, message);
      expect(stored).toMatchObject({ status: 'completed', message });
      await expectHistoryShowsStoredTurn(client, patient, stored, answer);
    });
  });

  describe('when the client of POST /api/chat/message/stream leaves after the model finished', () => {
    const { ollama, client } = useChatApp({ resetFakesBeforeEach: true });

    it('keeps the answer, whole and checked, as for a hang-up on POST /api/chat/message', async () => {
      const patient = await client.login();
      const message = 'Is it fine to take ibuprofen for a sprained wrist?';
      const answer = 'Ibuprofen can ease the pain and swelling of a sprain for a few days.';
      ollama.reply(answer);
      // Held once the answer is whole and checked: the model has finished and nothing is stored yet when the client goes.
      const storage = holdTurnStorage(client.app);
      const leaving = new AbortController();
      const closed = nextRequestClosed(client, '/api/chat/message/stream');

      try {
        const reading = readEvents(await client.openStream(patient, { message }, { signal: leaving.signal }));
        await storage.modelFinished;
        leaving.abort();
        await closed;
        storage.release();
        const { events, endedBy } = await reading;
        expect(endedBy).toBe('abort');
        expect(events.map((event) => event.event)).not.toContain('done');
      } finally {
        storage.restore();
      }

      const stored = await settledTurn(client, patient.sessionId, message);
      expect(stored).toMatchObject({ status: 'completed', message, response: expect.stringContaining(answer) });
      await expectHistoryShowsStoredTurn(client, patient, stored, answer);
    });
  });

  describe('when the model times out in the middle of a streamed answer', () => {
    // Per attempt, streaming included (OLLAMA_TIMEOUT_MS): a token every 50 ms runs out of 600 ms a dozen words in.
    const { ollama, client } = useChatApp({
      ollama: { tokenDelayMs: 50 },
      env: { OLLAMA_TIMEOUT_MS: '600', OLLAMA_MAX_RETRIES: '1' },
    });

    it('ends the stream with a 503 event and keeps the message with the failure in the history', async () => {
      const patient = await client.login();
      const message = 'Explain everything about my cholesterol results.';
      ollama.reply(LONG_ANSWER);

      const { events, endedBy } = await readEvents(await client.openStream(patient, { message }));

      expect(endedBy).toBe('server');
      const names = events.map((event) => event.event);
      expect(names[0]).toBe('start');
      expect(names).toContain('token');
      expect(names).not.toContain('done');
      expect(events.at(-1)).toEqual({
        event: 'error',
        data: { status: 503, detail: expect.any(String), retry_after: expect.any(Number) },
      });
      const messageId = events[0]!.data.message_id;
      const stored = await settledTurn(client, patient.sessionId, message);
      expect(stored).toMatchObject({
        status: 'failed',
        failure_reason: 'dependency_unavailable',
        message,
        response: null,
      });
      expect(String(stored._id)).toBe(messageId);
      const shown = await expectHistoryShowsStoredTurn(client, patient, stored, 'could not be produced');
      // The words streamed before the time-out never passed the safety check: the history does not show them.
      const streamed = events.filter((event) => event.event === 'token').map((event) => event.data.delta.trim());
      expect(streamed).toContain('word0');
      for (const message of shown) expect(message.content.split(/\s+/)).not.toContain('word0');
    });
  });
});
