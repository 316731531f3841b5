import { getModelToken } from '@nestjs/mongoose';
import type { Model } from 'mongoose';
import { InterruptedTurnRecovery } from '../../src/chat/interrupted-turn-recovery.js';
import { startTestApp, type TestApp } from '../support/test-app.js';
import { chatEnv, ChatClient } from './chat-client.js';

const minutesAgo = (minutes: number): Date => new Date(Date.now() - minutes * 60_000);

function pendingTurn(sessionId: string, message: string, createdAt: Date) {
  return { session_id: sessionId, patient_id: null, role: 'guest', status: 'pending', message, created_at: createdAt };
}

describe('turns left pending by a stopped process', () => {
  let app: TestApp | undefined;
  afterEach(async () => {
    await app?.close();
    app = undefined;
  });

  it('fails stale pending turns as interrupted when the app starts, and leaves recent ones', async () => {
    const first = await startTestApp(chatEnv(undefined, { CHAT_PENDING_GRACE_SECONDS: '120' }));
    const client = new ChatClient(first);
    const guest = await client.guest();
    const stale = await client.conversations.create(
      pendingTurn(guest.sessionId, 'Asked before the crash.', minutesAgo(10)),
    );
    const recent = await client.conversations.create(
      pendingTurn(guest.sessionId, 'Still being answered elsewhere.', minutesAgo(0.5)),
    );
    // Stop only the app, keep its database: a second instance starts on the same data.
    const uri = first.medchat.database.uri;
    await first.medchat.app.close();
    try {
      app = await startTestApp(chatEnv(undefined, { MONGODB_URI: uri, CHAT_PENDING_GRACE_SECONDS: '120' }));
      const conversations = app.medchat.app.get<Model<any>>(getModelToken('Conversation'), { strict: false });

      const staleAfter = await conversations.findById(stale._id).lean<any>();
      const recentAfter = await conversations.findById(recent._id).lean<any>();

      expect(staleAfter).toMatchObject({
        status: 'failed',
        failure_reason: 'interrupted',
        message: 'Asked before the crash.',
        response: null,
      });
      expect(staleAfter.completed_at).toBeInstanceOf(Date);
      expect(recentAfter).toMatchObject({ status: 'pending', failure_reason: null });
    } finally {
      await app?.close();
      app = undefined;
      await first.medchat.database.embedded?.dispose();
    }
  });

  it('exposes the sweep as a service method for the scheduler', async () => {
    app = await startTestApp(chatEnv(undefined, { CHAT_PENDING_GRACE_SECONDS: '60' }));
    const client = new ChatClient(app);
    const guest = await client.guest();
    const turn = await client.conversations.create(
      pendingTurn(guest.sessionId, 'Interrupted question.', minutesAgo(0.5)),
    );
    const recovery = app.medchat.app.get(InterruptedTurnRecovery, { strict: false });

    expect(await recovery.failStalePendingTurns()).toBe(0);
    expect(await recovery.failStalePendingTurns(new Date(Date.now() + 60_000))).toBe(1);

    const history = await client.history(guest);
    expect(history.body.messages).toEqual([
      expect.objectContaining({ role: 'user', content: 'Interrupted question.' }),
      expect.objectContaining({
        role: 'assistant',
        content: expect.stringContaining('interrupted'),
        metadata: expect.objectContaining({
          message_id: turn._id.toHexString(),
          status: 'failed',
          failure_reason: 'interrupted',
        }),
      }),
    ]);
  });
});
