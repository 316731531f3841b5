import { newPatientId } from '../chat/chat-client.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

interface Answer {
  status: number;
  type: string;
  headers: Headers;
  body: any;
}

/** Fields that differ between any two requests, whatever their path. */
const PER_REQUEST = [
  'request_id',
  'instance',
  'timestamp',
  'access_token',
  'session_id',
  'patient_id',
  'expires_in',
  'responseTime',
];

/** Per-request values reduced to their type; a path the answer echoes (a 404's detail) read as unversioned. */
function comparable(body: unknown): unknown {
  if (Array.isArray(body)) return body.map(comparable);
  if (typeof body === 'string') return body.replaceAll('/api/v1/', '/api/');
  if (body === null || typeof body !== 'object') return body;
  return Object.fromEntries(
    Object.entries(body).map(([key, value]) => [key, PER_REQUEST.includes(key) ? typeof value : comparable(value)]),
  );
}

describe('/api/v1/… serves every route of /api/…', () => {
  let app: TestApp;

  beforeAll(async () => {
    app = await startTestApp({ AUTH_PATIENT_ID_ONLY: 'true', RATE_LIMIT_PER_MINUTE: '50' });
  });
  afterAll(async () => {
    await app?.close();
  });

  async function call(method: string, path: string, options: { token?: string; body?: unknown } = {}): Promise<Answer> {
    const response = await fetch(`${app.url}${path}`, {
      method,
      headers: {
        ...(options.token ? { authorization: `Bearer ${options.token}` } : {}),
        ...(options.body === undefined ? {} : { 'content-type': 'application/json' }),
      },
      body: options.body === undefined ? undefined : JSON.stringify(options.body),
    });
    const text = await response.text();
    return {
      status: response.status,
      type: response.headers.get('content-type') ?? '',
      headers: response.headers,
      body: text ? JSON.parse(text) : undefined,
    };
  }

  /** The same request under both prefixes: same status, content type and body (per-request values aside). */
  async function both(
    method: string,
    path: string,
    options: { token?: string; body?: unknown } = {},
  ): Promise<[Answer, Answer]> {
    const unversioned = await call(method, `/api${path}`, options);
    const versioned = await call(method, `/api/v1${path}`, options);
    expect({ status: versioned.status, type: versioned.type, body: comparable(versioned.body) }).toEqual({
      status: unversioned.status,
      type: unversioned.type,
      body: comparable(unversioned.body),
    });
    return [unversioned, versioned];
  }

  it('health, liveness and readiness', async () => {
    for (const path of ['/health', '/health/live', '/health/ready']) {
      const [unversioned] = await both('GET', path);
      expect(unversioned.status).toBe(200);
    }
  });

  it('upload limits', async () => {
    const [unversioned, versioned] = await both('GET', '/upload/limits');
    expect(versioned.body).toEqual(unversioned.body);
  });

  it('sign-in: a token from either prefix works on the other', async () => {
    const patientId = newPatientId();
    const [unversioned, versioned] = await both('POST', '/auth/login', { body: { patient_id: patientId } });
    expect(versioned.body).toMatchObject({ token_type: 'bearer', patient_id: patientId });
    expect((await call('GET', '/api/v1/chat/history', { token: unversioned.body.access_token })).status).toBe(200);
    expect((await call('GET', '/api/chat/history', { token: versioned.body.access_token })).status).toBe(200);
  });

  it('chat history, query string included', async () => {
    const login = await call('POST', '/api/v1/auth/login', { body: { patient_id: newPatientId() } });
    const [unversioned, versioned] = await both('GET', '/chat/history?limit=5&scope=session', {
      token: login.body.access_token,
    });
    expect(versioned.body).toEqual(unversioned.body);
    expect(unversioned.body).toMatchObject({ messages: [], session_id: login.body.session_id });
  });

  it('auth and validation problems', async () => {
    const [unauthenticated] = await both('GET', '/chat/history');
    expect(unauthenticated.status).toBe(401);
    const [invalid, invalidV1] = await both('POST', '/auth/login', {
      body: { patient_id: 'not a patient id', extra: 1 },
    });
    expect(invalid.status).toBe(422);
    expect(invalidV1.body.errors).toEqual(invalid.body.errors);
  });

  it('an unknown route is the same 404 problem, whose instance is the path the client asked for', async () => {
    const [unversioned, versioned] = await both('GET', '/no-such-route?x=1');
    expect(unversioned.status).toBe(404);
    expect(unversioned.type).toMatch(/^application\/problem\+json/);
    expect(unversioned.body.instance).toBe('/api/no-such-route');
    expect(versioned.body.instance).toBe('/api/v1/no-such-route');
    expect(versioned.body.detail).toContain('/api/v1/no-such-route');
    expect(versioned.headers.get('x-request-id')).toBeTruthy();
  });

  it('only the exact /api/v1 segment is an alias', async () => {
    expect((await call('GET', '/api/v1x/health/live')).status).toBe(404);
    expect((await call('GET', '/api/v2/health/live')).status).toBe(404);
    expect((await call('GET', '/v1/health/live')).status).toBe(404);
  });

  it('both prefixes count against one rate limit (alternating cannot double it)', async () => {
    const login = await call('POST', '/api/auth/login', { body: { patient_id: newPatientId() } });
    const token = login.body.access_token;
    const remaining = async (path: string) =>
      Number((await call('GET', path, { token })).headers.get('x-ratelimit-remaining-minute'));
    const first = await remaining('/api/chat/history');
    expect(await remaining('/api/v1/chat/history')).toBe(first - 1);
    expect(await remaining('/api/chat/history')).toBe(first - 2);
  });

  it('metrics name the route template once, whichever prefix was used', async () => {
    await call('GET', '/api/v1/upload/limits');
    const exposition = await (await fetch(`${app.url}/metrics`)).text();
    expect(exposition).toMatch(/route="\/api\/upload\/limits"/);
    expect(exposition).not.toMatch(/route="\/api\/v1\//);
  });
});

describe('the OpenAPI document is v1', () => {
  let app: TestApp;
  let document: Record<string, any>;

  beforeAll(async () => {
    app = await startTestApp();
    document = (await (await fetch(`${app.url}/docs-json`)).json()) as Record<string, any>;
  });
  afterAll(async () => {
    await app?.close();
  });

  it('lists every API path under /api/v1 and states the /api alias', () => {
    const paths = Object.keys(document.paths);
    expect(paths).toEqual(
      expect.arrayContaining([
        '/api/v1/health/ready',
        '/api/v1/auth/login',
        '/api/v1/chat/history',
        '/api/v1/upload/limits',
        '/metrics',
      ]),
    );
    expect(paths.filter((path) => path !== '/metrics' && !path.startsWith('/api/v1/'))).toEqual([]);
    expect(document.info.description).toContain('/api/v1/');
    expect(document.info.description).toMatch(/alias/);
  });

  it('every documented v1 GET path without parameters answers (no 404) on the running app', async () => {
    const plain = Object.entries(document.paths).filter(
      ([path, item]) => !path.includes('{') && (item as Record<string, unknown>).get,
    );
    expect(plain.length).toBeGreaterThan(3);
    for (const [path] of plain) {
      const response = await fetch(`${app.url}${path}`);
      expect({ path, status: response.status === 404 ? 404 : 'routed' }).toEqual({ path, status: 'routed' });
    }
  });
});
