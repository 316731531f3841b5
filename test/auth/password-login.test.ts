import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { getModelToken } from '@nestjs/mongoose';
import type { Model } from 'mongoose';
import { LoginFailure } from '../../src/auth/schemas/login-failure.schema.js';
import { Patient } from '../../src/auth/schemas/patient.schema.js';
import { startTestApp, type TestApp } from '../support/test-app.js';
import {
  call,
  expectProblem,
  expectUnauthorized,
  newPatientId,
  SecretLedger,
  TEST_JWT_SECRET,
  type HttpAnswer,
} from './auth-test-kit.js';

const ADMIN_KEY = 'admin-key-for-password-tests-0123456789abcdef';

/** Creates an account with a password through the admin API, as an operator would. */
async function createAccountWithPassword(app: TestApp, password: string): Promise<string> {
  const patientId = newPatientId('Pass', 'Word');
  const [given, family, uuid] = patientId.split('_') as [string, string, string];
  const bundle = {
    resourceType: 'Bundle',
    type: 'transaction',
    entry: [
      {
        fullUrl: `urn:uuid:${uuid}`,
        resource: { resourceType: 'Patient', id: uuid, name: [{ use: 'official', given: [given], family }] },
      },
    ],
  };
  const imported = await call(app, 'POST', '/api/admin/patients/import', { body: bundle, token: ADMIN_KEY });
  expect(imported.status).toBe(201);
  expect(
    (await call(app, 'PUT', `/api/admin/patients/${patientId}/password`, { body: { password }, token: ADMIN_KEY }))
      .status,
  ).toBe(204);
  return patientId;
}

function login(app: TestApp, body: unknown, clientIp?: string): Promise<HttpAnswer> {
  return call(app, 'POST', '/api/auth/login', { body, headers: clientIp ? { 'x-forwarded-for': clientIp } : {} });
}

describe('password accounts', () => {
  let app: TestApp;
  const ledger = new SecretLedger();
  const password = 'correct horse battery staple';
  let patientId: string;

  beforeAll(async () => {
    // Patient-id-only sign-in is on here: a password account must still need its password.
    app = await startTestApp({ ADMIN_API_KEY: ADMIN_KEY, AUTH_PATIENT_ID_ONLY: 'true', LOGIN_MAX_FAILURES: '50' });
    patientId = await createAccountWithPassword(app, password);
    ledger.add(ADMIN_KEY, TEST_JWT_SECRET, password);
  });
  afterAll(async () => {
    await app?.close();
  });

  it('stores an argon2id hash, never the password', async () => {
    const patients: Model<Patient> = app.medchat.app.get(getModelToken(Patient.name));
    const stored = await patients.findOne({ patient_id: patientId }).select('+password_hash').lean().exec();
    expect(stored?.password_hash).toMatch(/^\$argon2id\$v=19\$/);
    expect(JSON.stringify(stored)).not.toContain(password);
    // By default the hash is not even read.
    const plain = await patients.findOne({ patient_id: patientId }).lean().exec();
    expect(plain).not.toHaveProperty('password_hash');
    expect(plain).toMatchObject({ patient_id: patientId, display_name: 'Pass Word', roles: ['patient'] });
    expect(plain?.created_at).toBeInstanceOf(Date);
    expect(plain?.updated_at).toBeInstanceOf(Date);
  });

  it('refuses a missing password with 401', async () => {
    const answer = await login(app, { patient_id: patientId });
    expectUnauthorized(answer);
    expect(answer.body.detail).toBe('Invalid patient ID or password.');
  });

  it('refuses an empty password with 401', async () => {
    expectUnauthorized(await login(app, { patient_id: patientId, password: '' }));
  });

  it('refuses a wrong password with 401 and the same generic detail', async () => {
    const wrong = 'correct horse battery stapler';
    ledger.add(wrong);
    const answer = await login(app, { patient_id: patientId, password: wrong });
    expectUnauthorized(answer);
    expect(answer.body.detail).toBe('Invalid patient ID or password.');
  });

  it('signs in with the right password', async () => {
    const answer = await login(app, { patient_id: patientId, password });
    ledger.add(answer.body.access_token);
    expect(answer.status).toBe(200);
    expect(answer.body).toMatchObject({ patient_id: patientId, token_type: 'bearer' });
    expect((await call(app, 'POST', '/api/auth/refresh', { token: answer.body.access_token })).status).toBe(200);
  });

  it('audits failures with a reason and never the password', async () => {
    const failures = app.logs
      .entries()
      .filter((entry) => entry.event === 'auth.login.failed' && entry.patient_id === patientId);
    expect(failures.map((entry) => entry.reason)).toEqual(
      expect.arrayContaining(['password_required', 'wrong_password']),
    );
    for (const entry of failures) expect(entry).toMatchObject({ outcome: 'failure', client_ip: expect.any(String) });
    const success = app.logs
      .entries()
      .find((entry) => entry.event === 'auth.login.succeeded' && entry.patient_id === patientId);
    expect(success).toMatchObject({ outcome: 'success', reason: 'password' });
  });

  it('setting a new password ends the sessions signed in with the old one', async () => {
    const session = (await login(app, { patient_id: patientId, password })).body;
    ledger.add(session.access_token);
    const next = 'a brand new passphrase 42';
    ledger.add(next);
    expect(
      (
        await call(app, 'PUT', `/api/admin/patients/${patientId}/password`, {
          body: { password: next },
          token: ADMIN_KEY,
        })
      ).status,
    ).toBe(204);
    expectUnauthorized(await call(app, 'POST', '/api/auth/refresh', { token: session.access_token }));
    expectUnauthorized(await login(app, { patient_id: patientId, password }));
    const fresh = await login(app, { patient_id: patientId, password: next });
    ledger.add(fresh.body.access_token);
    expect(fresh.status).toBe(200);
  });

  it('logs no password, token or secret', () => {
    ledger.expectAbsentFrom(app);
  });
});

describe('brute-force protection (LOGIN_MAX_FAILURES=3 per patient id, LOGIN_MAX_FAILURES_PER_CLIENT=3 per client IP)', () => {
  let app: TestApp;
  let failures: Model<LoginFailure>;
  const ledger = new SecretLedger();
  const password = 'the patients real passphrase';
  const wrong = 'a guessed wrong passphrase';
  let ip = 0;
  const nextIp = () => `198.51.100.${++ip}`;

  beforeAll(async () => {
    // TRUST_PROXY lets each request name its client address, so both counters can be driven apart.
    app = await startTestApp({
      ADMIN_API_KEY: ADMIN_KEY,
      LOGIN_MAX_FAILURES: '3',
      LOGIN_MAX_FAILURES_PER_CLIENT: '3',
      LOGIN_FAILURE_WINDOW_MINUTES: '15',
      TRUST_PROXY: 'true',
    });
    failures = app.medchat.app.get(getModelToken(LoginFailure.name));
    ledger.add(ADMIN_KEY, TEST_JWT_SECRET, password, wrong);
  });
  afterAll(async () => {
    await app?.close();
  });

  it('per patient id: after 3 failures from anywhere, the 4th attempt is 429 with Retry-After, even with the right password', async () => {
    const patientId = await createAccountWithPassword(app, password);
    for (let i = 0; i < 3; i += 1)
      expectUnauthorized(await login(app, { patient_id: patientId, password: wrong }, nextIp()));
    const blocked = await login(app, { patient_id: patientId, password }, nextIp());
    expectProblem(blocked, 429);
    const retryAfter = Number(blocked.headers.get('retry-after'));
    expect(retryAfter).toBeGreaterThan(14 * 60);
    expect(retryAfter).toBeLessThanOrEqual(15 * 60);
    expect(blocked.body.detail).toMatch(/Too many failed sign-in attempts/);
    expectProblem(await login(app, { patient_id: patientId, password: wrong }, nextIp()), 429);

    const audit = app.logs
      .entries()
      .filter((entry) => entry.event === 'auth.login.blocked' && entry.patient_id === patientId);
    expect(audit.length).toBe(2);
    expect(audit[0]).toMatchObject({ outcome: 'blocked', reason: 'too_many_failures' });
  });

  it('per client IP: 3 failures on different ids, then every id is refused from that address only', async () => {
    const attacker = nextIp();
    for (let i = 0; i < 3; i += 1)
      expectUnauthorized(await login(app, { patient_id: newPatientId(), password: wrong }, attacker));
    const patientId = await createAccountWithPassword(app, password);
    expectProblem(await login(app, { patient_id: patientId, password }, attacker), 429);
    const elsewhere = await login(app, { patient_id: patientId, password }, nextIp());
    ledger.add(elsewhere.body.access_token);
    expect(elsewhere.status).toBe(200);
  });

  it('a success clears the patient id count (but not the failures of other addresses)', async () => {
    const patientId = await createAccountWithPassword(app, password);
    for (let i = 0; i < 2; i += 1)
      expectUnauthorized(await login(app, { patient_id: patientId, password: wrong }, nextIp()));
    const ok = await login(app, { patient_id: patientId, password }, nextIp());
    ledger.add(ok.body.access_token);
    expect(ok.status).toBe(200);
    expect(await failures.findById(`patient:${patientId}`).lean().exec()).toMatchObject({ failures: [], pending: [] });
    // Two more failures: without the reset that would be four, over the limit.
    for (let i = 0; i < 2; i += 1)
      expectUnauthorized(await login(app, { patient_id: patientId, password: wrong }, nextIp()));
    const again = await login(app, { patient_id: patientId, password }, nextIp());
    ledger.add(again.body.access_token);
    expect(again.status).toBe(200);
  });

  it('counts a burst of parallel guesses while they are checked: exactly 3 are, the other 5 wait and get 429', async () => {
    const patientId = await createAccountWithPassword(app, password);
    const answers = await Promise.all(
      Array.from({ length: 8 }, () => login(app, { patient_id: patientId, password: wrong }, nextIp())),
    );
    const statuses = answers.map((answer) => answer.status);
    expect(statuses.filter((status) => status === 401).length).toBe(3);
    expect(statuses.filter((status) => status === 429).length).toBe(5);
  });

  it('keeps the counts in MongoDB with a TTL, so every instance shares them', async () => {
    const indexes = await failures.collection.indexes();
    expect(indexes).toEqual(
      expect.arrayContaining([expect.objectContaining({ key: { expires_at: 1 }, expireAfterSeconds: 0 })]),
    );
    const stored = await failures
      .findOne({ 'failures.0': { $exists: true } })
      .lean()
      .exec();
    expect(stored).toMatchObject({
      _id: expect.stringMatching(/^(ip|patient):/),
      failures: expect.arrayContaining([expect.any(Number)]),
      pending: [],
      expires_at: expect.any(Date),
    });
  });

  it('a second instance on the same database sees the same counts', async () => {
    const patientId = await createAccountWithPassword(app, password);
    for (let i = 0; i < 3; i += 1)
      expectUnauthorized(await login(app, { patient_id: patientId, password: wrong }, nextIp()));
    const second = await startTestApp({
      MONGODB_URI: app.medchat.database.uri,
      LOGIN_MAX_FAILURES: '3',
      LOGIN_MAX_FAILURES_PER_CLIENT: '3',
      TRUST_PROXY: 'true',
    });
    try {
      expectProblem(await login(second, { patient_id: patientId, password }, nextIp()), 429);
      ledger.expectAbsentFrom(second);
    } finally {
      await second.close();
    }
  });

  it('logs no password, token or secret', () => {
    ledger.expectAbsentFrom(app);
  });
});
