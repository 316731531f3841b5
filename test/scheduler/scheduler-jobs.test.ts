import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, unlink, utimes, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { getModelToken } from '@nestjs/mongoose';
import { mongo, type Model } from 'mongoose';
import { DatabaseCleanupJob } from '../../src/scheduler/jobs/database-cleanup.job.js';
import { SessionCleanupJob } from '../../src/scheduler/jobs/session-cleanup.job.js';
import { UploadCleanupJob } from '../../src/scheduler/jobs/upload-cleanup.job.js';
import { PeriodicJobRunner } from '../../src/scheduler/periodic-job.runner.js';
import { png, wav } from '../support/media-samples.js';
import { BACKENDS, newPatientId, UploadHarness, type Backend } from '../upload/upload-test-kit.js';

const HOUR = 60 * 60 * 1000;
const DAY = 24 * HOUR;

describe.each(BACKENDS)('clean-up jobs (uploads on %s storage)', (backend: Backend) => {
  const harness = new UploadHarness(backend);

  beforeAll(() => harness.start());
  afterAll(() => harness.stop());

  const get = <T>(type: abstract new (...args: never[]) => T): T =>
    harness.app.medchat.app.get(type as never, { strict: false }) as T;
  const model = (name: string): Model<any> =>
    harness.app.medchat.app.get<Model<any>>(getModelToken(name), { strict: false });
  const infoLines = (msg: string) => harness.app.logs.entries().filter((entry) => entry.msg === msg);

  /** An object in storage that no metadata names, last written `ageMs` ago. */
  async function strayObject(ageMs: number): Promise<string> {
    const key = randomBytes(16).toString('hex');
    const writtenAt = new Date(Date.now() - ageMs);
    if (backend === 'disk') {
      await mkdir(harness.uploadDir, { recursive: true });
      const file = path.join(harness.uploadDir, key);
      await writeFile(file, png());
      await utimes(file, writtenAt, writtenAt);
    } else {
      const db = harness.connection.db!;
      await db
        .collection('upload_files.files')
        .insertOne({ _id: key as never, length: 10, chunkSize: 261120, uploadDate: writtenAt, filename: key });
      await db.collection('upload_files.chunks').insertOne({
        _id: mongo.ObjectId.createFromTime(Math.floor(writtenAt.getTime() / 1000)),
        files_id: key,
        n: 0,
        data: new mongo.Binary(png()),
      });
    }
    return key;
  }

  async function storedKeys(): Promise<string[]> {
    return (await harness.storedObjects()).names;
  }

  async function removeStoredObject(key: string): Promise<void> {
    if (backend === 'disk') await unlink(path.join(harness.uploadDir, key));
    else {
      await harness.connection.db!.collection('upload_files.files').deleteOne({ _id: key as never });
      await harness.connection.db!.collection('upload_files.chunks').deleteMany({ files_id: key });
    }
  }

  it('upload clean-up: removes files past retention with their metadata, and old objects no metadata names', async () => {
    const patient = await harness.login(newPatientId());
    const old = await harness.uploadFile(patient, 'image', 'old.png', png(), 'image/png');
    const recent = await harness.uploadFile(patient, 'audio', 'recent.wav', wav(), 'audio/wav');
    await harness.uploads.updateOne(
      { file_id: old.body.file_id },
      { $set: { created_at: new Date(Date.now() - 8 * DAY) } },
    );
    const oldKey = (await harness.uploads.findOne({ file_id: old.body.file_id }).lean<any>()).storage_key;
    const recentKey = (await harness.uploads.findOne({ file_id: recent.body.file_id }).lean<any>()).storage_key;
    const abandoned = await strayObject(2 * HOUR);
    const inFlight = await strayObject(60 * 1000);

    const outcome = await get(PeriodicJobRunner).runLeased(get(UploadCleanupJob), new Date());

    expect(outcome).toEqual({
      ran: true,
      report: { expired_files_removed: 1, expired_records_removed: 1, stray_objects_removed: 1 },
    });
    expect(await harness.uploads.countDocuments({ file_id: old.body.file_id })).toBe(0);
    expect(await harness.uploads.countDocuments({ file_id: recent.body.file_id })).toBe(1);
    const keys = await storedKeys();
    expect(keys).toEqual(expect.arrayContaining([recentKey, inFlight]));
    expect(keys).not.toContain(oldKey);
    expect(keys).not.toContain(abandoned);
    expect((await harness.json('GET', `/api/upload/${old.body.file_id}`, patient)).status).toBe(404);
    expect(infoLines('Scheduled job finished').at(-1)).toMatchObject({
      job: 'upload-cleanup',
      expired_files_removed: 1,
      expired_records_removed: 1,
      stray_objects_removed: 1,
    });
  });

  it('session clean-up: removes signed-out sessions and keeps live ones', async () => {
    const leaving = await harness.login(newPatientId());
    const staying = await harness.login(newPatientId());
    const logout = await harness.json('POST', '/api/auth/logout', leaving);
    expect(logout.status).toBe(200);
    const sessions = model('Session');

    const report = await get(SessionCleanupJob).run();

    expect(report.ended_sessions_removed).toBeGreaterThanOrEqual(1);
    expect(await sessions.countDocuments({ session_id: leaving.sessionId })).toBe(0);
    expect(await sessions.countDocuments({ session_id: staying.sessionId })).toBe(1);
    expect((await harness.json('GET', '/api/upload/limits', staying)).status).toBe(200);
  });

  it('database clean-up: fails stale pending turns, removes expired sessions and orphaned upload records', async () => {
    const now = new Date(Date.now() + 40 * 60 * 1000);
    const expiring = await harness.login(newPatientId());
    const lasting = await harness.login(newPatientId());
    const sessions = model('Session');
    // 30 idle minutes have passed for `expiring` at `now`; `lasting` was active just before.
    await sessions.updateOne(
      { session_id: lasting.sessionId },
      { $set: { expires_at: new Date(now.getTime() + 10 * 60 * 1000) } },
    );
    const conversations = model('Conversation');
    const turn = (createdAt: Date) => ({
      session_id: lasting.sessionId,
      patient_id: lasting.patientId,
      role: 'patient',
      status: 'pending',
      message: 'Is this still being answered?',
      created_at: createdAt,
    });
    const [stale, fresh] = await conversations.insertMany([
      turn(new Date(now.getTime() - 10 * 60 * 1000)),
      turn(new Date(now.getTime() - 30 * 1000)),
    ]);
    const orphan = await harness.uploadFile(lasting, 'image', 'orphan.png', png(), 'image/png');
    const kept = await harness.uploadFile(lasting, 'image', 'kept.png', png(), 'image/png');
    await removeStoredObject((await harness.uploads.findOne({ file_id: orphan.body.file_id }).lean<any>()).storage_key);

    const outcome = await get(PeriodicJobRunner).runLeased(get(DatabaseCleanupJob), now);

    expect(outcome.ran).toBe(true);
    const report = (outcome as { report: Record<string, number> }).report;
    expect(report.stale_pending_turns_failed).toBe(1);
    expect(report.expired_sessions_removed).toBeGreaterThanOrEqual(1);
    expect(report.orphaned_upload_records_removed).toBe(1);
    expect(await conversations.findById(stale!._id).lean<any>()).toMatchObject({
      status: 'failed',
      failure_reason: 'interrupted',
    });
    expect(await conversations.findById(fresh!._id).lean<any>()).toMatchObject({ status: 'pending' });
    expect(await sessions.countDocuments({ session_id: expiring.sessionId })).toBe(0);
    expect(await sessions.countDocuments({ session_id: lasting.sessionId })).toBe(1);
    expect(await harness.uploads.countDocuments({ file_id: orphan.body.file_id })).toBe(0);
    expect(await harness.uploads.countDocuments({ file_id: kept.body.file_id })).toBe(1);
    expect(infoLines('Scheduled job finished').at(-1)).toMatchObject({ job: 'database-cleanup', ...report });
  });

  it('writes nothing to disk for GridFS, and stays inside UPLOAD_DIR on disk', async () => {
    expect(await harness.strayEntries()).toEqual([]);
    if (backend === 'gridfs') expect(existsSync(harness.uploadDir)).toBe(false);
  });
});
