import { readFileSync, writeFileSync } from 'node:fs';
import { afterAll, afterEach, beforeAll, describe, expect, it, jest } from '@jest/globals';
import { WireProtocolMongoServer } from '@medchat/mongo-wire-server';
import { CollectionLoader } from '../../src/knowledge/index.js';
import { holdDate } from '../support/fake-date.js';
import { startTestApp, type TestApp } from '../support/test-app.js';
import { knowledgeModels, knowledgeReady, sampleCopy } from './knowledge-test-kit.js';

/** Made-up passages beside the sample's 60, so that a load takes long enough for two instances to overlap. */
const EXTRA_PASSAGES = 4000;
const LOADED = 'Knowledge collection loaded';
const WAITING = 'Another instance is loading this knowledge collection; waiting';

function largerSample(): { file: string; passages: number } {
  const file = sampleCopy();
  const lines = Array.from({ length: EXTRA_PASSAGES }, (_unused, n) =>
    JSON.stringify({
      id: `TEST_${String(n).padStart(7, '0')}_Sec1`,
      source: 'TEST',
      url: `https://example.org/condition-${n}`,
      focus: `Made-up condition ${n}`,
      question_type: 'information',
      question: `What is (are) Made-up condition ${n} ?`,
      answer: `Made-up condition ${n} is a condition the test suite invented to make the collection larger.`,
    }),
  );
  writeFileSync(file, `${readFileSync(file, 'utf8').trimEnd()}\n${lines.join('\n')}\n`);
  return { file, passages: 60 + EXTRA_PASSAGES };
}

const messagesOf = (app: TestApp) => app.logs.entries().map((entry) => entry.msg);
/** Resolves once the app has logged `msg` (the test's timeout bounds the wait). */
async function logged(app: TestApp, msg: string): Promise<void> {
  while (!messagesOf(app).includes(msg)) await new Promise((resolve) => setTimeout(resolve, 10));
}
/** pino levels: 40 warn, 50 error. */
const problemsOf = (app: TestApp) => app.logs.entries().filter((entry) => (entry.level as number) >= 40);

/** Instances of the app on one database, each loading the same shipped collection at start-up. */
describe('knowledge collection loading on several instances', () => {
  const server = new WireProtocolMongoServer({ host: '127.0.0.1', port: 0 });
  const apps: TestApp[] = [];

  beforeAll(() => server.start());
  afterEach(async () => {
    for (const app of apps.splice(0)) await app.close();
    jest.useRealTimers();
  });
  afterAll(() => server.stop());

  it('loads the collection once when two instances start together; both index it and log no problem', async () => {
    const { file, passages } = largerSample();
    const env = { MONGODB_URI: `${server.uri}medchat_knowledge_race`, KNOWLEDGE_SEED_PATH: file };
    apps.push(...(await Promise.all([startTestApp(env), startTestApp(env)])));

    const searches = await Promise.all(apps.map(knowledgeReady));

    expect(apps.flatMap(messagesOf).filter((msg) => msg === LOADED)).toHaveLength(1);
    expect(apps.flatMap(problemsOf)).toEqual([]);
    expect(searches.map((search) => search.indexedPassages)).toEqual([passages, passages]);
    const { passages: stored } = knowledgeModels(apps[0]);
    expect(await stored.countDocuments({ collection_name: 'nih-sample' })).toBe(passages);
    for (const search of searches)
      expect((await search.search('what are the symptoms of shingles', 1))[0].passage.focus).toBe('Shingles');
  });

  it('waits for a lease left by an instance that died, then loads the collection once the lease lapses', async () => {
    const uri = `${server.uri}medchat_knowledge_lapsed`;
    const app = await startTestApp({ MONGODB_URI: uri, KNOWLEDGE_SEED_PATH: 'none' });
    apps.push(app);
    const { collections } = knowledgeModels(app);
    const leases = collections.db.collection<{ _id: string; holder: string; expires_at: Date; renewed_at: Date }>(
      'knowledge_load_leases',
    );
    // The lease lapses when the test moves Date past it (Date only is fake; timers and I/O are real):
    // the loader must be found waiting first, however long a loaded host takes to get there.
    holdDate();
    const LEASE_LEFT_MS = 3000;
    await leases.insertOne({
      _id: 'nih-sample',
      holder: 'crashed-pod:1:deadbeef',
      expires_at: new Date(Date.now() + LEASE_LEFT_MS),
      renewed_at: new Date(),
    });

    const loading = app.medchat.app.get(CollectionLoader).load(sampleCopy());
    await logged(app, WAITING);
    expect(await leases.findOne({ _id: 'nih-sample' })).toMatchObject({ holder: 'crashed-pod:1:deadbeef' });
    jest.setSystemTime(Date.now() + LEASE_LEFT_MS);
    const outcome = await loading;

    expect(outcome).toEqual({ name: 'nih-sample', loaded: true, passages: 60 });
    const messages = messagesOf(app);
    expect(messages.indexOf(WAITING)).toBeGreaterThanOrEqual(0);
    expect(messages.indexOf(LOADED)).toBeGreaterThan(messages.indexOf(WAITING));
    expect(problemsOf(app)).toEqual([]);
    // Released once the load is over, not left to lapse.
    expect(await leases.countDocuments({})).toBe(0);
    const search = await knowledgeReady(app);
    await search.refresh();
    expect(search.indexedPassages).toBe(60);
  });
});
