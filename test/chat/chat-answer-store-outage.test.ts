import { jest } from '@jest/globals';
import { ConversationRepository } from '../../src/chat/conversation.repository.js';
import { DATABASE_RETRY_AFTER_SECONDS } from '../../src/common/problem/retry-after.js';
import { DailyTokenQuota } from '../../src/chat/quota/daily-token-quota.service.js';
import type { TestApp } from '../support/test-app.js';
import { useChatApp } from './chat-app.js';
import { readEvents, type Caller, type ChatClient } from './chat-client.js';
import { ChatSocketClient } from './chat-socket-client.js';

/**
 * MongoDB goes away for a moment just after the model answered: the answer is whole and has passed
 * the safety check, and nothing of it is stored yet. The embedded MongoDB is stopped at that moment
 * (when the turn counts its tokens, the first thing it does with the answer) and started again after
 * a chosen number of attempts to store the answer have failed. Whatever happens, the patient is told
 * what was stored: the answer when it is stored `completed`, else a 503 problem saying the message
 * was kept, the turn stored `failed` (`storage_unavailable`) and shown so in the history.
 */

/** A daily budget far above what the tests spend: the turn's token count is then written to MongoDB. */
const BUDGET = '1000000';
const ANSWER = 'Keep the knee raised and rest it for a day or two.';

type Transport = 'rest' | 'sse' | 'websocket';

/** What the client was told, whatever the transport: the answer, or a problem with its status and Retry-After. */
interface Told {
  status: number;
  body: any;
  retryAfter: number | undefined;
  messageId: string | undefined;
}

/**
 * Stops the embedded MongoDB when the next turn counts its tokens, and starts it again once
 * `failedStores` attempts to store the answer have failed (0: as soon as the count has settled).
 */
function outageAfterAnswer(app: TestApp, failedStores: number) {
  const embedded = app.medchat.database.embedded;
  if (embedded === undefined) throw new Error('this test stops the embedded MongoDB: run it without MONGODB_URI');
  const quota = app.medchat.app.get(DailyTokenQuota);
  const conversations = app.medchat.app.get(ConversationRepository);
  const count = quota.record.bind(quota);
  const store = conversations.markCompleted.bind(conversations);
  let storeFailures = 0;
  let stopped = false;
  const start = async () => {
    if (!stopped) return;
    stopped = false;
    await embedded.start();
  };
  const counting = jest.spyOn(quota, 'record').mockImplementation(async (...args) => {
    stopped = true;
    await embedded.stop();
    try {
      return await count(...args);
    } finally {
      if (failedStores === 0) await start();
    }
  });
  const storing = jest.spyOn(conversations, 'markCompleted').mockImplementation(async (...args) => {
    try {
      return await store(...args);
    } catch (error) {
      storeFailures += 1;
      if (storeFailures === failedStores) await start();
      throw error;
    }
  });
  return {
    storeFailures: () => storeFailures,
    /** Puts the app back as it was, the database running; call it in `finally`. */
    restore: async () => {
      counting.mockRestore();
      storing.mockRestore();
      await start();
    },
  };
}

async function ask(client: ChatClient, transport: Transport, caller: Caller, message: string): Promise<Told> {
  if (transport === 'rest') {
    const answer = await client.send(caller, { message });
    if (answer.status !== 200) expect(answer.type).toMatch(/^application\/problem\+json/);
    const retryAfter = answer.headers.get('retry-after');
    return {
      status: answer.status,
      body: answer.body,
      retryAfter: retryAfter === null ? undefined : Number(retryAfter),
      messageId: answer.body.message_id,
    };
  }
  if (transport === 'sse') {
    const { events } = await readEvents(await client.openStream(caller, { message }));
    const last = events.at(-1)!;
    expect(events[0]!.event).toBe('start');
    expect(['done', 'error']).toContain(last.event);
    return {
      status: last.event === 'done' ? 200 : last.data.status,
      body: last.data,
      retryAfter: last.data.retry_after,
      messageId: events[0]!.data.message_id,
    };
  }
  const socket = await ChatSocketClient.signedIn(client.app, caller.token);
  try {
    socket.send({ type: 'message', message });
    const frames = await socket.collectUntil('done', 'error');
    const last = frames.at(-1);
    expect(frames[0].type).toBe('start');
    return {
      status: last.type === 'done' ? 200 : last.status,
      body: last,
      retryAfter: last.retry_after,
      messageId: frames[0].message_id,
    };
  } finally {
    socket.close();
  }
}

describe('the database gone for a moment once the model has answered', () => {
  const { ollama, client } = useChatApp({ resetFakesBeforeEach: true, env: { CHAT_DAILY_TOKEN_BUDGET: BUDGET } });

  it('answers all the same when only the token count could not be written (REST)', async () => {
    const patient = await client.login();
    ollama.reply(ANSWER);
    const outage = outageAfterAnswer(client.app, 0);
    let told: Told;
    try {
      told = await ask(client, 'rest', patient, 'My knee hurts after a fall, what should I do?');
    } finally {
      await outage.restore();
    }

    expect(told.status).toBe(200);
    expect(told.body.response).toContain(ANSWER);
    expect(client.app.logs.text).toContain('Could not count the tokens of a chat turn');
    const stored = await client.conversations.findById(told.messageId).lean<any>();
    expect(stored).toMatchObject({ status: 'completed', response: expect.stringContaining(ANSWER) });
  });

  describe.each<Transport>(['rest', 'sse', 'websocket'])('over %s', (transport) => {
    it('stores the answer on a second try and delivers it', async () => {
      const patient = await client.login();
      const message = `Is a swollen knee after a fall serious? (${transport})`;
      ollama.reply(ANSWER);
      const outage = outageAfterAnswer(client.app, 1);
      let told: Told;
      try {
        told = await ask(client, transport, patient, message);
        expect(outage.storeFailures()).toBe(1);
      } finally {
        await outage.restore();
      }

      expect(told.status).toBe(200);
      expect(told.body.response).toContain(ANSWER);
      const stored = await client.conversations.findById(told.messageId).lean<any>();
      expect(stored).toMatchObject({ status: 'completed', message, response: expect.stringContaining(ANSWER) });
      const history = await client.history(patient);
      expect(history.body.messages).toEqual([
        expect.objectContaining({ role: 'user', content: message }),
        expect.objectContaining({
          role: 'assistant',
          content: expect.stringContaining(ANSWER),
          metadata: expect.objectContaining({ message_id: told.messageId, status: 'completed' }),
        }),
      ]);
    });

    it('tells 503 with Retry-After when the answer cannot be stored, and keeps the message as a failed turn', async () => {
      const patient = await client.login();
      const message = `Should I see someone about my knee? (${transport})`;
      ollama.reply(ANSWER);
      const outage = outageAfterAnswer(client.app, 2);
      let told: Told;
      try {
        told = await ask(client, transport, patient, message);
        expect(outage.storeFailures()).toBe(2);
      } finally {
        await outage.restore();
      }

      expect(told.status).toBe(503);
      expect(told.retryAfter).toBe(DATABASE_RETRY_AFTER_SECONDS);
      expect(told.body.detail).toMatch(/could not be saved/i);
      expect(told.body.detail).toMatch(/message was kept/i);
      expect(JSON.stringify(told.body)).not.toContain(ANSWER);
      const stored = await client.conversations.findOne({ session_id: patient.sessionId }).lean<any>();
      expect(stored).toMatchObject({
        status: 'failed',
        failure_reason: 'storage_unavailable',
        message,
        response: null,
      });
      // Every transport names the kept message, so it can be asked again (POST /chat/messages/{id}/retry).
      expect(told.messageId).toBe(String(stored._id));
      const history = await client.history(patient);
      expect(history.body.messages).toEqual([
        expect.objectContaining({ role: 'user', content: message }),
        expect.objectContaining({
          role: 'assistant',
          content: expect.stringContaining('could not be saved'),
          metadata: expect.objectContaining({ status: 'failed', failure_reason: 'storage_unavailable' }),
        }),
      ]);
    });
  });
});
