import { createHash } from 'node:crypto';
import { appendFileSync, readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { CollectionLoader } from '../../src/knowledge/index.js';
import { startTestApp, type TestApp } from '../support/test-app.js';
import { knowledgeModels, knowledgeReady, sampleCopy } from './knowledge-test-kit.js';

/** The start-up load and the content hash, over the real app and its embedded MongoDB. */
describe('knowledge collection loading', () => {
  let app: TestApp;
  const seed = sampleCopy();

  beforeAll(async () => {
    app = await startTestApp({ KNOWLEDGE_SEED_PATH: seed });
  });
  afterAll(async () => {
    await app?.close();
  });

  it('loads a missing collection after start-up into knowledge_passages, with the content hash of its file', async () => {
    const search = await knowledgeReady(app);
    const { passages, collections } = knowledgeModels(app);
    expect(await passages.countDocuments({ collection_name: 'nih-sample' })).toBe(60);
    const [collection] = await collections.find().lean().exec();
    expect(collection).toMatchObject({
      name: 'nih-sample',
      passages: 60,
      content_hash: createHash('sha256').update('nih-sample.jsonl\0').update(readFileSync(seed)).digest('hex'),
    });
    expect(search.indexedPassages).toBe(60);
    const stored = await passages.findOne({ passage_id: 'NIHSeniorHealth_0000062_Sec4' }).lean().exec();
    expect(stored).toMatchObject({ source: 'NIHSeniorHealth', focus: 'Shingles', question_type: 'symptoms' });
  });

  it('skips an unchanged collection, reloads a changed one, and the index follows the change', async () => {
    const loader = app.medchat.app.get(CollectionLoader);
    const search = await knowledgeReady(app);
    const { collections } = knowledgeModels(app);
    const before = await collections.findOne({ name: 'nih-sample' }).lean().exec();

    expect(await loader.load(seed)).toEqual({ name: 'nih-sample', loaded: false, passages: 0 });
    expect((await collections.findOne({ name: 'nih-sample' }).lean().exec())!.loaded_at).toEqual(before!.loaded_at);

    const added = {
      id: 'TEST_0000001_Sec1',
      source: 'TEST',
      url: 'https://example.org/wobbly-knee',
      focus: 'Wobbly knee syndrome',
      question_type: 'information',
      question: 'What is (are) Wobbly knee syndrome ?',
      answer: 'Wobbly knee syndrome is a made-up condition of the test suite.',
    };
    appendFileSync(seed, `${JSON.stringify(added)}\n`);
    expect(await loader.load(seed)).toEqual({ name: 'nih-sample', loaded: true, passages: 61 });
    expect((await collections.findOne({ name: 'nih-sample' }).lean().exec())!.content_hash).not.toBe(
      before!.content_hash,
    );

    await search.refresh();
    expect(search.indexedPassages).toBe(61);
    expect((await search.search('what is wobbly knee syndrome', 1))[0].passage.id).toBe('TEST_0000001_Sec1');
  });

  it('starts and answers without knowledge when the seed file is missing', async () => {
    const missing = await startTestApp({ KNOWLEDGE_SEED_PATH: '/nonexistent/medquad.jsonl.gz' });
    try {
      const search = await knowledgeReady(missing);
      expect(search.indexedPassages).toBe(0);
      expect(await search.search('symptoms of shingles', 5)).toEqual([]);
      expect(missing.logs.entries().some((entry) => entry.msg === 'The knowledge collection could not be loaded')).toBe(
        true,
      );
    } finally {
      await missing.close();
    }
  });
});
