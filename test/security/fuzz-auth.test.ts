import { jest } from '@jest/globals';
import fc from 'fast-check';
import {
  ANCHOR_PASSWORD,
  ANCHOR_PATIENT_ID,
  FUZZ_PROPERTY_OPTIONS,
  FUZZ_TEST_TIMEOUT_MS,
  FuzzTarget,
  RUNS,
} from './support/fuzz-app.js';
import { sendAndJudge } from './support/fuzz-kit.js';
import { bodyText, contentTypeHeader, extraHeaders, queryString } from './support/hostile-inputs.js';

jest.setTimeout(FUZZ_TEST_TIMEOUT_MS);

/**
 * Property-based fuzzing of the auth routes: generated bodies, query strings and headers, from
 * valid-ish to hostile. For every case: no 5xx; a 4xx is problem+json with a detail; a refused
 * request stored nothing. Afterwards the anchor patient's session and password still work.
 */
const patientId = fc.oneof(
  fc.constant(ANCHOR_PATIENT_ID),
  fc
    .tuple(
      fc.stringMatching(/^[A-Z][a-z]{1,8}\d{1,3}$/),
      fc.stringMatching(/^[A-Z][a-z]{1,8}\d{1,3}$/),
      fc.uuid({ version: 4 }),
    )
    .map(([given, family, uuid]) => `${given}_${family}_${uuid}`),
);
const password = fc.oneof(fc.constant(ANCHOR_PASSWORD), fc.string({ maxLength: 300 }));

describe('fuzzing the auth routes', () => {
  const target = new FuzzTarget();
  let historyBefore: unknown;

  beforeAll(async () => {
    await target.start();
    historyBefore = await target.anchorHistory();
  });
  afterAll(() => target.stop());

  it(`POST /api/auth/login: ${RUNS} generated bodies`, async () => {
    const stats = target.statsFor('login');
    await fc.assert(
      fc.asyncProperty(
        bodyText({ patient_id: patientId, password }),
        contentTypeHeader,
        extraHeaders,
        async (body, contentType, headers) => {
          await sendAndJudge(
            target.client,
            target.watch,
            { method: 'POST', path: '/api/auth/login', headers: { ...headers, 'content-type': contentType }, body },
            stats,
          );
        },
      ),
      FUZZ_PROPERTY_OPTIONS,
    );
    expect(stats.total).toBeGreaterThanOrEqual(RUNS);
  });

  it(`POST /api/auth/guest: ${RUNS} generated bodies and headers`, async () => {
    const stats = target.statsFor('guest');
    await fc.assert(
      fc.asyncProperty(
        fc.option(bodyText({ role: fc.constant('admin') }), { nil: undefined }),
        contentTypeHeader,
        extraHeaders,
        async (body, contentType, headers) => {
          const response = await sendAndJudge(
            target.client,
            target.watch,
            {
              method: 'POST',
              path: '/api/auth/guest',
              headers: { ...headers, ...(body === undefined ? {} : { 'content-type': contentType }) },
              body,
            },
            stats,
          );
          // Whatever the body says, a guest is a guest.
          if (response.status === 200)
            expect(JSON.parse(response.text)).toMatchObject({ patient_id: null, token_type: 'bearer' });
        },
      ),
      FUZZ_PROPERTY_OPTIONS,
    );
  });

  it(`POST /api/auth/refresh: ${RUNS} generated tokens, bodies and headers`, async () => {
    const stats = target.statsFor('refresh');
    await fc.assert(
      fc.asyncProperty(
        target.authorization(),
        fc.option(bodyText({ session_id: fc.uuid() }), { nil: undefined }),
        contentTypeHeader,
        extraHeaders,
        async (auth, body, contentType, headers) => {
          const response = await sendAndJudge(
            target.client,
            target.watch,
            {
              method: 'POST',
              path: '/api/auth/refresh',
              headers: {
                ...headers,
                ...(body === undefined ? {} : { 'content-type': contentType }),
                ...(await target.authorizationHeader(auth)),
              },
              body,
            },
            stats,
          );
          // Whatever the token claimed besides, a refresh is for the session's own patient and role: never admin.
          if (response.status === 200) {
            const refreshed = JSON.parse(response.text) as { access_token: string; patient_id: string | null };
            const claims = JSON.parse(
              Buffer.from(refreshed.access_token.split('.')[1]!, 'base64url').toString('utf8'),
            ) as Record<string, unknown>;
            expect(['patient', 'guest']).toContain(claims.role);
            if (claims.role === 'patient')
              expect(claims).toMatchObject({ sub: ANCHOR_PATIENT_ID, sid: target.anchor.sessionId });
            else expect(claims.sub).toBeUndefined();
            expect(refreshed.patient_id).toBe(claims.role === 'patient' ? ANCHOR_PATIENT_ID : null);
          }
        },
      ),
      FUZZ_PROPERTY_OPTIONS,
    );
  });

  it(`POST /api/auth/logout: ${RUNS} generated tokens and query strings`, async () => {
    const stats = target.statsFor('logout');
    // The anchor must survive this suite: its own token is swapped for a fresh session's.
    const authorization = target
      .authorization()
      .map((choice) => (choice.kind === 'anchor' ? { kind: 'fresh' as const } : choice));
    await fc.assert(
      fc.asyncProperty(
        authorization,
        queryString({ session_id: fc.uuid() }),
        extraHeaders,
        async (auth, query, headers) => {
          const response = await sendAndJudge(
            target.client,
            target.watch,
            {
              method: 'POST',
              path: `/api/auth/logout${query}`,
              headers: { ...headers, ...(await target.authorizationHeader(auth)) },
            },
            stats,
          );
          if (response.status === 200) expect(auth.kind).toBe('fresh');
        },
      ),
      FUZZ_PROPERTY_OPTIONS,
    );
  });

  it("leaves the anchor patient's session, password and history as they were", async () => {
    expect(await target.anchorHistory()).toEqual(historyBefore);
    const refreshed = await target.json('POST', '/api/auth/refresh', target.anchor.token);
    expect(refreshed.status).toBe(200);
    await target.login();
  });
});
