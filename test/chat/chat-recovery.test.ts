import { getModelToken } from '@nestjs/mongoose';
import type { Model } from 'mongoose';
import { InterruptedTurnRecovery } from '../../src/chat/interrupted-turn-recovery.js';
import { useChatApp } from './chat-app.js';

const minutesAgo = (minutes: number): Date => new Date(Date.now() - minutes * 60_000);

function pendingTurn(sessionId: string, message: string, createdAt: Date) {
  return { session_id: sessionId, patient_id: null, role: 'guest', status: 'pending', message, created_at: createdAt };
}

describe('turns left pending by a stopped process', () => {
  describe('at start-up', () => {
    const chat = useChatApp({ model: 'unconfigured', env: { CHAT_PENDING_GRACE_SECONDS: '120' } });

    it('fails stale pending turns as interrupted when the app starts, and leaves recent ones', async () => {
      const { client } = chat;
      const guest = await client.guest();
      const stale = await client.conversations.create(
        pendingTurn(guest.sessionId, 'Asked before the crash.', minutesAgo(10)),
      );
      const recent = await client.conversations.create(
        pendingTurn(guest.sessionId, 'Still being answered elsewhere.', minutesAgo(0.5)),
      );
      await chat.restartOnSameData();
      const conversations = client.app.medchat.app.get<Model<any>>(getModelToken('Conversation'), { strict: false });

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
    });
  });

  describe('on demand', () => {
    const { client } = useChatApp({ model: 'unconfigured', env: { CHAT_PENDING_GRACE_SECONDS: '60' } });

    it('exposes the sweep as a service method for the scheduler', async () => {
      const guest = await client.guest();
      const turn = await client.conversations.create(
        pendingTurn(guest.sessionId, 'Interrupted question.', minutesAgo(0.5)),
      );
      const recovery = client.app.medchat.app.get(InterruptedTurnRecovery, { strict: false });

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
});
