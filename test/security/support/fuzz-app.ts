import { randomUUID } from 'node:crypto';
import fc from 'fast-check';
import { FakeOllama } from '../../support/fake-ollama.js';
import { startTestApp, TEST_ENV, type TestApp } from '../../support/test-app.js';
import { FuzzStats, RawClient, signJwt, signJwtText, StoreWatch, unsignedJwt, type RawResponse } from './fuzz-kit.js';

export const ADMIN_API_KEY = 'fuzz-admin-key-0123456789abcdefghijklmnopqrstuv';
export const JWT_SECRET = TEST_ENV.JWT_SECRET!;
export const ANCHOR_PATIENT_ID = 'Anchor12_Fuzzed34_aff8f143-2375-416f-901d-b0e4c73e3e58';
export const ANCHOR_PASSWORD = 'correct horse battery staple';
/** Runs per endpoint property (the issue asks for at least 300 generated bodies each). */
export const RUNS = 300;
/**
 * A generous limit for one property (RUNS real requests, some of them whole chat turns): on a
 * loaded 2-core machine one took over the default 60 s, and a property that times out keeps
 * sending requests into the next test.
 */
export const FUZZ_TEST_TIMEOUT_MS = 300_000;
/**
 * fast-check options of every fuzz property: RUNS cases, and no new case once the property has
 * run for 30 s less than its test may (counted as a failure), so a slow property fails on its
 * own instead of sending requests into the next test after Jest gives up on it.
 */
export const FUZZ_PROPERTY_OPTIONS = {
  numRuns: RUNS,
  interruptAfterTimeLimit: FUZZ_TEST_TIMEOUT_MS - 30_000,
  markInterruptAsFailure: true,
} as const;

export interface Session {
  token: string;
  sessionId: string;
  patientId: string | null;
}

/**
 * One app per fuzz suite, configured like production (sign-in needs a password, admin key set),
 * with a fake Ollama so chat turns that pass validation really run. The anchor patient has a
 * password and a session whose history the suites check is untouched at the end.
 */
export class FuzzTarget {
  readonly ollama = new FakeOllama();
  app!: TestApp;
  client!: RawClient;
  watch!: StoreWatch;
  anchor!: Session;
  readonly stats = new Map<string, FuzzStats>();

  async start(env: Record<string, string> = {}): Promise<void> {
    await this.ollama.start();
    this.app = await startTestApp({
      OLLAMA_BASE_URL: this.ollama.url,
      OLLAMA_TIMEOUT_MS: '5000',
      OLLAMA_MAX_RETRIES: '0',
      ADMIN_API_KEY,
      AUTH_PATIENT_ID_ONLY: 'false',
      LOGIN_MAX_FAILURES: '50',
      RATE_LIMIT_PER_MINUTE: '1000000',
      RATE_LIMIT_PER_HOUR: '1000000',
      LOG_LEVEL: 'warn',
      ...env,
    });
    this.client = new RawClient(this.app.url);
    this.watch = new StoreWatch(this.app);
    const imported = await this.json('POST', '/api/admin/patients/import', ADMIN_API_KEY, anchorBundle());
    if (imported.status !== 201) throw new Error(`anchor import failed: ${imported.status} ${imported.text}`);
    const password = await this.json('PUT', `/api/admin/patients/${ANCHOR_PATIENT_ID}/password`, ADMIN_API_KEY, {
      password: ANCHOR_PASSWORD,
    });
    if (password.status !== 204) throw new Error(`anchor password failed: ${password.status} ${password.text}`);
    this.anchor = await this.login();
    const first = await this.json('POST', '/api/chat/message', this.anchor.token, {
      message: 'Anchor question: how much water should I drink?',
    });
    if (first.status !== 200) throw new Error(`anchor message failed: ${first.status} ${first.text}`);
  }

  async stop(): Promise<void> {
    this.client?.close();
    await this.app?.close();
    await this.ollama.stop();
    for (const [name, stats] of this.stats)
      process.stdout.write(`fuzz ${name}: ${stats.total} requests (${stats.summary()})\n`);
  }

  statsFor(name: string): FuzzStats {
    let stats = this.stats.get(name);
    if (!stats) this.stats.set(name, (stats = new FuzzStats()));
    return stats;
  }

  async json(method: string, path: string, bearer: string | undefined, body?: unknown): Promise<RawResponse> {
    return this.client.send({
      method,
      path,
      headers: {
        ...(bearer ? { authorization: `Bearer ${bearer}` } : {}),
        ...(body === undefined ? {} : { 'content-type': 'application/json' }),
      },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
  }

  async login(): Promise<Session> {
    const answer = await this.json('POST', '/api/auth/login', undefined, {
      patient_id: ANCHOR_PATIENT_ID,
      password: ANCHOR_PASSWORD,
    });
    if (answer.status !== 200) throw new Error(`login failed: ${answer.status} ${answer.text}`);
    const body = JSON.parse(answer.text) as { access_token: string; session_id: string; patient_id: string };
    return { token: body.access_token, sessionId: body.session_id, patientId: body.patient_id };
  }

  /** A session of its own (a guest's), for requests that may end or change it. */
  async freshGuest(): Promise<Session> {
    const answer = await this.json('POST', '/api/auth/guest', undefined);
    if (answer.status !== 200) throw new Error(`guest sign-in failed: ${answer.status} ${answer.text}`);
    const body = JSON.parse(answer.text) as { access_token: string; session_id: string };
    return { token: body.access_token, sessionId: body.session_id, patientId: null };
  }

  /** The anchor's history as stored, to compare before and after a suite. */
  async anchorHistory(): Promise<unknown> {
    const answer = await this.json('GET', '/api/chat/history?limit=100', this.anchor.token);
    if (answer.status !== 200) throw new Error(`anchor history: ${answer.status} ${answer.text}`);
    return (JSON.parse(answer.text) as { messages: unknown }).messages;
  }

  /**
   * The Authorization header of a case: the anchor's token, a session of the case's own, the
   * admin key, nothing, or forged and malformed tokens (some naming the anchor's session).
   */
  authorization(): fc.Arbitrary<AuthChoice> {
    const anchorClaims = () => ({
      sid: this.anchor.sessionId,
      role: 'patient',
      sub: ANCHOR_PATIENT_ID,
      exp: Math.floor(Date.now() / 1000) + 600,
    });
    return fc.oneof(
      { weight: 4, arbitrary: fc.constant<AuthChoice>({ kind: 'anchor' }) },
      { weight: 3, arbitrary: fc.constant<AuthChoice>({ kind: 'fresh' }) },
      { weight: 1, arbitrary: fc.constant<AuthChoice>({ kind: 'none' }) },
      { weight: 1, arbitrary: fc.constant<AuthChoice>({ kind: 'raw', header: `Bearer ${ADMIN_API_KEY}` }) },
      {
        weight: 4,
        arbitrary: fc
          .constantFrom(
            () => 'Bearer',
            () => 'Bearer ',
            () => 'bearer  x',
            () => 'Basic YWRtaW46YWRtaW4=',
            () => 'Bearer a.b.c',
            () => `Bearer ${'x'.repeat(4000)}`,
            () => `Bearer ${unsignedJwt(anchorClaims())}`,
            () => `Bearer ${signJwt(anchorClaims(), 'not-the-secret-but-long-enough-for-hs256-0123456789')}`,
            () => `Bearer ${signJwt(anchorClaims(), JWT_SECRET, { alg: 'HS512', typ: 'JWT' })}`,
            () => `Bearer ${signJwt({ ...anchorClaims(), exp: Math.floor(Date.now() / 1000) - 60 }, JWT_SECRET)}`,
            () => `Bearer ${signJwt({ ...anchorClaims(), role: 'admin' }, JWT_SECRET)}`,
            () => `Bearer ${signJwt({ ...anchorClaims(), sid: { $ne: null } }, JWT_SECRET)}`,
            () => `Bearer ${signJwt({ ...anchorClaims(), sub: { $ne: null } }, JWT_SECRET)}`,
            () =>
              `Bearer ${signJwt({ ...anchorClaims(), sub: 'Other12_Person34_aff8f143-2375-416f-901d-b0e4c73e3e58' }, JWT_SECRET)}`,
            () => `Bearer ${signJwt({ ...anchorClaims(), sid: randomUUID() }, JWT_SECRET)}`,
            () =>
              `Bearer ${signJwt({ sid: this.anchor.sessionId, role: 'guest', exp: Math.floor(Date.now() / 1000) + 600 }, JWT_SECRET)}`,
            () => `Bearer ${signJwt(['not', 'an', 'object'], JWT_SECRET)}`,
            // Validly signed, prototype keys among the claims, naming a session that does not exist.
            () =>
              `Bearer ${signJwtText(`{"__proto__":{"role":"admin"},"sid":"${randomUUID()}","exp":${anchorClaims().exp}}`, JWT_SECRET)}`,
            () =>
              `Bearer ${signJwtText(`{"constructor":{"prototype":{"role":"admin"}},"sid":"${randomUUID()}","role":"patient","sub":"${ANCHOR_PATIENT_ID}","exp":${anchorClaims().exp}}`, JWT_SECRET)}`,
          )
          .map((make) => ({ kind: 'raw', header: make() }) as AuthChoice),
      },
      {
        weight: 1,
        arbitrary: fc
          .string({ maxLength: 80 })
          .filter((text) => /^[\x20-\x7e]*$/.test(text))
          .map((header) => ({ kind: 'raw', header }) as AuthChoice),
      },
    );
  }

  /**
   * Turns a choice into headers; `fresh` signs in a guest for this case alone. `anchorToken`
   * stands in for the anchor's own token where a suite's requests would change its session.
   */
  async authorizationHeader(choice: AuthChoice, anchorToken = this.anchor.token): Promise<Record<string, string>> {
    switch (choice.kind) {
      case 'anchor':
        return { authorization: `Bearer ${anchorToken}` };
      case 'fresh':
        return { authorization: `Bearer ${(await this.freshGuest()).token}` };
      case 'none':
        return {};
      case 'raw':
        return { authorization: choice.header };
    }
  }
}

export type AuthChoice = { kind: 'anchor' | 'fresh' | 'none' } | { kind: 'raw'; header: string };

/** A one-patient FHIR bundle for the anchor account. */
function anchorBundle(): unknown {
  return {
    resourceType: 'Bundle',
    type: 'collection',
    entry: [
      {
        fullUrl: 'urn:uuid:aff8f143-2375-416f-901d-b0e4c73e3e58',
        resource: {
          resourceType: 'Patient',
          id: 'aff8f143-2375-416f-901d-b0e4c73e3e58',
          name: [{ use: 'official', given: ['Anchor12'], family: 'Fuzzed34' }],
          gender: 'female',
          birthDate: '1980-01-01',
        },
      },
    ],
  };
}
