import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { getModelToken } from '@nestjs/mongoose';
import type { Model } from 'mongoose';
import { Session } from '../../src/auth/schemas/session.schema.js';
import { startTestApp, type TestApp } from '../support/test-app.js';
import {
  call,
  decodeJwtPart,
  expectProblem,
  expectUnauthorized,
  newPatientId,
  SecretLedger,
  TEST_JWT_SECRET,
} from './auth-test-kit.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

describe('auth endpoints: the documented contract', () => {
  let app: TestApp;
  let sessions: Model<Session>;
  const ledger = new SecretLedger();

  beforeAll(async () => {
    app = await startTestApp({ AUTH_PATIENT_ID_ONLY: 'true', JWT_EXPIRES_IN_MINUTES: '45' });
    sessions = app.medchat.app.get(getModelToken(Session.name));
    ledger.add(TEST_JWT_SECRET);
  });
  afterAll(async () => {
    await app?.close();
  });

  async function signIn(patientId = newPatientId()) {
    const answer = await call(app, 'POST', '/api/auth/login', { body: { patient_id: patientId } });
    expect(answer.status).toBe(200);
    ledger.add(answer.body.access_token);
    return answer.body as { access_token: string; session_id: string; patient_id: string; expires_in: number };
  }

  it('login answers exactly { access_token, token_type, session_id, patient_id, expires_in }', async () => {
    const patientId = newPatientId('Adam', 'Cronin');
    const answer = await call(app, 'POST', '/api/auth/login', { body: { patient_id: patientId } });
    ledger.add(answer.body.access_token);
    expect(answer.status).toBe(200);
    expect(answer.headers.get('content-type')).toMatch(/^application\/json/);
    expect(Object.keys(answer.body).sort()).toEqual([
      'access_token',
      'expires_in',
      'patient_id',
      'session_id',
      'token_type',
    ]);
    expect(answer.body).toMatchObject({ token_type: 'bearer', patient_id: patientId, expires_in: 45 * 60 });
    expect(answer.body.session_id).toMatch(UUID);

    expect(decodeJwtPart(answer.body.access_token, 0)).toMatchObject({ alg: 'HS256', typ: 'JWT' });
    const claims = decodeJwtPart(answer.body.access_token, 1);
    expect(claims).toMatchObject({ sub: patientId, sid: answer.body.session_id, role: 'patient' });
    expect((claims.exp as number) - (claims.iat as number)).toBe(45 * 60);
  });

  it('login stores the session: active, patient, role, sliding expiry and a null context_cleared_at', async () => {
    const before = Date.now();
    const token = await signIn();
    const stored = await sessions.findOne({ session_id: token.session_id }).lean().exec();
    expect(stored).toMatchObject({
      patient_id: token.patient_id,
      role: 'patient',
      active: true,
      context_cleared_at: null,
    });
    const idleMs = (stored!.expires_at as Date).getTime() - (stored!.last_activity_at as Date).getTime();
    expect(idleMs).toBe(30 * 60_000);
    expect((stored!.last_activity_at as Date).getTime()).toBeGreaterThanOrEqual(before - 1000);
  });

  it('guest answers the same shape with patient_id null, and its token carries no patient id', async () => {
    const answer = await call(app, 'POST', '/api/auth/guest');
    ledger.add(answer.body.access_token);
    expect(answer.status).toBe(200);
    expect(Object.keys(answer.body).sort()).toEqual([
      'access_token',
      'expires_in',
      'patient_id',
      'session_id',
      'token_type',
    ]);
    expect(answer.body).toMatchObject({ token_type: 'bearer', patient_id: null, expires_in: 45 * 60 });
    const claims = decodeJwtPart(answer.body.access_token, 1);
    expect(claims.sub ?? null).toBeNull();
    expect(claims).toMatchObject({ sid: answer.body.session_id, role: 'guest' });

    // The guest token works: it refreshes its own session.
    const refreshed = await call(app, 'POST', '/api/auth/refresh', { token: answer.body.access_token });
    ledger.add(refreshed.body.access_token);
    expect(refreshed.status).toBe(200);
    expect(refreshed.body).toMatchObject({
      session_id: answer.body.session_id,
      patient_id: null,
      token_type: 'bearer',
    });
  });

  it('refresh answers a new token for the same live session, and both tokens work', async () => {
    const first = await signIn();
    await new Promise((resolve) => setTimeout(resolve, 1100)); // a different iat, so a different token
    const refreshed = await call(app, 'POST', '/api/auth/refresh', { token: first.access_token });
    ledger.add(refreshed.body.access_token);
    expect(refreshed.status).toBe(200);
    expect(Object.keys(refreshed.body).sort()).toEqual([
      'access_token',
      'expires_in',
      'patient_id',
      'session_id',
      'token_type',
    ]);
    expect(refreshed.body).toMatchObject({
      session_id: first.session_id,
      patient_id: first.patient_id,
      token_type: 'bearer',
      expires_in: 45 * 60,
    });
    expect(refreshed.body.access_token).not.toBe(first.access_token);
    expect(decodeJwtPart(refreshed.body.access_token, 1)).toMatchObject({
      sub: first.patient_id,
      sid: first.session_id,
      role: 'patient',
    });
    expect((await call(app, 'POST', '/api/auth/refresh', { token: refreshed.body.access_token })).status).toBe(200);
  });

  it('logout answers { message } and the session is dead at once: every token of it is refused', async () => {
    const token = await signIn();
    const refreshed = (await call(app, 'POST', '/api/auth/refresh', { token: token.access_token })).body
      .access_token as string;
    ledger.add(refreshed);
    const answer = await call(app, 'POST', '/api/auth/logout', { token: token.access_token });
    expect(answer.status).toBe(200);
    expect(answer.body).toEqual({ message: 'Logged out successfully' });

    for (const used of [token.access_token, refreshed]) {
      const after = await call(app, 'POST', '/api/auth/refresh', { token: used });
      expectUnauthorized(after);
      expect(after.body.detail).toMatch(/signed out/);
    }
    expectUnauthorized(await call(app, 'POST', '/api/auth/logout', { token: token.access_token }));
    const stored = await sessions.findOne({ session_id: token.session_id }).lean().exec();
    expect(stored).toMatchObject({ active: false });
  });

  it("logout with the caller's own session_id works; another session's id is a 404 problem and ends nothing", async () => {
    const mine = await signIn();
    const theirs = await signIn();
    const refused = await call(app, 'POST', `/api/auth/logout?session_id=${theirs.session_id}`, {
      token: mine.access_token,
    });
    expectProblem(refused, 404);
    const unknown = await call(app, 'POST', `/api/auth/logout?session_id=${crypto.randomUUID()}`, {
      token: mine.access_token,
    });
    expectProblem(unknown, 404);
    expect((await call(app, 'POST', '/api/auth/refresh', { token: theirs.access_token })).status).toBe(200);
    expect((await call(app, 'POST', '/api/auth/refresh', { token: mine.access_token })).status).toBe(200);

    const malformed = await call(app, 'POST', '/api/auth/logout?session_id=not-a-uuid', { token: mine.access_token });
    expectProblem(malformed, 422);

    const own = await call(app, 'POST', `/api/auth/logout?session_id=${mine.session_id}`, { token: mine.access_token });
    expect(own.status).toBe(200);
    expect(own.body).toEqual({ message: 'Logged out successfully' });
    expectUnauthorized(await call(app, 'POST', '/api/auth/refresh', { token: mine.access_token }));
  });

  it('an authenticated request slides the session, writing at most once a minute', async () => {
    const token = await signIn();
    const stale = new Date(Date.now() - 5 * 60_000);
    await sessions.updateOne(
      { session_id: token.session_id },
      { $set: { last_activity_at: stale, expires_at: new Date(stale.getTime() + 30 * 60_000) } },
    );

    const before = Date.now();
    expect((await call(app, 'POST', '/api/auth/refresh', { token: token.access_token })).status).toBe(200);
    const slid = await sessions.findOne({ session_id: token.session_id }).lean().exec();
    expect((slid!.last_activity_at as Date).getTime()).toBeGreaterThanOrEqual(before - 1000);
    expect((slid!.expires_at as Date).getTime()).toBeGreaterThanOrEqual(before + 30 * 60_000 - 1000);

    // Within the minute nothing is written: the recorded activity stays as it was.
    const recent = new Date(Date.now() - 20_000);
    await sessions.updateOne({ session_id: token.session_id }, { $set: { last_activity_at: recent } });
    expect((await call(app, 'POST', '/api/auth/refresh', { token: token.access_token })).status).toBe(200);
    const unchanged = await sessions.findOne({ session_id: token.session_id }).lean().exec();
    expect((unchanged!.last_activity_at as Date).getTime()).toBe(recent.getTime());
  });

  it('the access log names the patient of an authenticated request', async () => {
    const token = await signIn();
    const answer = await call(app, 'POST', '/api/auth/refresh', {
      token: token.access_token,
      headers: { 'x-request-id': 'auth-contract-refresh-1' },
    });
    ledger.add(answer.body.access_token);
    const line = app.logs
      .entries()
      .find((entry) => entry.request_id === 'auth-contract-refresh-1' && entry.msg === 'request completed');
    expect(line).toMatchObject({ patient_id: token.patient_id, status: 200, route: '/api/auth/refresh' });
  });

  it('audits sign-in, refresh and logout as structured events', async () => {
    const token = await signIn();
    const refreshed = await call(app, 'POST', '/api/auth/refresh', { token: token.access_token });
    ledger.add(refreshed.body.access_token);
    await call(app, 'POST', '/api/auth/logout', { token: token.access_token });
    const events = app.logs
      .entries()
      .filter((entry) => entry.session_id === token.session_id && typeof entry.event === 'string');
    expect(events.map((entry) => entry.event)).toEqual(['auth.login.succeeded', 'auth.token.refreshed', 'auth.logout']);
    for (const event of events)
      expect(event).toMatchObject({ patient_id: token.patient_id, outcome: 'success', request_id: expect.any(String) });
  });

  it('the OpenAPI document describes the auth routes with their schemas and bearer security', async () => {
    const document = (await call(app, 'GET', '/docs-json')).body;
    expect(document.paths['/api/v1/auth/login'].post.responses['200']).toBeDefined();
    expect(document.paths['/api/v1/auth/refresh'].post.security).toEqual([{ bearer: [] }]);
    expect(document.components.schemas.TokenResponseDto.properties).toHaveProperty('access_token');
    expect(document.components.schemas.LoginRequestDto.properties.patient_id.example).toMatch(/_/);
  });

  it('logs no password, token or secret', () => {
    ledger.expectAbsentFrom(app);
  });
});
