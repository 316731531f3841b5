import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { call, expectProblem } from '../auth/auth-test-kit.js';
import { PrivacyHarness } from './privacy-test-kit.js';

/**
 * GET /api/me/export (right of access): everything stored about the caller, decrypted, as a
 * streamed JSON attachment or a FHIR R4 collection Bundle; health data is encrypted at rest here.
 */
describe('GET /api/me/export', () => {
  const harness = new PrivacyHarness('gridfs', { DATA_ENCRYPTION_KEY: randomBytes(32).toString('base64') });
  let patient: Awaited<ReturnType<PrivacyHarness['patientWithData']>>;
  let bystanderId: string;

  beforeAll(async () => {
    await harness.start();
    patient = await harness.patientWithData('Pablo44_', { password: true });
    bystanderId = (await harness.patientWithData('Bibi254_')).patientId;
  });
  afterAll(() => harness.stop());

  it('JSON: an attachment with the account (no hash), decrypted exchanges, uploads with their download path, records, consultations and the audit trail', async () => {
    const answer = await call(harness.app, 'GET', '/api/me/export', { token: patient.token });

    expect(answer.status).toBe(200);
    expect(answer.headers.get('content-type')).toMatch(/^application\/json/);
    expect(answer.headers.get('content-disposition')).toMatch(
      /^attachment; filename="medchat-export-\d{4}-\d{2}-\d{2}\.json"$/,
    );
    // Written piece by piece from the cursors, not as one buffered body.
    expect(answer.headers.get('transfer-encoding')).toBe('chunked');
    expect(answer.text).not.toMatch(/password_hash|\$argon2/);
    expect(answer.text).not.toContain(bystanderId);
    const body = answer.body;
    expect(body).toMatchObject({
      format: 'medchat-export/1',
      patient_id: patient.patientId,
      account: { patient_id: patient.patientId, has_password: true, roles: ['patient'] },
    });

    expect(body.conversations).toHaveLength(1);
    expect(body.conversations[0]).toMatchObject({
      session_id: patient.sessionId,
      status: 'completed',
      message: expect.stringContaining('distinctive-question-8812'),
      response: expect.stringContaining('distinctive-answer-5521'),
      metadata: expect.objectContaining({ input_type: expect.any(String) }),
      attachments: [expect.objectContaining({ file_id: patient.fileId, kind: 'image' })],
      feedback: null,
    });
    const stored = await harness.db.collection('conversations').findOne({ patient_id: patient.patientId });
    expect(stored!.message).not.toContain('distinctive-question-8812');

    expect(body.uploads).toEqual([
      expect.objectContaining({
        file_id: patient.fileId,
        kind: 'image',
        mime_type: 'image/png',
        download: { method: 'GET', path: `/api/upload/${patient.fileId}` },
      }),
    ]);
    const file = await fetch(`${harness.app.url}${body.uploads[0].download.path}`, {
      headers: { authorization: `Bearer ${patient.token}` },
    });
    expect(file.status).toBe(200);

    expect(body.patient_records.length).toBe(
      await harness.db.collection('patient_records').countDocuments({ patient_id: patient.patientId }),
    );
    const rawRecord = await harness.db.collection('patient_records').findOne({ patient_id: patient.patientId });
    const exported = body.patient_records.find((record: any) => record.record_id === String(rawRecord!._id));
    expect(exported.text).not.toBe(rawRecord!.text);
    expect(exported).not.toHaveProperty('embedding');

    expect(body.consultations).toEqual([expect.objectContaining({ session_id: patient.sessionId })]);
    const actions = body.audit_events.map((event: any) => event.action);
    expect(actions).toEqual(
      expect.arrayContaining(['privacy.exported', 'upload.created', 'auth.login.succeeded', 'admin.patient.imported']),
    );
    expect(body.audit_events.every((event: any) => event.patient_id === patient.patientId)).toBe(true);
  });

  it('?format=fhir: a FHIR R4 collection Bundle with the Patient, a Communication per message and answer, a DocumentReference per upload', async () => {
    const answer = await call(harness.app, 'GET', '/api/me/export?format=fhir', { token: patient.token });

    expect(answer.status).toBe(200);
    expect(answer.headers.get('content-type')).toMatch(/^application\/fhir\+json/);
    expect(answer.headers.get('content-disposition')).toMatch(/^attachment; filename=".*\.fhir\.json"$/);
    const bundle = JSON.parse(answer.text);
    expect(bundle).toMatchObject({ resourceType: 'Bundle', type: 'collection' });
    const resources = bundle.entry.map((entry: any) => entry.resource);
    expect(resources.map((resource: any) => resource.resourceType).sort()).toEqual([
      'Communication',
      'Communication',
      'DocumentReference',
      'Patient',
    ]);
    const urlOf = (type: string) =>
      bundle.entry.filter((entry: any) => entry.resource.resourceType === type).map((entry: any) => entry.fullUrl);
    const [patientUrl] = urlOf('Patient');
    const [documentUrl] = urlOf('DocumentReference');
    const patientResource = resources.find((resource: any) => resource.resourceType === 'Patient');
    expect(patientResource.identifier).toEqual([{ system: 'urn:medchat:patient-id', value: patient.patientId }]);
    const [message, reply] = bundle.entry.filter((entry: any) => entry.resource.resourceType === 'Communication');
    expect(message.resource).toMatchObject({
      status: 'completed',
      subject: { reference: patientUrl },
      sender: { reference: patientUrl },
    });
    expect(message.resource.payload).toEqual([
      { contentString: expect.stringContaining('distinctive-question-8812') },
      { contentReference: { reference: documentUrl, display: 'rash.png' } },
    ]);
    expect(reply.resource).toMatchObject({
      inResponseTo: [{ reference: message.fullUrl }],
      recipient: [{ reference: patientUrl }],
      payload: [{ contentString: expect.stringContaining('distinctive-answer-5521') }],
    });
    const document = resources.find((resource: any) => resource.resourceType === 'DocumentReference');
    expect(document.content[0].attachment).toMatchObject({
      contentType: 'image/png',
      url: `/api/upload/${patient.fileId}`,
    });
  });

  it('refuses guests (403) and an unknown format (problem+json)', async () => {
    const guest = (await call(harness.app, 'POST', '/api/auth/guest')).body.access_token as string;
    expectProblem(await call(harness.app, 'GET', '/api/me/export', { token: guest }), 403);
    const bad = await call(harness.app, 'GET', '/api/me/export?format=xml', { token: patient.token });
    expect(bad.status).toBeGreaterThanOrEqual(400);
    expectProblem(bad, bad.status);
  });
});
