import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { ConversationRetentionJob } from '../../src/scheduler/jobs/conversation-retention.job.js';
import { PeriodicJobRunner } from '../../src/scheduler/periodic-job.runner.js';
import { call } from '../auth/auth-test-kit.js';
import { PrivacyHarness } from './privacy-test-kit.js';

const DAY = 86_400_000;

/** CONVERSATION_RETENTION_DAYS: the scheduler purges older exchanges under its lease and audits each patient's count. */
describe('conversation retention (CONVERSATION_RETENTION_DAYS=30)', () => {
  const harness = new PrivacyHarness('disk', { CONVERSATION_RETENTION_DAYS: '30' });

  beforeAll(() => harness.start());
  afterAll(() => harness.stop());

  it('purges answered and failed exchanges past the retention, keeps newer and still-pending ones, audits the counts', async () => {
    const old = await harness.patientWithData('Pablo44_');
    const recent = await harness.patientWithData('Bibi254_');
    await call(harness.app, 'POST', '/api/chat/message', {
      token: old.token,
      body: { message: 'A second, older question.' },
    });
    const guest = (await call(harness.app, 'POST', '/api/auth/guest')).body.access_token as string;
    await call(harness.app, 'POST', '/api/chat/message', { token: guest, body: { message: 'A guest question.' } });
    const conversations = harness.db.collection('conversations');
    const aged = new Date(Date.now() - 40 * DAY);
    await conversations.updateMany({ patient_id: { $in: [old.patientId, null] } }, { $set: { created_at: aged } });
    await conversations.insertOne({
      session_id: old.sessionId,
      patient_id: old.patientId,
      role: 'patient',
      status: 'pending',
      message: '',
      response: null,
      failure_reason: null,
      metadata: null,
      attachments: [],
      created_at: aged,
      completed_at: null,
    });

    const runner = harness.app.medchat.app.get(PeriodicJobRunner, { strict: false });
    const outcome = await runner.runLeased(harness.app.medchat.app.get(ConversationRetentionJob, { strict: false }));

    expect(outcome).toEqual({ ran: true, report: { expired_exchanges_purged: 3, patients_with_exchanges_purged: 2 } });
    expect(await conversations.countDocuments({ patient_id: old.patientId })).toBe(1);
    expect(await conversations.countDocuments({ patient_id: old.patientId, status: 'pending' })).toBe(1);
    expect(await conversations.countDocuments({ patient_id: recent.patientId })).toBe(1);
    expect(await conversations.countDocuments({ patient_id: null })).toBe(0);
    const events = await harness.db.collection('audit_events').find({ action: 'chat.retention.purged' }).toArray();
    expect(
      events
        .map((event) => ({ patient_id: event.patient_id, details: event.details }))
        .sort((a, b) => String(a.patient_id).localeCompare(String(b.patient_id))),
    ).toEqual(
      [
        { patient_id: null, details: { exchanges: 1, retention_days: 30 } },
        { patient_id: old.patientId, details: { exchanges: 2, retention_days: 30 } },
      ].sort((a, b) => String(a.patient_id).localeCompare(String(b.patient_id))),
    );

    // A second run finds nothing more.
    expect(await runner.runLeased(harness.app.medchat.app.get(ConversationRetentionJob, { strict: false }))).toEqual({
      ran: true,
      report: { expired_exchanges_purged: 0, patients_with_exchanges_purged: 0 },
    });
  });
});
