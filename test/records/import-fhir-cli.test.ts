import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { WireProtocolMongoServer } from '@medchat/mongo-wire-server';
import { call, SYNTHEA_DIR, TEST_JWT_SECRET } from '../auth/auth-test-kit.js';
import { PrivateBuild, type ScriptRun } from '../support/private-build.js';
import { startTestApp, type TestApp } from '../support/test-app.js';
import { ADMIN_KEY, FIXTURES, RECORD_TYPES, rawTypeCounts } from './records-test-kit.js';

const CLI_TIMEOUT_MS = 90_000;

/** `npm run import:fhir`, built by swc into a private directory (the project's dist/ is left alone). */
describe('npm run import:fhir -- <file-or-directory>...', () => {
  let build: PrivateBuild;
  let mongo: WireProtocolMongoServer;

  function runCli(args: string[], env: Record<string, string> = { MONGODB_URI: mongo.uri }): Promise<ScriptRun> {
    return build.run('cli/import-fhir.js', args, { NODE_ENV: 'test', JWT_SECRET: TEST_JWT_SECRET, ...env });
  }

  beforeAll(async () => {
    build = PrivateBuild.create('medchat-import-cli-');
    mongo = new WireProtocolMongoServer({ host: '127.0.0.1', port: 0 });
    await mongo.start();
  }, CLI_TIMEOUT_MS);
  afterAll(async () => {
    await mongo?.stop();
    build?.remove();
  });

  it(
    'imports the whole fixture directory and prints the summary table',
    async () => {
      const expectedByType = new Map<string, number>();
      let skipped = 0;
      for (const { file } of FIXTURES) {
        for (const [type, count] of rawTypeCounts(file)) {
          if (RECORD_TYPES.includes(type)) expectedByType.set(type, (expectedByType.get(type) ?? 0) + count);
          else if (type !== 'Patient') skipped += count;
        }
      }
      const total = [...expectedByType.values()].reduce((sum, count) => sum + count, 0);

      const run = await runCli([SYNTHEA_DIR]);

      expect({ code: run.code, stderr: run.code === 0 ? '' : run.stderr }).toEqual({ code: 0, stderr: '' });
      expect(run.stdout).toMatch(
        new RegExp(`^FHIR import: 13 of 13 bundles imported in \\d+\\.\\d\\d s \\(\\d+ records/s\\)`),
      );
      expect(run.stdout).toMatch(/^patients\s+13$/m);
      expect(run.stdout).toMatch(new RegExp(`^records\\s+${total}$`, 'm'));
      expect(run.stdout).toMatch(new RegExp(`^skipped entries\\s+${skipped}$`, 'm'));
      expect(run.stdout).toMatch(/^errors\s+0$/m);
      for (const [type, count] of expectedByType) expect(run.stdout).toMatch(new RegExp(`^${type}\\s+${count}$`, 'm'));
      expect(run.stdout).toMatch(/^Claim\s+\d+$/m);
      // Progress goes to stderr, one line per bundle when stderr is not a terminal.
      expect(run.stderr.match(/^\[\d+\/13\] .+\.json: \d+ records$/gm)).toHaveLength(13);

      // The service sees what the CLI imported.
      const app: TestApp = await startTestApp({ MONGODB_URI: mongo.uri, ADMIN_API_KEY: ADMIN_KEY });
      try {
        const stats = await call(app, 'GET', '/api/admin/stats', { token: ADMIN_KEY });
        expect(stats.body).toMatchObject({
          patients: 13,
          patient_records: { total, by_type: Object.fromEntries(expectedByType) },
        });
      } finally {
        await app.close();
      }

      // Again: idempotent, same counts.
      const again = await runCli([SYNTHEA_DIR]);
      expect(again.code).toBe(0);
      expect(again.stdout).toMatch(new RegExp(`^records\\s+${total}$`, 'm'));
    },
    CLI_TIMEOUT_MS,
  );

  it(
    'reports a broken file in the table, imports the rest and exits 1',
    async () => {
      const dir = mkdtempSync(path.join(tmpdir(), 'medchat-bundles-'));
      try {
        writeFileSync(path.join(dir, 'broken.json'), '{"resourceType": "Bundle", ');
        writeFileSync(path.join(dir, 'not-a-bundle.json'), '{"resourceType": "Patient"}');
        const run = await runCli([dir, FIXTURES[0]!.file]);
        expect(run.code).toBe(1);
        expect(run.stdout).toMatch(/^FHIR import: 1 of 3 bundles imported/);
        expect(run.stdout).toMatch(/broken\.json\s+not readable JSON/);
        expect(run.stdout).toMatch(/not-a-bundle\.json\s+The document is a FHIR Patient resource, not a Bundle\./);
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    },
    CLI_TIMEOUT_MS,
  );

  it(
    'refuses to run without MONGODB_URI or without a path (exit 64)',
    async () => {
      const noDatabase = await runCli([SYNTHEA_DIR], {});
      expect(noDatabase.code).toBe(64);
      expect(noDatabase.stderr).toContain('Set MONGODB_URI');
      const noPath = await runCli([]);
      expect(noPath.code).toBe(64);
      expect(noPath.stderr).toContain('Usage: npm run import:fhir');
      const missing = await runCli(['/nonexistent/bundles']);
      expect(missing.code).toBe(64);
      expect(missing.stderr).toContain('/nonexistent/bundles: no such file or directory.');
    },
    CLI_TIMEOUT_MS,
  );
});
