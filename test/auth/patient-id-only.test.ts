import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { getModelToken } from '@nestjs/mongoose';
import type { Model } from 'mongoose';
import { Patient } from '../../src/auth/schemas/patient.schema.js';
import { Session } from '../../src/auth/schemas/session.schema.js';
import { startTestApp, type TestApp } from '../support/test-app.js';
import {
  call,
  expectProblem,
  expectUnauthorized,
  newPatientId,
  SecretLedger,
  TEST_JWT_SECRET,
} from './auth-test-kit.js';

/** Bodies that must be refused as 4xx problems before anything is looked up or created. */
const HOSTILE_BODIES: Array<[string, unknown]> = [
  ['an operator object for patient_id', { patient_id: { $gt: '' } }],
  ['an operator object with a regex', { patient_id: { $regex: '.*' } }],
  ['an $ne operator', { patient_id: { $ne: null } }],
  [
    'an operator object for password',
    { patient_id: 'Adam631_Cronin387_aff8f143-2375-416f-901d-b0e4c73e3e58', password: { $gt: '' } },
  ],
  ['an array', { patient_id: ['Adam631_Cronin387_aff8f143-2375-416f-901d-b0e4c73e3e58'] }],
  ['a number', { patient_id: 42 }],
  ['no patient_id', {}],
  ['an empty patient_id', { patient_id: '' }],
  ['a free-form name', { patient_id: 'alice' }],
  ['an upper-case uuid', { patient_id: 'Adam631_Cronin387_AFF8F143-2375-416F-901D-B0E4C73E3E58' }],
  ['no digits after the names', { patient_id: 'Adam_Cronin_aff8f143-2375-416f-901d-b0e4c73e3e58' }],
  ['a trailing newline', { patient_id: 'Adam631_Cronin387_aff8f143-2375-416f-901d-b0e4c73e3e58\n' }],
  ['a path traversal', { patient_id: '../../etc/passwd' }],
  ['an unknown extra field', { patient_id: 'Adam631_Cronin387_aff8f143-2375-416f-901d-b0e4c73e3e58', role: 'admin' }],
  [
    'a password over 256 characters',
    { patient_id: 'Adam631_Cronin387_aff8f143-2375-416f-901d-b0e4c73e3e58', password: 'x'.repeat(257) },
  ],
  ['a JSON array body', [{ patient_id: 'Adam631_Cronin387_aff8f143-2375-416f-901d-b0e4c73e3e58' }]],
];

describe('AUTH_PATIENT_ID_ONLY off (the default)', () => {
  let app: TestApp;
  const ledger = new SecretLedger();

  beforeAll(async () => {
    app = await startTestApp();
    ledger.add(TEST_JWT_SECRET);
  });
  afterAll(async () => {
    await app?.close();
  });

  it('refuses a well-formed patient id without a password with 401, and creates no account', async () => {
    const patientId = newPatientId();
    const answer = await call(app, 'POST', '/api/auth/login', { body: { patient_id: patientId } });
    expectUnauthorized(answer);
    expect(answer.body.detail).toBe('Invalid patient ID or password.');
    const patients: Model<Patient> = app.medchat.app.get(getModelToken(Patient.name));
    expect(await patients.countDocuments({})).toBe(0);
  });

  it('refuses an unknown id with a password with the same 401 detail as a wrong password', async () => {
    const guess = 'some password guess 123';
    ledger.add(guess);
    const answer = await call(app, 'POST', '/api/auth/login', {
      body: { patient_id: newPatientId(), password: guess },
    });
    expectUnauthorized(answer);
    expect(answer.body.detail).toBe('Invalid patient ID or password.');
    const audit = app.logs
      .entries()
      .find((entry) => entry.event === 'auth.login.failed' && entry.reason === 'unknown_patient');
    expect(audit).toBeDefined();
  });

  it('still lets guests in', async () => {
    const answer = await call(app, 'POST', '/api/auth/guest');
    ledger.add(answer.body.access_token);
    expect(answer.status).toBe(200);
  });

  it('logs no password, token or secret', () => {
    ledger.expectAbsentFrom(app);
  });
});

describe('AUTH_PATIENT_ID_ONLY=true (the SPA demo flow)', () => {
  let app: TestApp;
  let patients: Model<Patient>;
  let sessions: Model<Session>;
  const ledger = new SecretLedger();

  beforeAll(async () => {
    app = await startTestApp({ AUTH_PATIENT_ID_ONLY: 'true' });
    patients = app.medchat.app.get(getModelToken(Patient.name));
    sessions = app.medchat.app.get(getModelToken(Session.name));
    ledger.add(TEST_JWT_SECRET);
  });
  afterAll(async () => {
    await app?.close();
  });

  it('signs in a well-formed id, creating its account on first use and reusing it after', async () => {
    const patientId = 'Adam631_Cronin387_aff8f143-2375-416f-901d-b0e4c73e3e58';
    const first = await call(app, 'POST', '/api/auth/login', { body: { patient_id: patientId } });
    ledger.add(first.body.access_token);
    expect(first.status).toBe(200);
    expect(first.body.patient_id).toBe(patientId);
    const account = await patients.findOne({ patient_id: patientId }).select('+password_hash').lean().exec();
    expect(account).toMatchObject({
      patient_id: patientId,
      display_name: 'Adam Cronin',
      roles: ['patient'],
      password_hash: null,
    });

    const second = await call(app, 'POST', '/api/auth/login', { body: { patient_id: patientId } });
    ledger.add(second.body.access_token);
    expect(second.status).toBe(200);
    expect(second.body.session_id).not.toBe(first.body.session_id);
    expect(await patients.countDocuments({ patient_id: patientId })).toBe(1);
  });

  it.each(HOSTILE_BODIES)('refuses %s with a 4xx problem and creates nothing', async (_name, body) => {
    const patientsBefore = await patients.countDocuments({});
    const sessionsBefore = await sessions.countDocuments({});
    const answer = await call(app, 'POST', '/api/auth/login', { body });
    expect(answer.status).toBeGreaterThanOrEqual(400);
    expect(answer.status).toBeLessThan(500);
    expectProblem(answer, answer.status);
    expect(answer.body).not.toHaveProperty('access_token');
    expect(await patients.countDocuments({})).toBe(patientsBefore);
    expect(await sessions.countDocuments({})).toBe(sessionsBefore);
  });

  it('answers validation failures as 422 naming the field', async () => {
    const answer = await call(app, 'POST', '/api/auth/login', { body: { patient_id: { $gt: '' } } });
    expectProblem(answer, 422);
    expect(answer.body.errors).toEqual(expect.arrayContaining([expect.objectContaining({ field: 'patient_id' })]));
  });

  it('refuses malformed JSON as a 400 problem', async () => {
    const answer = await call(app, 'POST', '/api/auth/login', { rawBody: '{"patient_id": ' });
    expectProblem(answer, 400);
  });

  it('logs no password, token or secret', () => {
    ledger.expectAbsentFrom(app);
  });
});
