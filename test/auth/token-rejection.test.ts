import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { getModelToken } from '@nestjs/mongoose';
import { JwtService } from '@nestjs/jwt';
import type { Model } from 'mongoose';
import { Session } from '../../src/auth/schemas/session.schema.js';
import { startTestApp, type TestApp } from '../support/test-app.js';
import {
  call,
  decodeJwtPart,
  encodeJwtPart,
  expectUnauthorized,
  newPatientId,
  SecretLedger,
  TEST_JWT_SECRET,
} from './auth-test-kit.js';

/** Every way a request without a usable token must be refused: 401 problem+json with a Bearer challenge. */
describe('the global auth guard refuses', () => {
  let app: TestApp;
  let sessions: Model<Session>;
  let patient: { access_token: string; session_id: string; patient_id: string };
  const ledger = new SecretLedger();
  const otherSecret = 'another-secret-that-is-long-enough-for-hs256-9876543210';
  const signer = new JwtService({ secret: TEST_JWT_SECRET });

  beforeAll(async () => {
    app = await startTestApp({ AUTH_PATIENT_ID_ONLY: 'true' });
    sessions = app.medchat.app.get(getModelToken(Session.name));
    patient = (await call(app, 'POST', '/api/auth/login', { body: { patient_id: newPatientId() } })).body;
    ledger.add(TEST_JWT_SECRET, otherSecret, patient.access_token);
  });
  afterAll(async () => {
    await app?.close();
  });

  async function refreshWith(authorization: string | undefined) {
    return call(app, 'POST', '/api/auth/refresh', authorization === undefined ? {} : { authorization });
  }

  async function freshSession() {
    const answer = await call(app, 'POST', '/api/auth/login', { body: { patient_id: newPatientId() } });
    ledger.add(answer.body.access_token);
    return answer.body as { access_token: string; session_id: string; patient_id: string };
  }

  it('a request without a token', async () => {
    const answer = await refreshWith(undefined);
    expectUnauthorized(answer);
    expect(answer.body.detail).toMatch(/Authorization: Bearer/);
  });

  it.each([
    ['a bare "Bearer"', 'Bearer'],
    ['"Bearer " with nothing after it', 'Bearer '],
    ['the Basic scheme', 'Basic x'],
    ['Basic with real-looking credentials', `Basic ${Buffer.from('user:pass').toString('base64')}`],
    ['garbage', 'garbage'],
    ['a token without a scheme', 'eyJhbGciOiJIUzI1NiJ9.e30.c2ln'],
    ['two tokens', 'Bearer a.b.c d.e.f'],
  ])('a malformed Authorization header: %s', async (_name, header) => {
    expectUnauthorized(await refreshWith(header));
  });

  it('a token that is not a JWT', async () => {
    const answer = await refreshWith('Bearer not-a-jwt');
    expectUnauthorized(answer);
    expect(answer.headers.get('www-authenticate')).toMatch(/invalid_token/);
  });

  it('an expired token (signed with the right secret, exp in the past)', async () => {
    const now = Math.floor(Date.now() / 1000);
    const token = await signer.signAsync(
      { sub: patient.patient_id, sid: patient.session_id, role: 'patient', iat: now - 7200, exp: now - 3600 },
      { algorithm: 'HS256' },
    );
    ledger.add(token);
    const answer = await refreshWith(`Bearer ${token}`);
    expectUnauthorized(answer);
    expect(answer.body.detail).toMatch(/expired/);
  });

  it('a tampered payload: sub changed, signature kept', async () => {
    const [header, , signature] = patient.access_token.split('.');
    const claims = decodeJwtPart(patient.access_token, 1);
    const tampered = `${header}.${encodeJwtPart({ ...claims, sub: newPatientId('Eve', 'Mallory') })}.${signature}`;
    expectUnauthorized(await refreshWith(`Bearer ${tampered}`));
  });

  it('a tampered payload: role raised to admin, signature kept', async () => {
    const [header, , signature] = patient.access_token.split('.');
    const claims = decodeJwtPart(patient.access_token, 1);
    expectUnauthorized(
      await refreshWith(`Bearer ${header}.${encodeJwtPart({ ...claims, role: 'admin' })}.${signature}`),
    );
  });

  it('alg "none" (unsigned), with and without a trailing signature', async () => {
    const claims = decodeJwtPart(patient.access_token, 1);
    for (const alg of ['none', 'None', 'NONE']) {
      const unsigned = `${encodeJwtPart({ alg, typ: 'JWT' })}.${encodeJwtPart(claims)}.`;
      expectUnauthorized(await refreshWith(`Bearer ${unsigned}`));
      const withOldSignature = `${unsigned}${patient.access_token.split('.')[2]}`;
      expectUnauthorized(await refreshWith(`Bearer ${withOldSignature}`));
    }
  });

  it('a token signed with another key', async () => {
    const forged = await new JwtService({ secret: otherSecret }).signAsync(
      { sub: patient.patient_id, sid: patient.session_id, role: 'patient' },
      { algorithm: 'HS256', expiresIn: 600 },
    );
    ledger.add(forged);
    expectUnauthorized(await refreshWith(`Bearer ${forged}`));
  });

  it('a token signed with the right secret but another HMAC algorithm (HS512)', async () => {
    const token = await signer.signAsync(
      { sub: patient.patient_id, sid: patient.session_id, role: 'patient' },
      { algorithm: 'HS512', expiresIn: 600 },
    );
    ledger.add(token);
    expectUnauthorized(await refreshWith(`Bearer ${token}`));
  });

  it('a validly signed token naming a session that does not exist', async () => {
    const token = await signer.signAsync(
      { sub: patient.patient_id, sid: crypto.randomUUID(), role: 'patient' },
      { algorithm: 'HS256', expiresIn: 600 },
    );
    ledger.add(token);
    const answer = await refreshWith(`Bearer ${token}`);
    expectUnauthorized(answer);
    expect(answer.body.detail).toMatch(/session/);
  });

  it("a validly signed token naming another patient's session", async () => {
    const other = await freshSession();
    const token = await signer.signAsync(
      { sub: patient.patient_id, sid: other.session_id, role: 'patient' },
      { algorithm: 'HS256', expiresIn: 600 },
    );
    ledger.add(token);
    expectUnauthorized(await refreshWith(`Bearer ${token}`));
    // A guest-shaped token for a patient's session is just as wrong.
    const asGuest = await signer.signAsync(
      { sid: other.session_id, role: 'guest' },
      { algorithm: 'HS256', expiresIn: 600 },
    );
    ledger.add(asGuest);
    expectUnauthorized(await refreshWith(`Bearer ${asGuest}`));
  });

  it('a validly signed token with claims MedChat never issues (no sid, admin role)', async () => {
    for (const claims of [
      { sub: patient.patient_id, role: 'patient' },
      { sub: patient.patient_id, sid: patient.session_id, role: 'admin' },
    ]) {
      const token = await signer.signAsync(claims, { algorithm: 'HS256', expiresIn: 600 });
      ledger.add(token);
      expectUnauthorized(await refreshWith(`Bearer ${token}`));
    }
  });

  it('a token after logout', async () => {
    const session = await freshSession();
    expect((await call(app, 'POST', '/api/auth/logout', { token: session.access_token })).status).toBe(200);
    const answer = await refreshWith(`Bearer ${session.access_token}`);
    expectUnauthorized(answer);
    expect(answer.body.detail).toMatch(/signed out/);
  });

  it('a token after its session expired from inactivity', async () => {
    const session = await freshSession();
    await sessions.updateOne({ session_id: session.session_id }, { $set: { expires_at: new Date(Date.now() - 1000) } });
    const answer = await refreshWith(`Bearer ${session.access_token}`);
    expectUnauthorized(answer);
    expect(answer.body.detail).toMatch(/expired/);
    // The expired session is not revived by the attempt.
    const stored = await sessions.findOne({ session_id: session.session_id }).lean().exec();
    expect((stored?.expires_at as Date | undefined)?.getTime() ?? 0).toBeLessThan(Date.now());
  });

  it('the still-valid token keeps working throughout', async () => {
    expect((await refreshWith(`Bearer ${patient.access_token}`)).status).toBe(200);
  });

  it('logs no password, token or secret', () => {
    ledger.expectAbsentFrom(app);
  });
});

describe('sessions idle out after SESSION_IDLE_MINUTES', () => {
  let app: TestApp;

  beforeAll(async () => {
    app = await startTestApp({ AUTH_PATIENT_ID_ONLY: 'true', SESSION_IDLE_MINUTES: '1' });
  });
  afterAll(async () => {
    await app?.close();
  });

  it('stores expires_at one idle period after the last activity and refuses the token once it has passed', async () => {
    const token = (await call(app, 'POST', '/api/auth/login', { body: { patient_id: newPatientId() } })).body;
    const sessions: Model<Session> = app.medchat.app.get(getModelToken(Session.name));
    const stored = await sessions.findOne({ session_id: token.session_id }).lean().exec();
    expect((stored!.expires_at as Date).getTime() - (stored!.last_activity_at as Date).getTime()).toBe(60_000);
    // Move the clock of the session instead of waiting a minute.
    const longAgo = new Date(Date.now() - 61_000);
    await sessions.updateOne(
      { session_id: token.session_id },
      { $set: { last_activity_at: longAgo, expires_at: new Date(longAgo.getTime() + 60_000) } },
    );
    expectUnauthorized(await call(app, 'POST', '/api/auth/refresh', { token: token.access_token }));
  });
});
