import { mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { png } from '../support/media-samples.js';
import { startTestApp, type TestApp } from '../support/test-app.js';
import { newPatientId, UploadHarness } from './upload-test-kit.js';

/** UPLOAD_DIR cannot be created (a file is in the way): a 503 problem, and nothing kept. */
describe('an upload directory that cannot be written', () => {
  let root: string;
  let app: TestApp;
  const harness = new UploadHarness('disk');

  beforeAll(async () => {
    root = await mkdtemp(path.join(tmpdir(), 'medchat-unwritable-'));
    await writeFile(path.join(root, 'not-a-directory'), 'a file where the directory should be');
    app = await startTestApp({
      AUTH_PATIENT_ID_ONLY: 'true',
      UPLOAD_DIR: path.join(root, 'not-a-directory', 'uploads'),
    });
    harness.app = app;
  });
  afterAll(async () => {
    await app?.close();
    await rm(root, { recursive: true, force: true });
  });

  it('answers 503 with Retry-After, keeps no metadata and writes nothing', async () => {
    const patient = await harness.login(newPatientId());

    const answer = await harness.uploadFile(patient, 'image', 'rash.png', png(), 'image/png');

    expect(answer.status).toBe(503);
    expect(answer.headers.get('content-type')).toMatch(/^application\/problem\+json/);
    expect(answer.headers.get('retry-after')).toBe('30');
    expect(answer.body.detail).toBe(
      'The file could not be stored right now; nothing was kept. Please try again shortly.',
    );
    expect(await harness.uploads.countDocuments()).toBe(0);
    expect(await readdir(root)).toEqual(['not-a-directory']);
    expect(app.logs.entries().some((entry) => entry.msg === 'Upload storage failed' && entry.backend === 'disk')).toBe(
      true,
    );
  });
});
