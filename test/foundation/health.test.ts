import { readFileSync } from 'node:fs';
import { FakeOllama } from '../support/fake-ollama.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

const packageVersion = (
  JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string }
).version;

async function getJson(url: string) {
  const response = await fetch(url);
  return {
    status: response.status,
    type: response.headers.get('content-type') ?? '',
    body: (await response.json()) as Record<string, any>,
  };
}

async function waitFor(predicate: () => Promise<boolean>, timeoutMs: number): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (await predicate()) return true;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  return false;
}

describe('health without an LLM', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp({ OLLAMA_BASE_URL: undefined });
  });
  afterAll(() => app.close());

  it('reports degraded with the database healthy and the LLM not configured', async () => {
    const { status, body } = await getJson(`${app.url}/api/health`);
    expect(status).toBe(200);
    expect(body).toMatchObject({
      status: 'degraded',
      version: packageVersion,
      database_status: 'healthy',
      ollama_status: 'not_configured',
      orchestrator_status: 'llm_not_configured',
    });
    expect(new Date(body.timestamp).toString()).not.toBe('Invalid Date');
    expect(body.details.database.status).toBe('up');
  });

  it('answers liveness and readiness', async () => {
    expect((await getJson(`${app.url}/api/health/live`)).body).toEqual({ status: 'ok' });
    const ready = await getJson(`${app.url}/api/health/ready`);
    expect(ready.status).toBe(200);
    expect(ready.body.status).toBe('ok');
  });

  it('turns readiness 503 while the embedded MongoDB is stopped and 200 again after it restarts', async () => {
    const embedded = app.medchat.database.embedded;
    expect(embedded).toBeDefined();
    await embedded!.stop();
    try {
      const down = await getJson(`${app.url}/api/health/ready`);
      expect(down.status).toBe(503);
      expect(down.type).toContain('application/problem+json');
      expect(down.body.detail).toMatch(/MongoDB/);
      expect((await getJson(`${app.url}/api/health`)).body).toMatchObject({
        status: 'unhealthy',
        database_status: 'unhealthy',
      });
      // Liveness does not depend on the database: Kubernetes must not restart the pod for it.
      expect((await getJson(`${app.url}/api/health/live`)).status).toBe(200);
    } finally {
      await embedded!.start();
    }
    const recovered = await waitFor(async () => (await getJson(`${app.url}/api/health/ready`)).status === 200, 20_000);
    expect(recovered).toBe(true);
  });
});

describe('health against Ollama', () => {
  const ollama = new FakeOllama();
  let app: TestApp;
  beforeAll(async () => {
    await ollama.start();
    app = await startTestApp({ OLLAMA_BASE_URL: ollama.url, OLLAMA_MODEL: 'medgemma1.5' });
  });
  afterAll(async () => {
    await app.close();
    await ollama.stop();
  });

  it('is healthy when Ollama answers and has the model pulled', async () => {
    ollama.setModels(['medgemma1.5:latest']);
    const { body } = await getJson(`${app.url}/api/health`);
    expect(body).toMatchObject({
      status: 'healthy',
      ollama_status: 'healthy',
      orchestrator_status: 'ready',
      database_status: 'healthy',
    });
    expect(body.details.ollama).toMatchObject({ model: 'medgemma1.5', model_available: true });
  });

  it('is degraded when the model is not pulled', async () => {
    ollama.setModels(['llama3:latest']);
    const { body } = await getJson(`${app.url}/api/health`);
    expect(body).toMatchObject({
      status: 'degraded',
      ollama_status: 'model_missing',
      orchestrator_status: 'llm_unavailable',
    });
  });
});

describe('health with Ollama unreachable', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp({ OLLAMA_BASE_URL: 'http://127.0.0.1:9', OLLAMA_HEALTH_TIMEOUT_MS: '500' });
  });
  afterAll(() => app.close());

  it('is degraded and says Ollama is unreachable', async () => {
    const { status, body } = await getJson(`${app.url}/api/health`);
    expect(status).toBe(200);
    expect(body).toMatchObject({ status: 'degraded', ollama_status: 'unreachable', database_status: 'healthy' });
  });
});
