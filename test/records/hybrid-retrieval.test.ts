import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals';
import { call, expectProblem, readFixture } from '../auth/auth-test-kit.js';
import { FakeOllama } from '../support/fake-ollama.js';
import { startTestApp, type TestApp } from '../support/test-app.js';
import { ADMIN_KEY, fixture, importBundle, storeCounts, storedRecordsOf } from './records-test-kit.js';

const EMBEDDING_MODEL = 'nomic-embed-text';

/** EMBEDDING_MODEL set: embeddings through Ollama's /api/embed, stored at import, used at retrieval. */
describe('hybrid record retrieval with Ollama embeddings', () => {
  const ollama = new FakeOllama({ models: ['medgemma1.5', EMBEDDING_MODEL], embeddingDimensions: 64 });
  let app: TestApp;
  const pablo = fixture('Pablo44_');

  beforeAll(async () => {
    await ollama.start();
    app = await startTestApp({
      OLLAMA_BASE_URL: ollama.url,
      EMBEDDING_MODEL,
      AUTH_PATIENT_ID_ONLY: 'true',
      ADMIN_API_KEY: ADMIN_KEY,
    });
  });
  afterAll(async () => {
    await app?.close();
    await ollama.stop();
  });
  beforeEach(() => ollama.reset());

  it('refuses the import with 503 and writes nothing when the embedding model is not there', async () => {
    ollama.setModels(['medgemma1.5']);
    const answer = await importBundle(app, readFixture(pablo.file));
    expectProblem(answer, 503);
    expect(answer.body.detail).toContain(EMBEDDING_MODEL);
    expect(await storeCounts(app)).toEqual({ patients: 0, records: 0 });
  });

  it('stores an embedding of each narrative at import, in batches, and none again on re-import', async () => {
    expect((await importBundle(app, readFixture(pablo.file))).status).toBe(201);

    const records = await storedRecordsOf(app, pablo.patientId);
    const embedded = ollama.embedRequests();
    expect(embedded.every((request) => request.model === EMBEDDING_MODEL)).toBe(true);
    expect(embedded.flatMap((request) => request.input).sort()).toEqual(records.map((record) => record.text).sort());
    expect(Math.max(...embedded.map((request) => request.input.length))).toBeLessThanOrEqual(64);
    for (const record of records) {
      expect(record.embedding).toHaveLength(64);
      expect(record.embedding_model).toBe(EMBEDDING_MODEL);
    }

    ollama.reset();
    expect((await importBundle(app, readFixture(pablo.file))).status).toBe(201);
    expect(ollama.embedRequests()).toEqual([]);
  });

  async function ask(message: string) {
    const login = await call(app, 'POST', '/api/auth/login', { body: { patient_id: pablo.patientId } });
    const answer = await call(app, 'POST', '/api/chat/message', { token: login.body.access_token, body: { message } });
    expect(answer.status).toBe(200);
    return answer.body.metadata as {
      sources: Array<{ resource_type: string; date: string; text: string }>;
      tools_used: string[];
    };
  }

  it('embeds the question and still finds the March 2020 Conditions', async () => {
    const metadata = await ask('What did the doctor find in March 2020?');

    expect(ollama.embedRequests()).toEqual([
      expect.objectContaining({ model: EMBEDDING_MODEL, input: ['What did the doctor find in March 2020?'] }),
    ]);
    expect(metadata.sources).toHaveLength(6);
    for (const source of metadata.sources)
      expect(source).toMatchObject({ resource_type: 'Condition', date: expect.stringMatching(/^2020-03-/) });
  });

  it('falls back to lexical ranking when the embedding call fails at question time', async () => {
    ollama.failWith(500, 1, { on: ['embed'] });
    const metadata = await ask('Which vaccines have I had?');

    expect(metadata.tools_used).toContain('retrieve_patient_records');
    expect(metadata.sources.length).toBeGreaterThan(0);
    for (const source of metadata.sources) expect(source.resource_type).toBe('Immunization');
    expect(app.logs.text).toContain('Record retrieval falls back to lexical ranking');
  });
});
