import { statSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { getModelToken } from '@nestjs/mongoose';
import type { Model } from 'mongoose';
import { Patient } from '../../src/auth/schemas/patient.schema.js';
import { mapFhirBundle } from '../../src/patients/fhir/index.js';
import { startTestApp, type TestApp } from '../support/test-app.js';
import {
  call,
  expectProblem,
  expectUnauthorized,
  newPatientId,
  readFixture,
  SecretLedger,
  syntheaFixtures,
  TEST_JWT_SECRET,
} from './auth-test-kit.js';

const ADMIN_KEY = 'admin-key-for-the-admin-tests-0123456789abcdefgh';
const DEFAULT_BODY_LIMIT = 1_048_576;

describe('admin routes with ADMIN_API_KEY set', () => {
  let app: TestApp;
  let patients: Model<Patient>;
  const ledger = new SecretLedger();
  const fixtures = syntheaFixtures();
  let patientToken: string;
  let guestToken: string;

  beforeAll(async () => {
    app = await startTestApp({ ADMIN_API_KEY: ADMIN_KEY, AUTH_PATIENT_ID_ONLY: 'true' });
    patients = app.medchat.app.get(getModelToken(Patient.name));
    patientToken = (await call(app, 'POST', '/api/auth/login', { body: { patient_id: newPatientId() } })).body
      .access_token;
    guestToken = (await call(app, 'POST', '/api/auth/guest')).body.access_token;
    ledger.add(ADMIN_KEY, TEST_JWT_SECRET, patientToken, guestToken);
  });
  afterAll(async () => {
    await app?.close();
  });

  const someBundle = () => readFixture(fixtures[0]!.file);

  it('has Synthea fixtures to import, one larger than the global body limit', () => {
    expect(fixtures.length).toBeGreaterThan(0);
    expect(fixtures.some((fixture) => statSync(fixture.file).size > DEFAULT_BODY_LIMIT)).toBe(true);
  });

  it.each([
    ['no Authorization header', undefined],
    ['a wrong key', `Bearer ${ADMIN_KEY}x`],
    ['a prefix of the key', `Bearer ${ADMIN_KEY.slice(0, -1)}`],
    ['the key with another scheme', `Basic ${ADMIN_KEY}`],
    ['the key without a scheme', ADMIN_KEY],
  ])('refuses %s with 401', async (_name, authorization) => {
    const password = await call(app, 'PUT', `/api/admin/patients/${newPatientId()}/password`, {
      body: { password: 'a long enough password' },
      authorization,
    });
    expectUnauthorized(password);
    const imported = await call(app, 'POST', '/api/admin/patients/import', { rawBody: someBundle(), authorization });
    expectUnauthorized(imported);
  });

  it('refuses patient and guest tokens with 403', async () => {
    for (const token of [patientToken, guestToken]) {
      expectProblem(
        await call(app, 'PUT', `/api/admin/patients/${newPatientId()}/password`, {
          body: { password: 'a long enough password' },
          token,
        }),
        403,
      );
      expectProblem(
        await call(app, 'POST', '/api/admin/patients/import', { rawBody: '{"resourceType":"Bundle"}', token }),
        403,
      );
    }
  });

  it('does not let the admin key act as a patient session (403 on session routes)', async () => {
    expectProblem(await call(app, 'POST', '/api/auth/refresh', { token: ADMIN_KEY }), 403);
    expectProblem(await call(app, 'POST', '/api/auth/logout', { token: ADMIN_KEY }), 403);
  });

  it('imports every Synthea bundle: 201 { patient_id, records_imported, skipped } and an account whose id is the file name', async () => {
    for (const fixture of fixtures) {
      const answer = await call(app, 'POST', '/api/admin/patients/import', {
        rawBody: readFixture(fixture.file),
        token: ADMIN_KEY,
      });
      expect({ file: fixture.patientId, status: answer.status }).toEqual({ file: fixture.patientId, status: 201 });
      expect(answer.body).toEqual({
        patient_id: fixture.patientId,
        records_imported: mapFhirBundle(JSON.parse(readFixture(fixture.file))).records.length,
        skipped: { total: expect.any(Number), by_type: expect.any(Object) },
      });
      const account = await patients.findOne({ patient_id: fixture.patientId }).lean().exec();
      expect(account).toMatchObject({ patient_id: fixture.patientId, roles: ['patient'] });
      expect(account?.display_name).toMatch(/^[A-Z][A-Za-z'-]* [A-Z][A-Za-z'-]*$/);
    }
    const audit = app.logs.entries().filter((entry) => entry.event === 'admin.patient.imported');
    expect(audit.length).toBe(fixtures.length);
    expect(audit[0]).toMatchObject({ outcome: 'success', actor: 'admin-api-key', reason: 'account_created' });
  });

  it('importing the same bundle again updates the account instead of duplicating it', async () => {
    const fixture = fixtures[1]!;
    expect(
      (await call(app, 'POST', '/api/admin/patients/import', { rawBody: readFixture(fixture.file), token: ADMIN_KEY }))
        .status,
    ).toBe(201);
    expect(await patients.countDocuments({ patient_id: fixture.patientId })).toBe(1);
  });

  it('set-password then login with it works; the old demo sign-in by id alone no longer does', async () => {
    const fixture = fixtures[2]!;
    const password = 'an operator chosen passphrase';
    ledger.add(password);
    const set = await call(app, 'PUT', `/api/admin/patients/${fixture.patientId}/password`, {
      body: { password },
      token: ADMIN_KEY,
    });
    expect(set.status).toBe(204);
    expect(set.text).toBe('');
    const login = await call(app, 'POST', '/api/auth/login', { body: { patient_id: fixture.patientId, password } });
    ledger.add(login.body.access_token);
    expect(login.status).toBe(200);
    expect(login.body.patient_id).toBe(fixture.patientId);
    expectUnauthorized(await call(app, 'POST', '/api/auth/login', { body: { patient_id: fixture.patientId } }));
    const audit = app.logs
      .entries()
      .find((entry) => entry.event === 'admin.patient.password_set' && entry.patient_id === fixture.patientId);
    expect(audit).toMatchObject({ outcome: 'success', actor: 'admin-api-key' });
  });

  it.each([
    ['11 characters', 'elevenchars'],
    ['an empty string', ''],
    ['257 characters', 'p'.repeat(257)],
    ['a number', 123456789012345],
    ['an object', { $gt: '' }],
  ])('refuses a password of %s with 422', async (_name, password) => {
    const answer = await call(app, 'PUT', `/api/admin/patients/${fixtures[3]!.patientId}/password`, {
      body: { password },
      token: ADMIN_KEY,
    });
    expectProblem(answer, 422);
    expect(answer.body.errors).toEqual(expect.arrayContaining([expect.objectContaining({ field: 'password' })]));
  });

  it('accepts exactly 12 characters', async () => {
    const twelve = 'twelve chars';
    ledger.add(twelve);
    expect(
      (
        await call(app, 'PUT', `/api/admin/patients/${fixtures[3]!.patientId}/password`, {
          body: { password: twelve },
          token: ADMIN_KEY,
        })
      ).status,
    ).toBe(204);
  });

  it('answers 404 for an unknown patient and 422 for a malformed id', async () => {
    expectProblem(
      await call(app, 'PUT', `/api/admin/patients/${newPatientId()}/password`, {
        body: { password: 'a long enough password' },
        token: ADMIN_KEY,
      }),
      404,
    );
    expectProblem(
      await call(app, 'PUT', '/api/admin/patients/not-a-patient/password', {
        body: { password: 'a long enough password' },
        token: ADMIN_KEY,
      }),
      422,
    );
  });

  it.each([
    ['an empty bundle', { resourceType: 'Bundle', entry: [] }],
    [
      'a bundle without a Patient',
      { resourceType: 'Bundle', entry: [{ resource: { resourceType: 'Observation', id: 'x' } }] },
    ],
    ['another resource', { resourceType: 'Patient', id: 'x' }],
    ['a JSON array', [1, 2, 3]],
  ])('refuses %s with a 422 problem', async (_name, body) => {
    const answer = await call(app, 'POST', '/api/admin/patients/import', { body, token: ADMIN_KEY });
    expectProblem(answer, 422);
  });

  it('holds callers without the admin key to the global body limit on the import route (413 before the body is read)', async () => {
    const big = fixtures.find((fixture) => statSync(fixture.file).size > DEFAULT_BODY_LIMIT)!;
    const body = readFixture(big.file);
    expectProblem(await call(app, 'POST', '/api/admin/patients/import', { rawBody: body }), 413);
    expectProblem(await call(app, 'POST', '/api/admin/patients/import', { rawBody: body, token: patientToken }), 413);
    expectProblem(
      await call(app, 'POST', '/api/admin/patients/import', { rawBody: body, token: `${ADMIN_KEY}x` }),
      413,
    );
  });

  it('also holds a chunked upload without Content-Length to the global limit unless it carries the admin key', async () => {
    const big = fixtures.find((fixture) => statSync(fixture.file).size > DEFAULT_BODY_LIMIT)!;
    const bytes = Buffer.from(readFixture(big.file));
    const streamed = (authorization?: string) =>
      fetch(`${app.url}/api/admin/patients/import`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...(authorization ? { authorization } : {}) },
        body: new ReadableStream({
          start(controller) {
            for (let offset = 0; offset < bytes.length; offset += 64 * 1024)
              controller.enqueue(bytes.subarray(offset, offset + 64 * 1024));
            controller.close();
          },
        }),
        duplex: 'half',
      } as RequestInit);
    const refused = await streamed(`Bearer ${patientToken}`);
    expect(refused.status).toBe(413);
    expect(refused.headers.get('content-type')).toMatch(/problem\+json/);
    const accepted = await streamed(`Bearer ${ADMIN_KEY}`);
    expect(accepted.status).toBe(201);
    expect(((await accepted.json()) as { patient_id: string }).patient_id).toBe(big.patientId);
  });

  it('keeps the global body limit on every other route', async () => {
    const oversized = JSON.stringify({ patient_id: 'x'.repeat(DEFAULT_BODY_LIMIT + 10) });
    expectProblem(await call(app, 'POST', '/api/auth/login', { rawBody: oversized }), 413);
  });

  it('documents the admin routes in OpenAPI with bearer security', async () => {
    const document = (await call(app, 'GET', '/docs-json')).body;
    expect(document.paths['/api/v1/admin/patients/import'].post.security).toEqual([{ bearer: [] }]);
    expect(document.paths['/api/v1/admin/patients/{patient_id}/password'].put.responses['204']).toBeDefined();
  });

  it('logs no password, token or secret', () => {
    ledger.expectAbsentFrom(app);
  });
});
