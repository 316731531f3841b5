import { existsSync } from 'node:fs';
import { mkdtemp, readdir, rename, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { getModelToken } from '@nestjs/mongoose';
import { MongoClient } from 'mongodb';
import type { Model } from 'mongoose';
import { WireProtocolMongoServer } from '@medchat/mongo-wire-server';
import { newPatientId } from '../chat/chat-client.js';
import { FakeOllama } from '../support/fake-ollama.js';
import { png, streamedWav, wav } from '../support/media-samples.js';
import { multipart, postMultipart, type FormPart } from '../support/multipart.js';
import { startTestApp, type TestApp } from '../support/test-app.js';
import { assertBuilt, freePort, startService, type ServiceProcess } from '../support/service-process.js';

/**
 * The upload directory fails while the service runs: it is replaced by a file after start-up
 * (unwritable, as root or not), or the disk fills up in the middle of a file (a file-size
 * limit on the process: writes past it fail with EFBIG, as they would with ENOSPC). Either way
 * the client gets a problem with a detail, no partial file stays, no metadata row is written,
 * and uploads work again once the disk does, without a restart.
 */
const STORED_NAME = /^[0-9a-f]{32}$/;

interface Answer {
  status: number;
  type: string;
  body: any;
}

async function send(url: string, token: string, route: string, parts: FormPart[]): Promise<Answer> {
  const response = await postMultipart(`${url}${route}`, multipart(parts), { authorization: `Bearer ${token}` });
  const text = await response.text();
  let body: unknown = text;
  try {
    body = JSON.parse(text);
  } catch {
    // kept as text
  }
  return { status: response.status, type: response.headers.get('content-type') ?? '', body };
}

async function login(url: string): Promise<string> {
  const response = await fetch(`${url}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ patient_id: newPatientId() }),
  });
  if (response.status !== 200) throw new Error(`login failed: ${response.status}`);
  return ((await response.json()) as { access_token: string }).access_token;
}

/** A storage failure as the client must see it: a server-side problem with a sentence, no internals. */
function expectStorageProblem(answer: Answer): void {
  expect([500, 503, 507]).toContain(answer.status);
  expect(answer.type).toMatch(/^application\/problem\+json/);
  expect(answer.body).toMatchObject({ status: answer.status, detail: expect.any(String) });
  expect(answer.body.detail).not.toMatch(/ENOTDIR|EFBIG|ENOSPC|EACCES|\/tmp\/|\n\s+at /);
}

const image = (name = 'rash.png'): FormPart[] => [
  { name: 'file', filename: name, contentType: 'image/png', content: png() },
];

describe('the upload directory replaced by a file while the service runs', () => {
  const ollama = new FakeOllama();
  let root: string;
  let uploadDir: string;
  let app: TestApp;

  beforeAll(async () => {
    await ollama.start();
    root = await mkdtemp(path.join(tmpdir(), 'medchat-upload-fault-'));
    uploadDir = path.join(root, 'uploads');
    app = await startTestApp({
      AUTH_PATIENT_ID_ONLY: 'true',
      UPLOAD_STORAGE: 'disk',
      UPLOAD_DIR: uploadDir,
      OLLAMA_BASE_URL: ollama.url,
    });
  });
  afterAll(async () => {
    await app?.close();
    await ollama.stop();
    await rm(root, { recursive: true, force: true });
  });

  const model = (name: string) => app.medchat.app.get<Model<any>>(getModelToken(name), { strict: false });

  it('refuses uploads with a problem and keeps nothing, then recovers when the directory is back', async () => {
    const token = await login(app.url);
    const first = await send(app.url, token, '/api/upload/image', image());
    expect(first.status).toBe(201);
    expect(await readdir(uploadDir)).toHaveLength(1);

    // The directory goes away and a file takes its place.
    await rename(uploadDir, path.join(root, 'moved'));
    await writeFile(uploadDir, 'not a directory');
    try {
      for (const [route, parts] of [
        ['/api/upload/image', image('second.png')],
        ['/api/upload/audio', [{ name: 'file', filename: 'cough.wav', contentType: 'audio/wav', content: wav() }]],
        [
          '/api/chat/message-with-image',
          [
            { name: 'message', value: 'What is this rash?' },
            { name: 'image', filename: 'rash.png', contentType: 'image/png', content: png() },
          ],
        ],
      ] as Array<[string, FormPart[]]>) {
        expectStorageProblem(await send(app.url, token, route, parts));
      }
      expect(await model('Upload').countDocuments()).toBe(1);
      expect(await model('Conversation').countDocuments()).toBe(0);
      expect((await readdir(root)).sort()).toEqual(['moved', 'uploads']);
      expect(await readdir(path.join(root, 'moved'))).toHaveLength(1);
    } finally {
      await rm(uploadDir);
      await rename(path.join(root, 'moved'), uploadDir);
    }

    // Back without a restart: new uploads are stored, the first one is still readable.
    const again = await send(app.url, token, '/api/upload/image', image('third.png'));
    expect(again.status).toBe(201);
    expect(await model('Upload').countDocuments()).toBe(2);
    expect((await readdir(uploadDir)).filter((name) => STORED_NAME.test(name))).toHaveLength(2);
    const firstAgain = await fetch(`${app.url}/api/upload/${first.body.file_id}`, {
      headers: { authorization: `Bearer ${token}` },
    });
    expect(firstAgain.status).toBe(200);
  });
});

describe('the disk filling up in the middle of a file', () => {
  // Files the service writes may not exceed 256 blocks (128 KiB with POSIX 512-byte blocks,
  // 256 KiB where a shell counts 1 KiB): the small samples fit, a 4 MB recording does not.
  const FILE_SIZE_LIMIT_BLOCKS = 256;
  const BIG_RECORDING_BYTES = 4 * 1024 * 1024;
  const mongo = new WireProtocolMongoServer({ host: '127.0.0.1', port: 0 });
  const ollama = new FakeOllama();
  let root: string;
  let uploadDir: string;
  let service: ServiceProcess | undefined;
  let client: MongoClient;

  beforeAll(async () => {
    assertBuilt();
    await mongo.start();
    await ollama.start();
    client = new MongoClient(mongo.uri);
    root = await mkdtemp(path.join(tmpdir(), 'medchat-disk-full-'));
    uploadDir = path.join(root, 'uploads');
    service = await startService(
      {
        NODE_ENV: 'test',
        LOG_LEVEL: 'info',
        MONGODB_URI: mongo.uri,
        OLLAMA_BASE_URL: ollama.url,
        AUTH_PATIENT_ID_ONLY: 'true',
        JWT_SECRET: 'disk-full-test-secret-that-is-long-enough-0123456789',
        UPLOAD_STORAGE: 'disk',
        UPLOAD_DIR: uploadDir,
      },
      await freePort(),
      // The MongoDB is this test's (in this process), so only the service's own files are limited.
      { wrapper: ['/bin/sh', '-c', `ulimit -f ${FILE_SIZE_LIMIT_BLOCKS} && exec "$0" "$@"`] },
    );
  });
  afterAll(async () => {
    service?.kill();
    await client?.close();
    await ollama.stop();
    await mongo.stop();
    await rm(root, { recursive: true, force: true });
  });

  it('answers a problem for the file that does not fit, leaves no partial file or row, and keeps serving', async () => {
    const url = service!.url;
    const token = await login(url);
    const uploads = client.db('medchat').collection('uploads');
    const conversations = client.db('medchat').collection('conversations');

    const small = await send(url, token, '/api/upload/audio', [
      { name: 'file', filename: 'short.wav', contentType: 'audio/wav', content: wav() },
    ]);
    expect(small.status).toBe(201);

    const big = (filename: string): FormPart => ({
      name: 'file',
      filename,
      contentType: 'audio/wav',
      content: () => streamedWav(BIG_RECORDING_BYTES),
    });
    expectStorageProblem(await send(url, token, '/api/upload/audio', [big('long.wav')]));
    expectStorageProblem(
      await send(url, token, '/api/chat/message-with-audio', [
        { name: 'message', value: 'Listen to my cough.' },
        { ...big('cough.wav'), name: 'audio' },
      ]),
    );

    expect(await uploads.countDocuments()).toBe(1);
    expect(await conversations.countDocuments()).toBe(0);
    const left = await readdir(uploadDir);
    expect(left).toHaveLength(1);
    expect(left[0]).toMatch(STORED_NAME);
    // It was the disk that refused (the write past the limit), and the log says so.
    expect(service!.output()).toMatch(/Upload storage failed[^\n]*EFBIG/);

    // The service is not wedged by the failure: what fits is stored.
    const after = await send(url, token, '/api/upload/image', image('after.png'));
    expect(after.status).toBe(201);
    expect(await uploads.countDocuments()).toBe(2);
    expect(existsSync(path.join(uploadDir, `${left[0]}.partial`))).toBe(false);
  });
});
