import { beforeAll, describe, expect, it, jest } from '@jest/globals';
import { KnowledgeSearchService } from '../../src/knowledge/index.js';
import { call, expectProblem } from '../auth/auth-test-kit.js';
import { useChatApp } from '../chat/chat-app.js';
import { ADMIN_KEY, fixture, importFixture } from '../records/records-test-kit.js';
import { knowledgeReady, SAMPLE_COLLECTION } from './knowledge-test-kit.js';

/** The search route and the chat's use of knowledge, over the real app on a real port with the fake Ollama. */
describe('medical knowledge: search route and chat', () => {
  const { ollama, client } = useChatApp({
    env: { ADMIN_API_KEY: ADMIN_KEY, KNOWLEDGE_SEED_PATH: SAMPLE_COLLECTION },
    resetFakesBeforeEach: true,
  });
  const pablo = fixture('Pablo44_').patientId;

  // After useChatApp's own beforeAll, which starts the app.
  beforeAll(async () => {
    await importFixture(client.app, 'Pablo44_');
    await knowledgeReady(client.app);
  });

  const signIn = (patientId: string | null) => (patientId === null ? client.guest() : client.login(patientId));
  const token = async (patientId: string | null) => (await signIn(patientId)).token;

  async function ask(patientId: string | null, message: string) {
    const answer = await client.send(await signIn(patientId), { message });
    expect(answer.status).toBe(200);
    const prompt = ollama
      .chatRequests()
      .at(-1)!
      .messages.map((m) => m.content)
      .join('\n');
    return { body: answer.body, prompt };
  }

  it('GET /api/knowledge/search needs a signed-in caller', async () => {
    expectProblem(await call(client.app, 'GET', '/api/knowledge/search?q=shingles'), 401);
  });

  it('refuses a missing or empty q and a bad limit with 422 problem+json', async () => {
    const guest = await token(null);
    for (const query of [
      '',
      '?q=',
      '?q=%20%20',
      '?q=shingles&limit=0',
      '?q=shingles&limit=51',
      '?q=shingles&limit=ten',
      `?q=${'a'.repeat(1001)}`,
    ]) {
      const answer = await call(client.app, 'GET', `/api/knowledge/search${query}`, { token: guest });
      expectProblem(answer, 422);
      expect(answer.body.errors.length).toBeGreaterThan(0);
    }
  });

  it('answers a guest with results in the documented shape, the asked kind of passage first', async () => {
    const answer = await call(
      client.app,
      'GET',
      '/api/knowledge/search?q=what%20are%20the%20sypmtoms%20of%20shingles&limit=3',
      { token: await token(null) },
    );
    expect(answer.status).toBe(200);
    expect(answer.body.results).toHaveLength(3);
    for (const result of answer.body.results) {
      expect(Object.keys(result).sort()).toEqual([
        'id',
        'question',
        'question_type',
        'score',
        'snippet',
        'source',
        'title',
        'url',
      ]);
    }
    expect(answer.body.results[0]).toMatchObject({
      title: 'Shingles',
      question_type: 'symptoms',
      source: 'NIHSeniorHealth',
      url: expect.stringMatching(/^http/),
    });
  });

  it('puts numbered passages in <medical_knowledge> for a guest, cites them in metadata.sources, and never records', async () => {
    ollama.reply('High blood pressure often has no symptoms [1], which is why it is checked regularly [2].');
    const { body, prompt } = await ask(null, 'my dad says high blood pressure has no symptoms, is that true??');
    const block = /<medical_knowledge>\n([\s\S]*?)\n<\/medical_knowledge>/.exec(prompt)?.[1] ?? '';
    expect(block).toMatch(/^\[1\] High Blood Pressure \(/);
    expect(block).toContain('\n\n[2] ');
    expect(prompt).toMatch(/cite the passage .* \[1\]/);
    const sources = body.metadata.sources;
    expect(sources.length).toBeGreaterThanOrEqual(2);
    for (const source of sources)
      expect(Object.keys(source).sort()).toEqual(['id', 'kind', 'snippet', 'source', 'title', 'url']);
    expect(sources.every((source: { kind: string }) => source.kind === 'knowledge')).toBe(true);
    expect(body.metadata.tools_used).toEqual(['search_medical_knowledge']);
    expect(body.response).toContain('[1]');
    expect(body.metadata.safety.violations).toEqual([]);
  });

  it('drops citations to numbers that were not given', async () => {
    ollama.reply('Shingles is caused by the chickenpox virus [1][7], and a vaccine lowers the risk [2, 9].');
    const { body } = await ask(null, 'what causes shingles and can i prevent it');
    expect(body.response).toContain('virus [1],');
    expect(body.response).toContain('risk [2].');
    expect(body.response).not.toMatch(/\[7\]|9\]/);
    expect(body.metadata.safety.violations).toContain('unknown_citation');
  });

  it('gives a patient records as kind "record" and fewer passages beside them', async () => {
    const { body, prompt } = await ask(pablo, 'Which vaccines have I had? And what is chickenpox?');
    const kinds = body.metadata.sources.map((source: { kind: string }) => source.kind);
    expect(kinds).toContain('record');
    expect(kinds.filter((kind: string) => kind === 'knowledge').length).toBeLessThanOrEqual(2);
    for (const source of body.metadata.sources.filter((s: { kind: string }) => s.kind === 'record'))
      expect(source).toEqual({
        kind: 'record',
        resource_type: expect.any(String),
        date: expect.any(String),
        text: expect.any(String),
      });
    expect(prompt).toContain('<patient_records>');
  });

  it('answers without a knowledge block when nothing matches', async () => {
    const { body, prompt } = await ask(null, 'xyzzy plugh');
    expect(prompt).not.toMatch(/<medical_knowledge>\n/);
    expect(body.metadata.sources).toEqual([]);
  });

  it('answers when the knowledge search fails', async () => {
    const search = client.app.medchat.app.get(KnowledgeSearchService);
    const failing = jest.spyOn(search, 'search').mockRejectedValue(new Error('index exploded'));
    try {
      const { body, prompt } = await ask(null, 'what are the symptoms of shingles');
      expect(body.response).toContain('scripted reply');
      expect(prompt).not.toMatch(/<medical_knowledge>\n/);
      expect(body.metadata.sources).toEqual([]);
    } finally {
      failing.mockRestore();
    }
  });
});
