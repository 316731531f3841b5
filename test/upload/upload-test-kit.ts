import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { getConnectionToken, getModelToken } from '@nestjs/mongoose';
import type { Connection, Model } from 'mongoose';
import { multipart, postMultipart, type FormPart } from '../support/multipart.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

export type Backend = 'disk' | 'gridfs';
export const BACKENDS: Backend[] = ['disk', 'gridfs'];

export interface Answer {
  status: number;
  headers: Headers;
  body: any;
}

export interface Caller {
  token: string;
  sessionId: string;
  patientId: string | null;
}

export const sha256 = (bytes: Buffer): string => createHash('sha256').update(bytes).digest('hex');

export async function asAnswer(response: Response): Promise<Answer> {
  const text = await response.text();
  let body: unknown = text;
  try {
    body = text === '' ? undefined : JSON.parse(text);
  } catch {
    // Not JSON: the test sees the text.
  }
  return { status: response.status, headers: response.headers, body };
}

/**
 * An app on one storage backend, with a private working directory: `root/uploads` is
 * UPLOAD_DIR, and nothing else may ever appear in `root` (path traversal would show there).
 */
export class UploadHarness {
  app!: TestApp;
  root!: string;

  constructor(
    readonly backend: Backend,
    private readonly env: Record<string, string | undefined> = {},
  ) {}

  get uploadDir(): string {
    return path.join(this.root, 'uploads');
  }

  async start(): Promise<this> {
    this.root = await mkdtemp(path.join(tmpdir(), `medchat-uploads-${this.backend}-`));
    this.app = await startTestApp({
      AUTH_PATIENT_ID_ONLY: 'true',
      UPLOAD_STORAGE: this.backend,
      UPLOAD_DIR: this.uploadDir,
      ...this.env,
    });
    return this;
  }

  async stop(): Promise<void> {
    await this.app?.close();
    if (this.root) await rm(this.root, { recursive: true, force: true });
  }

  async login(patientId: string): Promise<Caller> {
    const answer = await this.json('POST', '/api/auth/login', undefined, { patient_id: patientId });
    if (answer.status !== 200) throw new Error(`login failed: ${answer.status} ${JSON.stringify(answer.body)}`);
    return { token: answer.body.access_token, sessionId: answer.body.session_id, patientId };
  }

  async guest(): Promise<Caller> {
    const answer = await this.json('POST', '/api/auth/guest');
    return { token: answer.body.access_token, sessionId: answer.body.session_id, patientId: null };
  }

  async json(method: string, route: string, caller?: Caller, body?: unknown): Promise<Answer> {
    const response = await fetch(`${this.app.url}${route}`, {
      method,
      headers: {
        ...(caller ? { authorization: `Bearer ${caller.token}` } : {}),
        ...(body === undefined ? {} : { 'content-type': 'application/json' }),
      },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    return asAnswer(response);
  }

  /** POST a form to an upload route as the SPA would (one file part, as named). */
  upload(caller: Caller, route: string, parts: FormPart[]): Promise<Answer> {
    return postMultipart(`${this.app.url}${route}`, multipart(parts), { authorization: `Bearer ${caller.token}` }).then(
      asAnswer,
    );
  }

  uploadFile(
    caller: Caller,
    kind: 'image' | 'audio',
    filename: string,
    content: Buffer,
    contentType?: string,
  ): Promise<Answer> {
    return this.upload(caller, `/api/upload/${kind}`, [{ name: 'file', filename, contentType, content }]);
  }

  get uploads(): Model<any> {
    return this.app.medchat.app.get<Model<any>>(getModelToken('Upload'), { strict: false });
  }

  get connection(): Connection {
    return this.app.medchat.app.get<Connection>(getConnectionToken(), { strict: false });
  }

  /** What the storage backend holds right now: files in UPLOAD_DIR, or GridFS file documents and chunks. */
  async storedObjects(): Promise<{ names: string[]; chunks: number }> {
    if (this.backend === 'disk') {
      const names = existsSync(this.uploadDir) ? await readdir(this.uploadDir) : [];
      return { names: names.sort(), chunks: 0 };
    }
    const db = this.connection.db!;
    const files = await db
      .collection('upload_files.files')
      .find({}, { projection: { _id: 1 } })
      .toArray();
    const chunks = await db.collection('upload_files.chunks').countDocuments();
    return { names: files.map((file) => String(file._id)).sort(), chunks };
  }

  /** Nothing stored and no metadata: what every refused upload must leave. */
  async expectNothingStored(): Promise<void> {
    const stored = await this.storedObjects();
    if (stored.names.length > 0 || stored.chunks > 0)
      throw new Error(`storage is not empty: ${JSON.stringify(stored)}`);
    const rows = await this.uploads.countDocuments();
    if (rows > 0) throw new Error(`${rows} upload rows remain`);
  }

  /** Everything in the app's private root other than UPLOAD_DIR: must stay empty. */
  async strayEntries(): Promise<string[]> {
    return (await readdir(this.root)).filter((name) => name !== 'uploads');
  }

  async clear(): Promise<void> {
    await this.uploads.deleteMany({});
    if (this.backend === 'disk') await rm(this.uploadDir, { recursive: true, force: true });
    else {
      await this.connection.db!.collection('upload_files.files').deleteMany({});
      await this.connection.db!.collection('upload_files.chunks').deleteMany({});
    }
  }
}

export function newPatientId(): string {
  const n = Math.floor(Math.random() * 900) + 100;
  return `Ada${n}_Lovelace${n}_${crypto.randomUUID()}`;
}

/** A problem+json refusal with this status, a detail matching `detail`, and the request id. */
export function expectProblem(answer: Answer, status: number, detail: RegExp): void {
  expect({ status: answer.status, body: answer.body }).toMatchObject({
    status,
    body: { status, detail: expect.stringMatching(detail) },
  });
  expect(answer.headers.get('content-type')).toMatch(/^application\/problem\+json/);
  expect(answer.body.request_id).toBe(answer.headers.get('x-request-id'));
}

/**
 * The harness of one describe block: started with one signed-in patient before its tests,
 * emptied after each, stopped at the end. Registers the Jest hooks itself.
 */
export function suiteHarness(backend: Backend): { harness: UploadHarness; patient(): Caller } {
  const harness = new UploadHarness(backend);
  let patient: Caller | undefined;
  beforeAll(async () => {
    await harness.start();
    patient = await harness.login(newPatientId());
  });
  afterAll(() => harness.stop());
  afterEach(() => harness.clear());
  return {
    harness,
    patient: () => {
      if (!patient) throw new Error('the suite harness has not started');
      return patient;
    },
  };
}
