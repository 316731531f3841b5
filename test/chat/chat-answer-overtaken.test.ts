import { useChatApp } from './chat-app.js';
import { holdTurnStorage } from './turn-storage-hold.js';

/**
 * The answer is whole and checked, but something else got to the turn first: the stale-turn sweep
 * closed it as `failed` (`interrupted`), or a purge or an erasure deleted it. The client is told what
 * the store holds, never 200 with an answer the history does not show: 409 with the message's id when
 * the turn is kept as failed (it can be asked again), 404 when it is gone.
 */

const ANSWER = 'Rest the ankle and keep it raised.';

describe('an answer whose turn was closed or deleted while it was produced', () => {
  const { ollama, client } = useChatApp({ resetFakesBeforeEach: true });

  async function askWhile(overtake: (sessionId: string) => Promise<unknown>) {
    const patient = await client.login();
    const message = 'My ankle is swollen after a run, what should I do?';
    ollama.reply(ANSWER);
    const storage = holdTurnStorage(client.app);
    try {
      const sending = client.send(patient, { message });
      await storage.modelFinished;
      await overtake(patient.sessionId);
      storage.release();
      return { patient, answer: await sending };
    } finally {
      storage.restore();
    }
  }

  it('tells 409 with the message id when the turn was closed as failed first (the stale-turn sweep)', async () => {
    const { patient, answer } = await askWhile((sessionId) =>
      client.conversations.updateOne(
        { session_id: sessionId, status: 'pending' },
        { $set: { status: 'failed', failure_reason: 'interrupted', completed_at: new Date() } },
      ),
    );

    expect(answer.status).toBe(409);
    expect(answer.type).toMatch(/^application\/problem\+json/);
    expect(answer.body.detail).toMatch(/was kept/i);
    expect(JSON.stringify(answer.body)).not.toContain(ANSWER);
    const stored = await client.conversations.findOne({ session_id: patient.sessionId }).lean<any>();
    expect(stored).toMatchObject({ status: 'failed', failure_reason: 'interrupted', response: null });
    expect(answer.body.message_id).toBe(String(stored._id));
    const history = await client.history(patient);
    expect(JSON.stringify(history.body)).not.toContain(ANSWER);
  });

  it('tells 404 when the turn was deleted first (a purge or an erasure)', async () => {
    const { patient, answer } = await askWhile((sessionId) =>
      client.conversations.deleteMany({ session_id: sessionId }),
    );

    expect(answer.status).toBe(404);
    expect(answer.type).toMatch(/^application\/problem\+json/);
    expect(answer.body.detail).toMatch(/deleted/i);
    expect(JSON.stringify(answer.body)).not.toContain(ANSWER);
    expect(answer.body.message_id).toBeUndefined();
    expect(await client.conversations.countDocuments({ session_id: patient.sessionId })).toBe(0);
  });
});
