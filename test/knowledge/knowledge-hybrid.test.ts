import { appendFileSync, readFileSync } from 'node:fs';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals';
import { KnowledgeIndex, type KnowledgePassage } from '../../src/knowledge/index.js';
import { call } from '../auth/auth-test-kit.js';
import { FakeOllama } from '../support/fake-ollama.js';
import { startTestApp, type TestApp } from '../support/test-app.js';
import { knowledgeReady, sampleCopy } from './knowledge-test-kit.js';

const EMBEDDING_MODEL = 'nomic-embed-text';

/**
 * Three passages about one made-up condition. The question's words beside "zorblax" are all stop
 * words, so BM25 sees only "zorblax" and prefers the overview; the fake's embeddings (hashed bags
 * of words, stop words included) find the passage whose question says what the patient said.
 */
const ZORBLAX = [
  ['TEST_0000001_Sec1', 'information', 'What is (are) Zorblax ?'],
  ['TEST_0000001_Sec2', 'symptoms', 'What are the symptoms of Zorblax ?'],
  ['TEST_0000001_Sec3', 'considerations', 'What if it was there before and then again after Zorblax ?'],
].map(([id, question_type, question]) => ({
  id,
  source: 'TEST',
  url: 'https://example.org/zorblax',
  focus: 'Zorblax',
  question_type,
  question,
  answer: `Zorblax is a made-up condition of the test suite; this passage answers: ${question}`,
}));
const OVERVIEW = 'TEST_0000001_Sec1';
const NEAREST_VECTOR = 'TEST_0000001_Sec3';
const QUESTION = 'zorblax: what if it was there before and then again after';

/** The app on `seed` with the Zorblax passages added, embedding through `ollama` within `embeddingTimeoutMs`. */
async function startHybridApp(ollama: FakeOllama, seed: string, embeddingTimeoutMs: string): Promise<TestApp> {
  appendFileSync(seed, ZORBLAX.map((passage) => `${JSON.stringify(passage)}\n`).join(''));
  await ollama.start();
  const app = await startTestApp({
    OLLAMA_BASE_URL: ollama.url,
    EMBEDDING_MODEL,
    EMBEDDING_TIMEOUT_MS: embeddingTimeoutMs,
    KNOWLEDGE_SEED_PATH: seed,
  });
  await knowledgeReady(app);
  return app;
}

/** EMBEDDING_MODEL set: knowledge search re-ranks BM25's candidates by embedding similarity through the fake Ollama. */
describe('hybrid knowledge search with Ollama embeddings', () => {
  const ollama = new FakeOllama({ models: ['medgemma1.5', EMBEDDING_MODEL], embeddingDimensions: 512 });
  const seed = sampleCopy();
  let app: TestApp;
  let guest: string;

  beforeAll(async () => {
    // The embedding calls here must be answered, however slow the host: the timeout is a hang guard
    // (the fallback on a timeout is tested below, on an app of its own with 500 ms).
    app = await startHybridApp(ollama, seed, '30000');
    guest = (await call(app, 'POST', '/api/auth/guest')).body.access_token;
  });
  afterAll(async () => {
    await app?.close();
    await ollama.stop();
  });
  beforeEach(() => ollama.reset());

  const search = async (q: string): Promise<string[]> => {
    const answer = await call(app, 'GET', `/api/knowledge/search?q=${encodeURIComponent(q)}&limit=3`, {
      token: guest,
    });
    expect(answer.status).toBe(200);
    return answer.body.results.map((result: { id: string }) => result.id);
  };
  const fallbackWarnings = () =>
    app.logs.entries().filter((entry) => String(entry.msg).startsWith('Knowledge search falls back to BM25')).length;

  it('ranks lexically the overview first and the nearest-vector passage below it (the baseline)', async () => {
    const passages = readFileSync(seed, 'utf8')
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line) as KnowledgePassage);
    const lexical = (await KnowledgeIndex.build(passages)).find(QUESTION, 3).map((hit) => hit.passage.id);
    expect(lexical[0]).toBe(OVERVIEW);
    expect(lexical.indexOf(NEAREST_VECTOR)).toBeGreaterThan(0);
  });

  it('moves the passage nearest the question in embedding space to the top, embedding the question and the candidates', async () => {
    expect((await search(QUESTION))[0]).toBe(NEAREST_VECTOR);
    const [request] = ollama.embedRequests();
    expect(request.model).toBe(EMBEDDING_MODEL);
    expect(request.input[0]).toBe(QUESTION);
    expect(request.input).toContain('Zorblax: What if it was there before and then again after Zorblax ?');

    // The candidates' vectors are kept: the next search embeds only the question.
    ollama.reset();
    expect((await search(QUESTION))[0]).toBe(NEAREST_VECTOR);
    expect(ollama.embedRequests().map((embed) => embed.input)).toEqual([[QUESTION]]);
  });

  it('falls back to the BM25 order when the embedding call fails, and says so in a warning', async () => {
    const before = fallbackWarnings();
    ollama.failWith(500, 1, { on: ['embed'] });
    expect((await search(QUESTION))[0]).toBe(OVERVIEW);
    expect(fallbackWarnings()).toBe(before + 1);
  });

  it('answers a chat turn with knowledge passages while every embedding call fails', async () => {
    ollama.failWith(500, undefined, { on: ['embed'] });
    ollama.reply('Zorblax is explained in the passage [1].');
    const answer = await call(app, 'POST', '/api/chat/message', { token: guest, body: { message: QUESTION } });
    expect(answer.status).toBe(200);
    expect(answer.body.response).toContain('[1]');
    const sources = answer.body.metadata.sources as Array<{ kind: string; id: string }>;
    expect(sources[0]).toMatchObject({ kind: 'knowledge', id: OVERVIEW });
    expect(ollama.embedRequests().length).toBeGreaterThan(0);
  });
});

describe('hybrid knowledge search when the embedding model hangs', () => {
  const ollama = new FakeOllama({ models: ['medgemma1.5', EMBEDDING_MODEL], embeddingDimensions: 512 });
  const seed = sampleCopy();
  let app: TestApp;

  beforeAll(async () => {
    app = await startHybridApp(ollama, seed, '500');
  });
  afterAll(async () => {
    await app?.close();
    await ollama.stop();
  });

  it('falls back to the BM25 order when the embedding model does not answer within EMBEDDING_TIMEOUT_MS', async () => {
    const guest = (await call(app, 'POST', '/api/auth/guest')).body.access_token;
    ollama.hang(1, { on: ['embed'] });
    const answer = await call(app, 'GET', `/api/knowledge/search?q=${encodeURIComponent(QUESTION)}&limit=3`, {
      token: guest,
    });
    expect(answer.status).toBe(200);
    expect(answer.body.results[0].id).toBe(OVERVIEW);
  });
});
