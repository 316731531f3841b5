import { MongoClient, ObjectId } from 'mongodb';
import { metric } from '../llm-capacity/capacity-kit.js';
import { useChatApp } from './chat-app.js';
import type { Caller } from './chat-client.js';

const ADMIN_KEY = 'feedback-test-admin-key-0123456789abcdef';
const ENCRYPTION_KEY = Buffer.alloc(32, 9).toString('base64');

describe('feedback: PUT /api/chat/messages/{message_id}/feedback, GET /api/admin/feedback', () => {
  const { ollama, client } = useChatApp({
    ollama: { defaultReply: () => 'An answer.' },
    env: { ADMIN_API_KEY: ADMIN_KEY, DATA_ENCRYPTION_KEY: ENCRYPTION_KEY, OLLAMA_MAX_RETRIES: '0' },
  });

  async function answered(caller: Caller, message: string): Promise<string> {
    const answer = await client.send(caller, { message });
    expect(answer.status).toBe(200);
    return answer.body.message_id;
  }
  const rate = (caller: Caller | undefined, messageId: string, body: unknown) =>
    client.call('PUT', `/api/chat/messages/${messageId}/feedback`, caller, body);
  const admin = (path: string) =>
    client.call('GET', path, undefined, undefined, { authorization: `Bearer ${ADMIN_KEY}` });
  const stored = () => client.app.medchat.app.get('FeedbackModel', { strict: false });

  it('stores one rating per answer, a second replacing it, and shows it on the answer in history', async () => {
    const patient = await client.login();
    const messageId = await answered(patient, 'Is a cold the flu?');

    const first = await rate(patient, messageId, {
      rating: 'not_helpful',
      reasons: ['unclear', 'inaccurate'],
      comment: 'My private note about asthma.',
    });
    expect(first.status).toBe(200);
    expect(first.body).toEqual({
      message_id: messageId,
      rating: 'not_helpful',
      reasons: ['unclear', 'inaccurate'],
      comment: 'My private note about asthma.',
      updated_at: expect.any(String),
    });

    const second = await rate(patient, messageId, { rating: 'helpful' });
    expect(second.body).toMatchObject({ rating: 'helpful', reasons: [], comment: null });

    const history = await client.history(patient);
    const assistant = history.body.messages.find((m: any) => m.role === 'assistant');
    expect(assistant.metadata.feedback).toEqual(second.body);
    expect(history.body.messages.find((m: any) => m.role === 'user').metadata.feedback).toBeUndefined();

    const mongo = new MongoClient(client.app.medchat.database.uri);
    try {
      const raw = await mongo.db('medchat').collection('feedback').find({ message_id: messageId }).toArray();
      expect(raw).toHaveLength(1);
    } finally {
      await mongo.close();
    }
  });

  it('shows feedback on just the rated answers of a page, and on answers stored before they carried feedback_given', async () => {
    const patient = await client.login();
    const rated = await answered(patient, 'Should I rest with a fever?');
    const unrated = await answered(patient, 'Is water enough?');
    const older = await answered(patient, 'Can I exercise with a cold?');
    const ratedFeedback = (await rate(patient, rated, { rating: 'helpful' })).body;
    const olderFeedback = (await rate(patient, older, { rating: 'not_helpful', reasons: ['unclear'] })).body;

    const mongo = new MongoClient(client.app.medchat.database.uri);
    try {
      const turns = mongo.db('medchat').collection('conversations');
      const idOf = (messageId: string) => ({ _id: ObjectId.createFromHexString(messageId) });
      expect((await turns.findOne(idOf(rated)))?.feedback_given).toBe(true);
      expect((await turns.findOne(idOf(unrated)))?.feedback_given).toBe(false);
      // A turn written before the field existed: its feedback must still be found.
      await turns.updateOne(idOf(older), { $unset: { feedback_given: '' } });
    } finally {
      await mongo.close();
    }

    const history = await client.history(patient);
    const feedbackOf = (messageId: string) =>
      history.body.messages.find((m: any) => m.role === 'assistant' && m.metadata.message_id === messageId).metadata
        .feedback;
    expect(feedbackOf(rated)).toEqual(ratedFeedback);
    expect(feedbackOf(unrated)).toBeUndefined();
    expect(feedbackOf(older)).toEqual(olderFeedback);
  });

  it('encrypts the comment at rest', async () => {
    const patient = await client.login();
    const messageId = await answered(patient, 'About my rash.');
    await rate(patient, messageId, { rating: 'not_helpful', reasons: ['unsafe'], comment: 'Secret-comment-7781' });
    const mongo = new MongoClient(client.app.medchat.database.uri);
    try {
      const raw = await mongo.db('medchat').collection('feedback').findOne({ message_id: messageId });
      expect(raw?.comment).toMatch(/^enc:/);
      expect(JSON.stringify(raw)).not.toContain('Secret-comment-7781');
    } finally {
      await mongo.close();
    }
  });

  it("refuses another patient's answer (404), guests outside their session (404), unanswered ones (409) and bad input (422), storing nothing", async () => {
    const owner = await client.login();
    const messageId = await answered(owner, 'Mine.');
    const stranger = await client.login();
    const guest = await client.guest();
    ollama.failWith(500, 1);
    expect((await client.send(owner, { message: 'This one fails.' })).status).toBe(503);
    const failed = await client.conversations.findOne({ session_id: owner.sessionId, status: 'failed' }).lean<any>();
    const before = await stored().countDocuments({});

    for (const caller of [stranger, guest])
      expect((await rate(caller, messageId, { rating: 'helpful' })).status).toBe(404);
    expect((await rate(owner, failed._id.toHexString(), { rating: 'helpful' })).status).toBe(409);
    for (const body of [
      {},
      { rating: 'meh' },
      { rating: 'helpful', reasons: ['boring'] },
      { rating: 'helpful', reasons: 'unclear' },
      { rating: 'helpful', comment: 'x'.repeat(1001) },
      { rating: 'helpful', extra: 1 },
    ]) {
      const refused = await rate(owner, messageId, body);
      expect(refused.status).toBe(422);
      expect(refused.type).toContain('application/problem+json');
    }
    expect((await rate(owner, 'nope', { rating: 'helpful' })).status).toBe(422);
    expect((await rate(undefined, messageId, { rating: 'helpful' })).status).toBe(401);
    expect(await stored().countDocuments({})).toBe(before);
  });

  it('lets a guest rate an answer in its session', async () => {
    const guest = await client.guest();
    const messageId = await answered(guest, 'Guest question.');
    expect((await rate(guest, messageId, { rating: 'helpful', reasons: ['other'] })).status).toBe(200);
  });

  it('pages feedback for admins with filters, counts it in stats and metrics, and audits it', async () => {
    const patient = await client.login();
    const ids = [await answered(patient, 'q1'), await answered(patient, 'q2'), await answered(patient, 'q3')];
    const since = new Date().toISOString();
    const unsafeBefore = await metric(client.app, 'medchat_feedback_total', {
      rating: 'not_helpful',
      reason: 'unsafe',
    });
    await rate(patient, ids[0]!, { rating: 'not_helpful', reasons: ['unsafe'], comment: 'Review me.' });
    await rate(patient, ids[1]!, { rating: 'not_helpful', reasons: ['unsafe', 'unclear'] });
    await rate(patient, ids[2]!, { rating: 'helpful' });

    const unsafe = await admin(`/api/admin/feedback?reason=unsafe&since=${encodeURIComponent(since)}&limit=1`);
    expect(unsafe.status).toBe(200);
    expect(unsafe.body.feedback).toEqual([
      expect.objectContaining({
        message_id: ids[1],
        patient_id: patient.patientId,
        session_id: patient.sessionId,
        rating: 'not_helpful',
      }),
    ]);
    const next = await admin(
      `/api/admin/feedback?reason=unsafe&since=${encodeURIComponent(since)}&limit=1&before=${unsafe.body.next_cursor}`,
    );
    expect(next.body).toEqual({
      feedback: [expect.objectContaining({ message_id: ids[0], comment: 'Review me.' })],
      next_cursor: null,
    });
    const helpful = await admin(`/api/admin/feedback?rating=helpful&since=${encodeURIComponent(since)}`);
    expect(helpful.body.feedback.map((f: any) => f.message_id)).toEqual([ids[2]]);

    const stats = await admin('/api/admin/stats');
    expect(stats.body.feedback).toEqual({
      total: expect.any(Number),
      helpful: expect.any(Number),
      not_helpful: expect.any(Number),
    });
    expect(stats.body.feedback.not_helpful).toBeGreaterThanOrEqual(2);
    expect(await metric(client.app, 'medchat_feedback_total', { rating: 'not_helpful', reason: 'unsafe' })).toBe(
      unsafeBefore + 2,
    );

    const audit = await admin(`/api/admin/audit?patient_id=${patient.patientId}&action=chat.feedback.given`);
    expect(audit.body.events).toHaveLength(3);
    expect(JSON.stringify(audit.body)).not.toContain('Review me.');

    for (const query of ['rating=meh', 'reason=boring', 'since=yesterday', 'before=nope', 'limit=0'])
      expect((await admin(`/api/admin/feedback?${query}`)).status).toBe(422);
    expect((await client.call('GET', '/api/admin/feedback', patient)).status).toBe(403);
  });

  it('goes with its consultation when that is deleted', async () => {
    const patient = await client.login();
    const messageId = await answered(patient, 'Delete me with my rating.');
    await rate(patient, messageId, { rating: 'helpful' });
    expect((await client.call('DELETE', `/api/chat/sessions/${patient.sessionId}`, patient)).status).toBe(200);
    expect(await stored().countDocuments({ message_id: messageId })).toBe(0);
  });
});
