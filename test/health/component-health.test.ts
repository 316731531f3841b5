import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { closedPortUrl } from '../chat/chat-client.js';
import { FakeOllama } from '../support/fake-ollama.js';
import { FakeSpeechToText } from '../support/fake-stt.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

/**
 * GET /api/health/{database,llm,stt,storage}: public, not rate limited, 200 `{ status: "up", … }`
 * while the component works and a 503 problem (the same report under `details`) once it does not.
 */
interface Answer {
  status: number;
  type: string;
  headers: Headers;
  body: Record<string, any>;
}

async function component(app: TestApp, name: string): Promise<Answer> {
  const response = await fetch(`${app.url}/api/health/${name}`);
  return {
    status: response.status,
    type: response.headers.get('content-type') ?? '',
    headers: response.headers,
    body: (await response.json()) as Record<string, any>,
  };
}

function expectDown(answer: Answer, detail: RegExp): void {
  expect(answer.status).toBe(503);
  expect(answer.type).toMatch(/^application\/problem\+json/);
  expect(answer.body.detail).toMatch(detail);
  expect(answer.body.details.status).toBe('down');
}

describe('component health, disk storage, every component configured', () => {
  const ollama = new FakeOllama();
  const stt = new FakeSpeechToText();
  let app: TestApp;
  let workDir: string;
  let uploadDir: string;
  let downHost: string;

  beforeAll(async () => {
    await Promise.all([ollama.start(), stt.start()]);
    ollama.setModels(['medgemma1.5:latest']);
    workDir = await mkdtemp(path.join(tmpdir(), 'medchat-health-'));
    uploadDir = path.join(workDir, 'uploads');
    downHost = await closedPortUrl();
    app = await startTestApp({
      OLLAMA_BASE_URL: `${ollama.url},${downHost}`,
      OLLAMA_MODEL: 'medgemma1.5',
      OLLAMA_HEALTH_TIMEOUT_MS: '1000',
      STT_BASE_URL: stt.url,
      UPLOAD_DIR: uploadDir,
      RATE_LIMIT_PER_MINUTE: '3',
    });
  });
  afterAll(async () => {
    await app?.close();
    await Promise.all([ollama.stop(), stt.stop()]);
    await rm(workDir, { recursive: true, force: true });
  });

  it('answers 200 up for each component without a token, beyond any rate limit and without its headers', async () => {
    for (let round = 0; round < 2; round += 1) {
      for (const name of ['database', 'llm', 'stt', 'storage']) {
        const answer = await component(app, name);
        expect(answer.status).toBe(200);
        expect(answer.body.status).toBe('up');
        expect(answer.headers.get('x-ratelimit-limit-minute')).toBeNull();
      }
    }
  });

  it('reports the facts an operator needs', async () => {
    expect((await component(app, 'database')).body).toMatchObject({ status: 'up', ping_ms: expect.any(Number) });
    expect((await component(app, 'stt')).body).toMatchObject({ status: 'up', base_url: stt.url, breaker: 'closed' });
    expect((await component(app, 'storage')).body).toMatchObject({
      status: 'up',
      backend: 'disk',
      directory: uploadDir,
      writable: true,
    });
  });

  it('lists every LLM host: up while one serves the model, the unreachable one named as such', async () => {
    const { body } = await component(app, 'llm');
    expect(body).toMatchObject({ status: 'up', llm_status: 'healthy', model: 'medgemma1.5' });
    expect(body.hosts).toHaveLength(2);
    expect(body.hosts[0]).toMatchObject({
      base_url: ollama.url,
      status: 'healthy',
      slots_total: expect.any(Number),
      breaker: 'closed',
    });
    expect(body.hosts[1]).toMatchObject({ base_url: downHost, status: 'unreachable' });
  });

  it('turns llm 503 when no host serves the model, and 200 again once one does', async () => {
    ollama.setModels(['llama3:latest']);
    try {
      const down = await component(app, 'llm');
      expectDown(down, /LLM is down\. No LLM host serves the model medgemma1\.5/);
      expect(down.body.details.hosts).toHaveLength(2);
    } finally {
      ollama.setModels(['medgemma1.5:latest']);
    }
    expect((await component(app, 'llm')).status).toBe(200);
  });

  it('turns storage 503 when the upload directory cannot be written, and 200 once it can', async () => {
    await rm(uploadDir, { recursive: true, force: true });
    // A file where the directory should be: unwritable whoever the process runs as.
    await writeFile(uploadDir, 'not a directory');
    try {
      const down = await component(app, 'storage');
      expectDown(down, /Upload storage is down\. The upload directory is not writable/);
      expect(down.body.details).toMatchObject({ backend: 'disk', directory: uploadDir });
    } finally {
      await rm(uploadDir, { force: true });
    }
    expect((await component(app, 'storage')).status).toBe(200);
  });

  it('turns database 503 while MongoDB is stopped, and 200 after it restarts', async () => {
    const embedded = app.medchat.database.embedded!;
    await embedded.stop();
    try {
      expectDown(await component(app, 'database'), /MongoDB is down/);
    } finally {
      await embedded.start();
    }
    let answer = await component(app, 'database');
    for (let attempt = 0; attempt < 100 && answer.status !== 200; attempt += 1) {
      await new Promise((resolve) => setTimeout(resolve, 200));
      answer = await component(app, 'database');
    }
    expect(answer.status).toBe(200);
  });

  it('turns stt 503 once the speech-to-text server is gone', async () => {
    await stt.stop();
    expectDown(await component(app, 'stt'), /Speech-to-text is down\. Speech-to-text did not answer/);
  });
});

describe('component health, GridFS storage, no LLM and no speech-to-text configured', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp({ OLLAMA_BASE_URL: undefined, STT_BASE_URL: undefined, UPLOAD_STORAGE: 'gridfs' });
  });
  afterAll(() => app?.close());

  it('reports llm and stt down as not configured', async () => {
    const llm = await component(app, 'llm');
    expectDown(llm, /No LLM host is configured/);
    expect(llm.body.details.llm_status).toBe('not_configured');
    expectDown(await component(app, 'stt'), /not configured \(STT_BASE_URL\)/);
  });

  it('reports the GridFS bucket up while MongoDB answers and down while it is stopped', async () => {
    expect((await component(app, 'storage')).body).toEqual({ status: 'up', backend: 'gridfs', bucket: 'upload_files' });
    const embedded = app.medchat.database.embedded!;
    await embedded.stop();
    try {
      expectDown(await component(app, 'storage'), /The GridFS bucket did not answer/);
    } finally {
      await embedded.start();
    }
  });

  it('documents the four routes in the OpenAPI document', async () => {
    const doc = (await (await fetch(`${app.url}/docs-json`)).json()) as { paths: Record<string, Record<string, any>> };
    for (const name of ['database', 'llm', 'stt', 'storage']) {
      const operation = Object.entries(doc.paths).find(([route]) => route.endsWith(`/health/${name}`))?.[1]?.get;
      expect(operation).toBeDefined();
      expect(Object.keys(operation.responses)).toEqual(expect.arrayContaining(['200', '503']));
    }
  });
});
