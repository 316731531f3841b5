import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { MongoClient, type Db } from 'mongodb';
import { WireProtocolMongoServer } from '@medchat/mongo-wire-server';
import { call, readFixture, type HttpAnswer } from '../auth/auth-test-kit.js';
import { ADMIN_KEY, fixture } from '../records/records-test-kit.js';
import { FakeOllama } from '../support/fake-ollama.js';
import { png } from '../support/media-samples.js';
import { startTestApp, type TestApp } from '../support/test-app.js';
import { uploadFirst } from '../chat/chat-files-kit.js';

export { ADMIN_KEY };
export const PASSWORD = 'correct horse battery staple 42';

/**
 * An app on its own wire-protocol MongoDB, with the raw `mongodb` driver beside it, so a test
 * can check what is really stored; uploads on disk or GridFS in a private directory.
 */
export class PrivacyHarness {
  readonly ollama = new FakeOllama();
  server!: WireProtocolMongoServer;
  app!: TestApp;
  client!: MongoClient;
  root!: string;

  constructor(
    readonly backend: 'disk' | 'gridfs',
    private readonly env: Record<string, string> = {},
  ) {}

  get db(): Db {
    return this.client.db('medchat');
  }

  get uploadDir(): string {
    return path.join(this.root, 'uploads');
  }

  async start(): Promise<this> {
    await this.ollama.start();
    this.ollama.setDefaultReply('Rest, drink water, and see your doctor if it gets worse. distinctive-answer-5521.');
    this.server = new WireProtocolMongoServer();
    await this.server.start();
    this.root = await mkdtemp(path.join(tmpdir(), 'medchat-privacy-'));
    this.app = await startTestApp({
      MONGODB_URI: this.server.uri,
      OLLAMA_BASE_URL: this.ollama.url,
      AUTH_PATIENT_ID_ONLY: 'true',
      ADMIN_API_KEY: ADMIN_KEY,
      UPLOAD_STORAGE: this.backend,
      UPLOAD_DIR: this.uploadDir,
      CHAT_DAILY_TOKEN_BUDGET: '1000000',
      ...this.env,
    });
    this.client = await MongoClient.connect(this.server.uri);
    return this;
  }

  async stop(): Promise<void> {
    await this.client?.close();
    await this.app?.close();
    await this.server?.stop();
    await this.ollama.stop();
    if (this.root) await rm(this.root, { recursive: true, force: true });
  }

  /** A Synthea patient imported with records, given a password, with a chat, an upload and a failed sign-in. */
  async patientWithData(
    prefix: string,
    options: { password?: boolean } = {},
  ): Promise<{ patientId: string; token: string; sessionId: string; fileId: string }> {
    const { patientId, file } = fixture(prefix);
    const imported = await call(this.app, 'POST', '/api/admin/patients/import', {
      rawBody: readFixture(file),
      token: ADMIN_KEY,
    });
    if (imported.status !== 201) throw new Error(`import failed: ${imported.status}`);
    if (options.password) {
      const set = await call(this.app, 'PUT', `/api/admin/patients/${patientId}/password`, {
        body: { password: PASSWORD },
        token: ADMIN_KEY,
      });
      if (set.status !== 204) throw new Error(`password not set: ${set.status}`);
      await call(this.app, 'POST', '/api/auth/login', {
        body: { patient_id: patientId, password: 'not the password at all' },
      });
    }
    const login = await this.login(patientId, options.password ? PASSWORD : undefined);
    const caller = { token: login.body.access_token, sessionId: login.body.session_id, patientId };
    const fileId = await uploadFirst(this.app, caller, 'image', 'rash.png', png(), 'image/png');
    const chat = await call(this.app, 'POST', '/api/chat/message', {
      token: caller.token,
      body: { message: 'I have a rash on my arm, distinctive-question-8812.', image_file_id: fileId },
    });
    if (chat.status !== 200) throw new Error(`chat failed: ${chat.status} ${chat.text}`);
    return { patientId, token: caller.token, sessionId: caller.sessionId, fileId };
  }

  login(patientId: string, password?: string): Promise<HttpAnswer> {
    return call(this.app, 'POST', '/api/auth/login', {
      body: { patient_id: patientId, ...(password ? { password } : {}) },
    });
  }

  /** Every stored document, in every collection but the audit trail, that mentions the text. */
  async documentsMentioning(text: string): Promise<Array<{ collection: string; doc: string }>> {
    const found: Array<{ collection: string; doc: string }> = [];
    for (const { name } of await this.db.listCollections().toArray()) {
      if (name === 'audit_events') continue;
      for (const doc of await this.db.collection(name).find({}).toArray()) {
        const json = JSON.stringify(doc);
        if (json.includes(text)) found.push({ collection: name, doc: json.slice(0, 200) });
      }
    }
    return found;
  }

  /** The stored objects of the upload backend: file names on disk, or GridFS file ids. */
  async storedObjects(): Promise<string[]> {
    if (this.backend === 'disk') return existsSync(this.uploadDir) ? (await readdir(this.uploadDir)).sort() : [];
    return (await this.db.collection('upload_files.files').find({}).toArray()).map((file) => String(file._id)).sort();
  }

  /** Whole-database counts, for "nothing changed" (rate-limit counters move with every request). */
  async snapshot(): Promise<Record<string, number>> {
    const counts: Record<string, number> = {};
    for (const { name } of await this.db.listCollections().toArray())
      if (name !== 'audit_events' && name !== 'rate_limit_counters')
        counts[name] = await this.db.collection(name).countDocuments();
    return counts;
  }
}
