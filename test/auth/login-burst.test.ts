import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, jest } from '@jest/globals';
import { getModelToken } from '@nestjs/mongoose';
import type { Model } from 'mongoose';
import { PasswordHasher } from '../../src/auth/password-hasher.js';
import { LoginFailure } from '../../src/auth/schemas/login-failure.schema.js';
import { Patient } from '../../src/auth/schemas/patient.schema.js';
import { holdDate } from '../support/fake-date.js';
import { startTestApp, type TestApp } from '../support/test-app.js';
import { call, expectProblem, newPatientId, type HttpAnswer } from './auth-test-kit.js';

const PASSWORD = 'the clinic morning passphrase';
const WRONG = 'a guessed wrong passphrase';

/** Password accounts written straight to the store: one argon2 hash shared, not one per account. */
async function accountsWithPassword(app: TestApp, count: number): Promise<string[]> {
  const hash = await app.medchat.app.get(PasswordHasher).hash(PASSWORD);
  const patients: Model<Patient> = app.medchat.app.get(getModelToken(Patient.name));
  const ids = Array.from({ length: count }, () => newPatientId('Burst', 'Clinic'));
  await patients.insertMany(
    ids.map((patient_id) => ({ patient_id, password_hash: hash, display_name: 'Burst Clinic' })),
  );
  return ids;
}

function login(app: TestApp, patientId: string, password: string, clientIp?: string): Promise<HttpAnswer> {
  return call(app, 'POST', '/api/auth/login', {
    body: { patient_id: patientId, password },
    headers: clientIp ? { 'x-forwarded-for': clientIp } : {},
  });
}

const countOf = (answers: HttpAnswer[], status: number) => answers.filter((answer) => answer.status === status).length;

describe('sign-in bursts from one address (production limits, no TRUST_PROXY: every request is 127.0.0.1)', () => {
  let app: TestApp;
  let counters: Model<LoginFailure>;

  beforeAll(async () => {
    app = await startTestApp({
      RATE_LIMIT_PER_MINUTE: '20',
      RATE_LIMIT_PER_HOUR: '100',
      LOGIN_MAX_FAILURES: '5',
      LOGIN_MAX_FAILURES_PER_CLIENT: '50',
    });
    counters = app.medchat.app.get(getModelToken(LoginFailure.name));
  });
  afterAll(async () => {
    await app?.close();
  });
  // Date stands still in each test (the app runs in this process), so the outcomes are the limits'
  // and never the host's speed: an attempt waits for the places held by checks in flight for up to
  // 10 s read off Date (login-failure.service.ts), and a loaded host can take longer than that to
  // check 5 or 50 argon2 hashes, which refuses the waiters as 'too many in flight' (Retry-After 1)
  // instead of as failures; and the route's 20 per minute is a window read off Date too, which 21
  // sign-ins in a row must not outlast.
  beforeEach(() => holdDate());
  afterEach(() => {
    jest.useRealTimers();
  });

  // 100 whole sign-ins (an argon2 check, a session and several database round trips each) took
  // 35-38 s alone at load 24 on 2 cores, and about three times that beside other suites: Jest's
  // 60 s default, a hang guard, is within reach of the work itself.
  it('100 simultaneous correct sign-ins all succeed, and leave nothing counted against the address', async () => {
    const patients = await accountsWithPassword(app, 100);
    const answers = await Promise.all(patients.map((patientId) => login(app, patientId, PASSWORD)));
    expect(answers.map((answer) => answer.status)).toEqual(patients.map(() => 200));
    expect(answers.map((answer) => answer.body.patient_id)).toEqual(patients);
    const address = await counters.findById('ip:127.0.0.1').lean().exec();
    expect(address).toMatchObject({ failures: [], pending: [] });
  }, 300_000);

  it('parallel wrong guesses against one patient id: exactly LOGIN_MAX_FAILURES passwords are checked', async () => {
    const [patientId] = (await accountsWithPassword(app, 1)) as [string];
    // 15 stays under the route's 20 per minute, so every refusal here is the failure limit's.
    const answers = await Promise.all(Array.from({ length: 15 }, () => login(app, patientId, WRONG)));
    expect(countOf(answers, 401)).toBe(5);
    expect(countOf(answers, 429)).toBe(10);
    for (const refused of answers.filter((answer) => answer.status === 429)) {
      expectProblem(refused, 429);
      expect(refused.body.detail).toMatch(/Too many failed sign-in attempts/);
      expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(14 * 60);
    }
    const checked = app.logs
      .entries()
      .filter((entry) => entry.event === 'auth.login.failed' && entry.patient_id === patientId);
    expect(checked.length).toBe(5);
    expectProblem(await login(app, patientId, PASSWORD), 429);
  });

  it('the route limit counts per patient id: the 21st sign-in to one account in a minute is 429', async () => {
    const [patientId] = (await accountsWithPassword(app, 1)) as [string];
    const answers: HttpAnswer[] = [];
    for (let i = 0; i < 21; i += 1) answers.push(await login(app, patientId, PASSWORD));
    expect(countOf(answers, 200)).toBe(20);
    expect(answers[20]?.status).toBe(429);
    expect(answers[20]?.body.detail).toMatch(/Too many requests: the limit is 20 per 60 seconds/);
    // Another account from the same address is not affected.
    const [other] = (await accountsWithPassword(app, 1)) as [string];
    expect((await login(app, other, PASSWORD)).status).toBe(200);
  });
});

describe('the client address has its own failure limit (LOGIN_MAX_FAILURES_PER_CLIENT=8)', () => {
  let app: TestApp;

  beforeAll(async () => {
    app = await startTestApp({ TRUST_PROXY: 'true', LOGIN_MAX_FAILURES: '3', LOGIN_MAX_FAILURES_PER_CLIENT: '8' });
  });
  afterAll(async () => {
    await app?.close();
  });

  it('parallel guesses on many patient ids from one address: exactly 8 are checked, the rest 429', async () => {
    const attacker = '203.0.113.10';
    const answers = await Promise.all(Array.from({ length: 20 }, () => login(app, newPatientId(), WRONG, attacker)));
    expect(countOf(answers, 401)).toBe(8);
    expect(countOf(answers, 429)).toBe(12);
    const [patientId] = (await accountsWithPassword(app, 1)) as [string];
    expectProblem(await login(app, patientId, PASSWORD, attacker), 429);
    expect((await login(app, patientId, PASSWORD, '203.0.113.11')).status).toBe(200);
  });

  it('successes between failures do not count: 7 failures, 30 sign-ins, and the address still has one failure left', async () => {
    const address = '203.0.113.20';
    for (let i = 0; i < 7; i += 1) expect((await login(app, newPatientId(), WRONG, address)).status).toBe(401);
    const patients = await accountsWithPassword(app, 30);
    // One after another: with one place left on the address, parallel sign-ins would queue through
    // it, and whether 30 password checks end inside the 10 s wait depends on the machine's speed.
    const signIns: HttpAnswer[] = [];
    for (const patientId of patients) signIns.push(await login(app, patientId, PASSWORD, address));
    expect(countOf(signIns, 200)).toBe(30);
    expect((await login(app, newPatientId(), WRONG, address)).status).toBe(401);
    expectProblem(await login(app, newPatientId(), WRONG, address), 429);
  });
});
