import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { UploadCleanupService } from '../../src/upload/upload-cleanup.service.js';
import { call } from '../auth/auth-test-kit.js';
import { png } from '../support/media-samples.js';
import { multipart, postMultipart } from '../support/multipart.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

const ADMIN_KEY = 'admin-key-for-the-upload-audit-tests-0123456789';
const PATIENT = 'Upload123_Audit456_3f0c2d8e-4b6a-4c1e-9a7d-2e5f8b1c0a93';
const FILENAME = 'rash on left forearm, private-name-8842.png';

/** Uploads, deletions and retention purges in the audit trail: ids, kind and size, never the file name. */
describe('audit of uploads', () => {
  let app: TestApp;
  let token: string;

  const events = async (action: string) => {
    const answer = await call(app, 'GET', `/api/admin/audit?action=${action}&patient_id=${PATIENT}`, {
      token: ADMIN_KEY,
    });
    expect(answer.status).toBe(200);
    return answer.body.events as Array<Record<string, any>>;
  };
  const upload = async () => {
    const response = await postMultipart(
      `${app.url}/api/upload/image`,
      multipart([{ name: 'file', filename: FILENAME, contentType: 'image/png', content: png() }]),
      {
        authorization: `Bearer ${token}`,
      },
    );
    expect(response.status).toBe(201);
    return ((await response.json()) as { file_id: string }).file_id;
  };

  beforeAll(async () => {
    app = await startTestApp({ AUTH_PATIENT_ID_ONLY: 'true', ADMIN_API_KEY: ADMIN_KEY, SCHEDULER_ENABLED: 'false' });
    token = (await call(app, 'POST', '/api/auth/login', { body: { patient_id: PATIENT } })).body.access_token;
  });
  afterAll(() => app?.close());

  it('records an upload and its deletion by the patient, with the file id', async () => {
    const fileId = await upload();
    expect(
      (await call(app, 'DELETE', `/api/upload/${fileId}`, { token, headers: { 'x-request-id': 'upload-delete-1' } }))
        .status,
    ).toBe(204);
    const [created] = await events('upload.created');
    expect(created).toMatchObject({
      outcome: 'success',
      actor: { role: 'patient', patient_id: PATIENT, session_id: expect.any(String) },
      targets: { file_id: fileId },
      details: { kind: 'image', size_bytes: png().length },
    });
    const [deleted] = await events('upload.deleted');
    expect(deleted).toMatchObject({
      targets: { file_id: fileId },
      request_id: 'upload-delete-1',
      details: { kind: 'image' },
    });
  });

  it('records files removed by the retention clean-up as purged by the system', async () => {
    const fileId = await upload();
    const cleanup = app.medchat.app.get(UploadCleanupService, { strict: false });
    const removed = await cleanup.removeExpired(new Date(Date.now() + 400 * 86_400_000));
    expect(removed.records).toBeGreaterThanOrEqual(1);
    const purged = await events('upload.purged');
    expect(purged).toEqual([
      expect.objectContaining({
        actor: expect.objectContaining({ role: 'system', via: 'upload-retention' }),
        targets: { file_id: fileId },
        request_id: null,
      }),
    ]);
  });

  it('never stores the file name', async () => {
    const all = await call(app, 'GET', `/api/admin/audit?patient_id=${PATIENT}&limit=200`, { token: ADMIN_KEY });
    expect(all.text).not.toContain('private-name-8842');
  });
});
