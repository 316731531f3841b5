import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { ErasureCompletionJob } from '../../src/scheduler/jobs/erasure-completion.job.js';
import { PeriodicJobRunner } from '../../src/scheduler/periodic-job.runner.js';
import { call, expectProblem } from '../auth/auth-test-kit.js';
import { ADMIN_KEY, PASSWORD, PrivacyHarness } from './privacy-test-kit.js';

/**
 * Erasure (DELETE /api/me, DELETE /api/admin/patients/:id): checked in the raw database through
 * the mongodb driver — after it, no collection but the audit trail holds the patient's id, and
 * the upload backend holds none of the patient's files — while another patient's data stays.
 */
describe.each(['disk', 'gridfs'] as const)('erasure of a patient (uploads on %s)', (backend) => {
  const harness = new PrivacyHarness(backend);

  beforeAll(() => harness.start());
  afterAll(() => harness.stop());

  it('DELETE /api/me: refused without the password, with a wrong one and for guests, nothing changed; then erases everything', async () => {
    const patient = await harness.patientWithData('Pablo44_', { password: true });
    const bystander = await harness.patientWithData('Bibi254_');
    const second = (await harness.login(patient.patientId, PASSWORD)).body.access_token as string;
    await harness.db
      .collection('feedback')
      .insertOne({ patient_id: patient.patientId, rating: 'not_helpful', created_at: new Date() });
    expect(await harness.documentsMentioning(patient.patientId)).not.toEqual([]);
    const guest = (await call(harness.app, 'POST', '/api/auth/guest')).body.access_token as string;
    const before = await harness.snapshot();
    const objectsBefore = await harness.storedObjects();

    expectProblem(await call(harness.app, 'DELETE', '/api/me', { token: patient.token, body: {} }), 403);
    expectProblem(
      await call(harness.app, 'DELETE', '/api/me', {
        token: patient.token,
        body: { password: 'a wrong password, surely' },
      }),
      403,
    );
    expectProblem(await call(harness.app, 'DELETE', '/api/me', { token: guest, body: {} }), 403);
    expectProblem(
      await call(harness.app, 'DELETE', '/api/me', { token: patient.token, body: { password: PASSWORD, extra: 1 } }),
      422,
    );
    expect(await harness.snapshot()).toEqual(before);
    expect(await harness.storedObjects()).toEqual(objectsBefore);

    const erased = await call(harness.app, 'DELETE', '/api/me', { token: patient.token, body: { password: PASSWORD } });

    expect(erased.status).toBe(200);
    expect(erased.body.erased).toEqual({
      account: 1,
      sessions: 2,
      login_failures: 1,
      conversations: 1,
      consultations: 1,
      uploads: 1,
      stored_files: 1,
      patient_records: expect.any(Number),
      feedback: 1,
      token_usage: 1,
    });
    expect(erased.body.erased.patient_records).toBeGreaterThan(0);
    // Every token of the patient is dead at once.
    for (const token of [patient.token, second])
      expect((await call(harness.app, 'GET', '/api/chat/history', { token })).status).toBe(401);
    expect(await harness.documentsMentioning(patient.patientId)).toEqual([]);
    expect(await harness.documentsMentioning('distinctive-question-8812')).toEqual(
      (await harness.documentsMentioning('distinctive-question-8812')).filter((found) =>
        found.doc.includes(bystander.patientId),
      ),
    );
    expect(await harness.storedObjects()).toHaveLength(objectsBefore.length - 1);
    expect(await harness.db.collection('uploads').countDocuments({ file_id: bystander.fileId })).toBe(1);
    expect(await harness.db.collection('conversations').countDocuments({ patient_id: bystander.patientId })).toBe(1);

    // One audit event, identifiers and counts only.
    const events = await harness.db
      .collection('audit_events')
      .find({ patient_id: patient.patientId, action: 'privacy.erased' })
      .toArray();
    expect(events).toHaveLength(1);
    expect(JSON.stringify(events[0])).not.toMatch(/distinctive|rash/);
    expect(events[0]!.details).toMatchObject({ conversations: 1, uploads: 1, account: 1 });
    // This erasure's marker, closed: done, and the patient's id no longer in it.
    const markers = await harness.db.collection('privacy_erasures').find({}).toArray();
    expect(markers).toEqual([expect.objectContaining({ state: 'done', patient_id: null })]);
  });

  it('DELETE /api/admin/patients/:id erases a passwordless patient; a second call counts zeros; patients get 403', async () => {
    const patient = await harness.patientWithData('Cris921_');
    expectProblem(
      await call(harness.app, 'DELETE', `/api/admin/patients/${patient.patientId}`, { token: patient.token }),
      403,
    );
    expectProblem(await call(harness.app, 'DELETE', '/api/admin/patients/not-a-patient-id', { token: ADMIN_KEY }), 422);

    const first = await call(harness.app, 'DELETE', `/api/admin/patients/${patient.patientId}`, { token: ADMIN_KEY });
    expect(first.status).toBe(200);
    expect(first.body.erased).toMatchObject({ account: 1, sessions: 1, conversations: 1, uploads: 1, stored_files: 1 });
    expect(await harness.documentsMentioning(patient.patientId)).toEqual([]);

    const again = await call(harness.app, 'DELETE', `/api/admin/patients/${patient.patientId}`, { token: ADMIN_KEY });
    expect(again.status).toBe(200);
    expect(Object.values(again.body.erased).every((count) => count === 0)).toBe(true);
  });

  it('a passwordless account erases itself with an empty request', async () => {
    const patient = await harness.patientWithData('Denisha680_');
    const erased = await call(harness.app, 'DELETE', '/api/me', { token: patient.token });
    expect(erased.status).toBe(200);
    expect(erased.body.erased).toMatchObject({ account: 1, conversations: 1 });
    expect(await harness.documentsMentioning(patient.patientId)).toEqual([]);
  });

  it('an erasure a crash left part-way is finished by the scheduler under its lease', async () => {
    const patient = await harness.patientWithData('Dudley365_');
    // What a crash after the marker and the first step leaves: a pending marker, the account gone, the rest still there.
    await harness.db.collection('privacy_erasures').insertOne({
      erasure_id: 'crashed-erasure-1',
      patient_id: patient.patientId,
      state: 'pending',
      requested_by: 'patient',
      requested_at: new Date(Date.now() - 10 * 60_000),
      completed_at: null,
      counts: { account: 1 },
    });
    await harness.db.collection('patients').deleteOne({ patient_id: patient.patientId });
    expect(await harness.documentsMentioning(patient.patientId)).not.toEqual([]);

    const runner = harness.app.medchat.app.get(PeriodicJobRunner, { strict: false });
    const outcome = await runner.runLeased(harness.app.medchat.app.get(ErasureCompletionJob, { strict: false }));

    expect(outcome).toEqual({ ran: true, report: { unfinished_erasures_completed: 1 } });
    expect(await harness.documentsMentioning(patient.patientId)).toEqual([]);
    const marker = await harness.db.collection('privacy_erasures').findOne({ erasure_id: 'crashed-erasure-1' });
    expect(marker).toMatchObject({
      state: 'done',
      patient_id: null,
      counts: expect.objectContaining({ account: 1, conversations: 1, uploads: 1 }),
    });
    const events = await harness.db
      .collection('audit_events')
      .find({ patient_id: patient.patientId, action: 'privacy.erased' })
      .toArray();
    expect(events).toHaveLength(1);
    expect(events[0]!.actor).toMatchObject({ role: 'system', via: 'erasure-resume' });
  });
});
