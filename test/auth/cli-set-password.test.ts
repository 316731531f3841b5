import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { WireProtocolMongoServer } from '@medchat/mongo-wire-server';
import { PrivateBuild, type ScriptRun } from '../support/private-build.js';
import { startTestApp, type TestApp } from '../support/test-app.js';
import {
  call,
  expectUnauthorized,
  newPatientId,
  readFixture,
  SecretLedger,
  syntheaFixtures,
  TEST_JWT_SECRET,
} from './auth-test-kit.js';

const ADMIN_KEY = 'admin-key-for-the-cli-tests-0123456789abcdefghij';
/** Each run starts Node and loads the service's modules. */
const CLI_TIMEOUT_MS = 60_000;

/**
 * The operator CLI, built by swc (as `npm run cli` does) into a private directory so the test
 * neither needs nor disturbs the project's dist/.
 */
describe('npm run cli -- patients:set-password <patient_id>', () => {
  let build: PrivateBuild;
  let mongo: WireProtocolMongoServer;
  let app: TestApp;
  const ledger = new SecretLedger();
  const fixture = syntheaFixtures()[0]!;

  function runCli(
    args: string[],
    stdin: string,
    env: Record<string, string> = { MONGODB_URI: mongo.uri },
  ): Promise<ScriptRun> {
    return build.run(
      'cli/main.js',
      args,
      { NODE_ENV: 'test', LOG_LEVEL: 'info', JWT_SECRET: TEST_JWT_SECRET, ...env },
      stdin,
    );
  }

  beforeAll(async () => {
    build = PrivateBuild.create('medchat-cli-');
    mongo = new WireProtocolMongoServer({ host: '127.0.0.1', port: 0 });
    await mongo.start();
    app = await startTestApp({ MONGODB_URI: mongo.uri, ADMIN_API_KEY: ADMIN_KEY });
    const imported = await call(app, 'POST', '/api/admin/patients/import', {
      rawBody: readFixture(fixture.file),
      token: ADMIN_KEY,
    });
    expect(imported.status).toBe(201);
    ledger.add(ADMIN_KEY, TEST_JWT_SECRET);
  }, CLI_TIMEOUT_MS);
  afterAll(async () => {
    await app?.close();
    await mongo?.stop();
    build?.remove();
  });

  it(
    'sets the password read from a pipe; the patient can then sign in with it',
    async () => {
      const password = 'piped operator passphrase';
      ledger.add(password);
      expectUnauthorized(
        await call(app, 'POST', '/api/auth/login', { body: { patient_id: fixture.patientId, password } }),
      );

      const run = await runCli(['patients:set-password', fixture.patientId], `${password}\n`);
      expect(run).toMatchObject({ code: 0 });
      expect(run.stdout).toContain(`Password set for ${fixture.patientId}`);
      for (const output of [run.stdout, run.stderr]) expect(output).not.toContain(password);
      // The audit event of the CLI goes to stderr as a JSON log line, naming the actor.
      expect(run.stderr).toMatch(
        /"event":"admin\.patient\.password_set".*"actor":"cli"|"actor":"cli".*"event":"admin\.patient\.password_set"/,
      );

      const login = await call(app, 'POST', '/api/auth/login', { body: { patient_id: fixture.patientId, password } });
      ledger.add(login.body.access_token);
      expect(login.status).toBe(200);
      expect(login.body.patient_id).toBe(fixture.patientId);
      expectUnauthorized(
        await call(app, 'POST', '/api/auth/login', {
          body: { patient_id: fixture.patientId, password: 'not the piped passphrase' },
        }),
      );
    },
    CLI_TIMEOUT_MS,
  );

  it(
    'keeps spaces in the password and strips only the line ending (CRLF too)',
    async () => {
      const password = '  spaced out passphrase  ';
      ledger.add(password);
      expect((await runCli(['patients:set-password', fixture.patientId], `${password}\r\n`)).code).toBe(0);
      const login = await call(app, 'POST', '/api/auth/login', { body: { patient_id: fixture.patientId, password } });
      ledger.add(login.body.access_token);
      expect(login.status).toBe(200);
    },
    CLI_TIMEOUT_MS,
  );

  it(
    'refuses a password under 12 characters without touching the account (exit 64)',
    async () => {
      const run = await runCli(['patients:set-password', fixture.patientId], 'too short\n');
      expect(run.code).toBe(64);
      expect(run.stderr).toMatch(/12 to 256 characters/);
    },
    CLI_TIMEOUT_MS,
  );

  it(
    'reports an unknown patient (exit 1)',
    async () => {
      const run = await runCli(['patients:set-password', newPatientId()], 'a long enough passphrase\n');
      expect(run.code).toBe(1);
      expect(run.stderr).toMatch(/No patient account has that id/);
    },
    CLI_TIMEOUT_MS,
  );

  it(
    'refuses a malformed patient id, a missing argument, an unknown command and a missing MONGODB_URI (exit 64)',
    async () => {
      expect((await runCli(['patients:set-password', 'bob'], 'a long enough passphrase\n')).code).toBe(64);
      expect((await runCli(['patients:set-password'], '')).code).toBe(64);
      expect((await runCli(['patients:delete-everything'], '')).code).toBe(64);
      const noUri = await runCli(['patients:set-password', fixture.patientId], 'a long enough passphrase\n', {});
      expect(noUri.code).toBe(64);
      expect(noUri.stderr).toMatch(/MONGODB_URI/);
    },
    CLI_TIMEOUT_MS,
  );

  it(
    'refuses an invalid environment naming the variable (exit 78)',
    async () => {
      const run = await runCli(['patients:set-password', fixture.patientId], 'a long enough passphrase\n', {
        MONGODB_URI: mongo.uri,
        SESSION_IDLE_MINUTES: 'soon',
      });
      expect(run.code).toBe(78);
      expect(run.stderr).toMatch(/SESSION_IDLE_MINUTES/);
    },
    CLI_TIMEOUT_MS,
  );

  it('logs no password, token or secret', () => {
    ledger.expectAbsentFrom(app);
  });
});
