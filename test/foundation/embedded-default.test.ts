import { readdirSync } from 'node:fs';
import { chatEnv, ChatClient } from '../chat/chat-client.js';
import { FakeOllama } from '../support/fake-ollama.js';
import { startTestApp, type TestApp } from '../support/test-app.js';
import { DEMO_BUNDLE_DIRECTORY, DemoDataLoader } from '../../src/demo-data/index.js';
import { createApp } from '../../src/bootstrap/create-app.js';

/**
 * A newcomer's `npm start`: development on the embedded store. The log says the data is gone on
 * exit, and the bundled Synthea patients are imported in the background so the SPA's demo
 * sign-in answers record questions at once; nowhere else are demo patients loaded by default.
 */
const DEMO_IDS = readdirSync(DEMO_BUNDLE_DIRECTORY)
  .filter((name) => name.endsWith('.json'))
  .map((name) => name.replace(/\.json$/, ''))
  .sort();

const messagesOf = (app: TestApp): string[] => app.logs.entries().map((line) => String(line.msg ?? ''));

describe('development on the embedded store', () => {
  const ollama = new FakeOllama();
  let app: TestApp;
  beforeAll(async () => {
    await ollama.start();
    app = await startTestApp(chatEnv(ollama.url, { NODE_ENV: 'development', MONGODB_URI: undefined }));
  });
  afterAll(async () => {
    await app?.close();
    await ollama.stop();
  });

  it('says at start-up that the data is gone on exit', () => {
    expect(
      messagesOf(app).some((msg) =>
        /Embedded MongoDB: the data is held only while this process runs .* gone when it stops\. Set MONGODB_URI to keep it\./.test(
          msg,
        ),
      ),
    ).toBe(true);
  });

  it('imports the bundled demo patients in the background and logs when they are ready', async () => {
    expect(DEMO_IDS.length).toBeGreaterThan(0);
    const outcome = await app.medchat.app.get(DemoDataLoader).done();
    expect(outcome.failed).toEqual([]);
    expect(outcome.patients.sort()).toEqual(DEMO_IDS);
    expect(outcome.records).toBeGreaterThan(0);
    expect(messagesOf(app).some((msg) => msg.startsWith(`Demo data: ${DEMO_IDS.length} patients ready`))).toBe(true);
  });

  it("answers a demo patient's record question from the record", async () => {
    await app.medchat.app.get(DemoDataLoader).done();
    const client = new ChatClient(app);
    const patient = await client.login(DEMO_IDS[0]);
    const answer = await client.send(patient, { message: 'Which vaccines have I had?' });
    expect(answer.status).toBe(200);
    expect(answer.body.metadata.tools_used).toContain('retrieve_patient_records');
    const records = answer.body.metadata.sources.filter((source: { kind?: string }) => source.kind !== 'knowledge');
    expect(records.length).toBeGreaterThan(0);
  });
});

describe('where demo patients are not loaded', () => {
  const hasLoader = (app: TestApp): boolean => {
    try {
      app.medchat.app.get(DemoDataLoader);
      return true;
    } catch {
      return false;
    }
  };

  it('not in tests by default, nor in development with DEMO_DATA=false', async () => {
    for (const env of [{}, { NODE_ENV: 'development', DEMO_DATA: 'false' }]) {
      const app = await startTestApp(env);
      try {
        expect(hasLoader(app)).toBe(false);
        expect(messagesOf(app).some((msg) => msg.startsWith('Demo data:'))).toBe(false);
      } finally {
        await app.close();
      }
    }
  });

  it('production refuses DEMO_DATA=true, naming the variable', async () => {
    const refused = await createApp({
      env: {
        NODE_ENV: 'production',
        DEMO_DATA: 'true',
        MONGODB_URI: 'mongodb://127.0.0.1:9/medchat',
        JWT_SECRET: 'x'.repeat(40),
      },
    }).then(
      () => undefined,
      (error: Error) => error,
    );
    expect(refused?.message).toMatch(/DEMO_DATA=true is not allowed when NODE_ENV=production/);
  });
});
