import { statSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { startTestApp, type TestApp } from '../support/test-app.js';
import { call, expectProblem, newPatientId, readFixture, syntheaFixtures } from './auth-test-kit.js';

// How the admin routes are configured: their own body limit, and their absence without a key.
// What they do with a key set is in admin.test.ts.

const ADMIN_KEY = 'admin-key-for-the-admin-tests-0123456789abcdefgh';

describe('IMPORT_BODY_LIMIT_BYTES', () => {
  let app: TestApp;
  const fixtures = syntheaFixtures()
    .map((fixture) => ({ ...fixture, size: statSync(fixture.file).size }))
    .sort((a, b) => a.size - b.size);

  beforeAll(async () => {
    app = await startTestApp({ ADMIN_API_KEY: ADMIN_KEY, IMPORT_BODY_LIMIT_BYTES: String(fixtures[0]!.size + 1000) });
  });
  afterAll(async () => {
    await app?.close();
  });

  it('accepts a bundle under the limit and refuses a larger one with 413, even from the admin', async () => {
    expect(
      (
        await call(app, 'POST', '/api/admin/patients/import', {
          rawBody: readFixture(fixtures[0]!.file),
          token: ADMIN_KEY,
        })
      ).status,
    ).toBe(201);
    const answer = await call(app, 'POST', '/api/admin/patients/import', {
      rawBody: readFixture(fixtures.at(-1)!.file),
      token: ADMIN_KEY,
    });
    expectProblem(answer, 413);
  });
});

describe('admin routes without ADMIN_API_KEY', () => {
  let app: TestApp;

  beforeAll(async () => {
    app = await startTestApp({ AUTH_PATIENT_ID_ONLY: 'true' });
  });
  afterAll(async () => {
    await app?.close();
  });

  it('do not exist: 404 with or without credentials', async () => {
    const token = (await call(app, 'POST', '/api/auth/login', { body: { patient_id: newPatientId() } })).body
      .access_token;
    for (const authorization of [undefined, `Bearer ${token}`, `Bearer ${ADMIN_KEY}`]) {
      expectProblem(
        await call(app, 'PUT', `/api/admin/patients/${newPatientId()}/password`, {
          body: { password: 'a long enough password' },
          authorization,
        }),
        404,
      );
      expectProblem(
        await call(app, 'POST', '/api/admin/patients/import', { body: { resourceType: 'Bundle' }, authorization }),
        404,
      );
    }
  });

  it('are not in the OpenAPI document', async () => {
    const document = (await call(app, 'GET', '/docs-json')).body;
    expect(Object.keys(document.paths).filter((route) => route.startsWith('/api/v1/admin'))).toEqual([]);
  });
});
