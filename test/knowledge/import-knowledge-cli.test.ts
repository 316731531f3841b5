import { appendFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { WireProtocolMongoServer } from '@medchat/mongo-wire-server';
import { TEST_JWT_SECRET } from '../auth/auth-test-kit.js';
import { PrivateBuild, type ScriptRun } from '../support/private-build.js';
import { startTestApp, type TestApp } from '../support/test-app.js';
import { knowledgeModels, knowledgeReady, sampleCopy } from './knowledge-test-kit.js';

// A hang guard, not a speed target: each run starts a Node process and the app's modules, slow on a busy machine.
const CLI_TIMEOUT_MS = 300_000;

/** Two MedQuAD XML documents; the second pair of the first has no answer (withheld, as in MedQuAD) and is skipped. */
const XML_DOCUMENTS: Record<string, string> = {
  '0000559.xml': `<?xml version="1.0" encoding="UTF-8"?>
<Document id="0000559" source="GHR" url="https://ghr.nlm.nih.gov/condition/keratoderma-with-woolly-hair">
<Focus>keratoderma with woolly hair</Focus>
<QAPairs>
<QAPair pid="1"><Question qid="0000559-1" qtype="information">What is (are) keratoderma with woolly hair ?</Question><Answer>Keratoderma with woolly hair is a group of related conditions that affect the skin and hair.</Answer></QAPair>
<QAPair pid="2"><Question qid="0000559-2" qtype="frequency">How many people are affected by keratoderma with woolly hair ?</Question><Answer></Answer></QAPair>
</QAPairs>
</Document>`,
  '0000560.xml': `<?xml version="1.0" encoding="UTF-8"?>
<Document id="0000560" source="GHR" url="https://ghr.nlm.nih.gov/condition/kniest-dysplasia">
<Focus>Kniest dysplasia</Focus>
<QAPairs>
<QAPair pid="1"><Question qid="0000560-1" qtype="information">What is (are) Kniest dysplasia ?</Question><Answer>Kniest dysplasia is a disorder of bone growth &amp; development.</Answer></QAPair>
<QAPair pid="2"><Question qid="0000560-2" qtype="inheritance">Is Kniest dysplasia inherited ?</Question><Answer>This condition is inherited in an autosomal dominant pattern.</Answer></QAPair>
</QAPairs>
</Document>`,
};

/** `npm run import:knowledge`, built by swc into a private directory, against a MongoDB-wire server. */
describe('npm run import:knowledge -- <file-or-directory>...', () => {
  let build: PrivateBuild;
  let mongo: WireProtocolMongoServer;
  let uri: string;
  let scratch: string;
  let app: TestApp | undefined;

  function runCli(args: string[], env: Record<string, string> = { MONGODB_URI: uri }): Promise<ScriptRun> {
    return build.run('cli/import-knowledge.js', args, { NODE_ENV: 'test', JWT_SECRET: TEST_JWT_SECRET, ...env });
  }

  /** The service on the same database, with no collection of its own: what it stores and indexes is what the CLI wrote. */
  async function service(): Promise<TestApp> {
    app ??= await startTestApp({ MONGODB_URI: uri, KNOWLEDGE_SEED_PATH: 'none' });
    return app;
  }

  beforeAll(async () => {
    build = PrivateBuild.create('medchat-import-knowledge-');
    mongo = new WireProtocolMongoServer({ host: '127.0.0.1', port: 0 });
    await mongo.start();
    uri = `${mongo.uri}medchat_import_knowledge`;
    scratch = mkdtempSync(path.join(tmpdir(), 'medchat-knowledge-cli-'));
  }, CLI_TIMEOUT_MS);
  afterAll(async () => {
    await app?.close();
    await mongo?.stop();
    build?.remove();
    rmSync(scratch, { recursive: true, force: true });
  });

  it(
    'loads a JSONL collection, a directory of MedQuAD XML and one XML file, which the service then indexes; a re-run skips them',
    async () => {
      const jsonl = sampleCopy();
      const xmlDirectory = path.join(scratch, 'medquad-ghr');
      mkdirSync(xmlDirectory);
      for (const [file, xml] of Object.entries(XML_DOCUMENTS)) writeFileSync(path.join(xmlDirectory, file), xml);
      const xmlFile = path.join(scratch, 'kniest.xml');
      writeFileSync(xmlFile, XML_DOCUMENTS['0000560.xml']);

      const run = await runCli([jsonl, xmlDirectory, xmlFile]);

      expect({ code: run.code, stderr: run.code === 0 ? '' : run.stderr }).toEqual({ code: 0, stderr: '' });
      expect(run.stdout).toBe(
        'nih-sample: 60 passages loaded\nmedquad-ghr: 3 passages loaded\nkniest: 2 passages loaded\n',
      );
      // Progress on stderr, one line per collection when stderr is not a terminal.
      expect(run.stderr.match(/^\[\d\/3\] .+: \d+ passages loaded$/gm)).toHaveLength(3);
      const { passages, collections } = knowledgeModels(await service());
      expect(await passages.countDocuments({ collection_name: 'nih-sample' })).toBe(60);
      expect(
        (await passages.find({ collection_name: 'medquad-ghr' }).lean().exec()).map((p) => p.passage_id).sort(),
      ).toEqual(['GHR_0000559_Sec1', 'GHR_0000560_Sec1', 'GHR_0000560_Sec2']);
      const search = await knowledgeReady(app!);
      await search.refresh();
      expect(search.indexedPassages).toBe(65);
      expect((await search.search('is kniest dysplasia inherited', 1))[0].passage.id).toBe('GHR_0000560_Sec2');

      const loadedAt = (await collections.find().sort({ name: 1 }).lean().exec()).map((c) => c.loaded_at);
      const again = await runCli([jsonl, xmlDirectory, xmlFile]);
      expect(again.code).toBe(0);
      expect(again.stdout).toBe(
        'nih-sample: unchanged, skipped\nmedquad-ghr: unchanged, skipped\nkniest: unchanged, skipped\n',
      );
      expect((await collections.find().sort({ name: 1 }).lean().exec()).map((c) => c.loaded_at)).toEqual(loadedAt);
    },
    CLI_TIMEOUT_MS,
  );

  it(
    'refuses a bad line, a duplicate id and a file of another kind with exit 1, leaving the stored copy as it was',
    async () => {
      const { passages, collections } = knowledgeModels(await service());
      const stored = await collections.findOne({ name: 'nih-sample' }).lean().exec();

      const broken = path.join(mkdtempSync(path.join(scratch, 'broken-')), 'nih-sample.jsonl');
      writeFileSync(broken, readFileSync(sampleCopy()));
      appendFileSync(broken, '{"id": "TEST_1", "question": "What is it?"}\n');

      const duplicated = path.join(scratch, 'duplicated.jsonl');
      const line = readFileSync(sampleCopy(), 'utf8').split('\n')[0];
      writeFileSync(duplicated, `${line}\n${line}\n`);

      const notACollection = path.join(scratch, 'notes.txt');
      writeFileSync(notACollection, 'not a collection');

      const run = await runCli([broken, duplicated, notACollection]);

      expect(run.code).toBe(1);
      const [badLine, duplicate, wrongKind] = run.stdout.trimEnd().split('\n');
      expect(badLine).toBe(`${broken}: failed: ${broken}, line 61: "answer" is missing or empty`);
      expect(duplicate).toMatch(/^.*duplicated\.jsonl: failed: duplicated: the passage id "[^"]+" occurs twice$/);
      expect(wrongKind).toContain('notes.txt: failed: ');
      expect(wrongKind).toContain('a collection is a .jsonl, .jsonl.gz or MedQuAD .xml file');

      expect(await collections.findOne({ name: 'nih-sample' }).lean().exec()).toEqual(stored);
      expect(await passages.countDocuments({ collection_name: 'nih-sample' })).toBe(60);
      expect(await passages.countDocuments({ collection_name: 'duplicated' })).toBe(0);
      expect(await collections.countDocuments({ name: { $in: ['duplicated', 'notes'] } })).toBe(0);
    },
    CLI_TIMEOUT_MS,
  );

  it(
    'refuses to run without MONGODB_URI, without a path or with a path that does not exist (exit 64)',
    async () => {
      const noDatabase = await runCli([sampleCopy()], {});
      expect(noDatabase.code).toBe(64);
      expect(noDatabase.stderr).toContain('Set MONGODB_URI');
      const noPath = await runCli([]);
      expect(noPath.code).toBe(64);
      expect(noPath.stderr).toContain('Usage: npm run import:knowledge');
      const missing = path.join(scratch, 'no-such-collection.jsonl');
      const mistyped = await runCli([sampleCopy(), missing]);
      expect(mistyped.code).toBe(64);
      expect(mistyped.stderr).toContain(`No such file or directory: ${missing}.`);
      expect(mistyped.stdout).toBe('');
    },
    CLI_TIMEOUT_MS,
  );
});
