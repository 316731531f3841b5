import { request as httpRequest } from 'node:http';
import { startTestApp, type TestApp } from '../support/test-app.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

describe('request pipeline', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp({ CORS_ORIGINS: 'https://spa.medchat.example' });
  });
  afterAll(() => app.close());

  const live = (headers: Record<string, string> = {}) => fetch(`${app.url}/api/health/live`, { headers });

  /** The raw header lines of one GET, in the order the server wrote them. */
  const rawHeaders = (path: string, headers: Record<string, string> = {}) =>
    new Promise<string[]>((resolve, reject) => {
      const sent = httpRequest(`${app.url}${path}`, { headers }, (response) => {
        response.resume();
        response.on('end', () => resolve(response.rawHeaders));
      });
      sent.on('error', reject);
      sent.end();
    });
  const pairs = (raw: string[]) => raw.flatMap((name, index) => (index % 2 === 0 ? [[name, raw[index + 1]]] : []));

  // Every header of a probe's answer, its value and its place, as sessions up to 41 sent them:
  // a change to how the pipeline writes headers (one precomputed set, fewer hooks) must leave
  // the bytes a client reads alike. Only the date, the request id and the time vary.
  it('answers the liveness probe with exactly the same headers, in the same order', async () => {
    const headers = pairs(await rawHeaders('/api/health/live', { origin: 'https://spa.medchat.example' }));
    const variable = new Map([
      ['x-request-id', UUID],
      ['x-process-time', /^\d+\.\d{3}$/],
      // Date is written by Node itself, capitalised (as are Connection and Keep-Alive, which do not vary).
      ['Date', /^[A-Z][a-z]{2}, \d{2} [A-Z][a-z]{2} \d{4} \d{2}:\d{2}:\d{2} GMT$/],
    ]);
    for (const [name, value] of headers) if (variable.has(name!)) expect(value).toMatch(variable.get(name!)!);
    expect(headers.map(([name, value]) => (variable.has(name!) ? [name, '…'] : [name, value]))).toEqual([
      [
        'content-security-policy',
        "default-src 'self';base-uri 'self';font-src 'self' https: data:;form-action 'self';frame-ancestors 'none';img-src 'self' data: validator.swagger.io;object-src 'none';script-src 'self';script-src-attr 'none';style-src 'self' 'unsafe-inline';upgrade-insecure-requests;connect-src 'self'",
      ],
      ['cross-origin-resource-policy', 'same-origin'],
      ['referrer-policy', 'no-referrer'],
      ['strict-transport-security', 'max-age=31536000; includeSubDomains'],
      ['x-content-type-options', 'nosniff'],
      ['x-frame-options', 'DENY'],
      ['x-permitted-cross-domain-policies', 'none'],
      ['cache-control', 'no-store'],
      ['vary', 'Origin'],
      ['access-control-allow-origin', 'https://spa.medchat.example'],
      [
        'access-control-expose-headers',
        'X-Request-ID, X-Process-Time, Retry-After, X-RateLimit-Limit-Minute, X-RateLimit-Remaining-Minute, X-RateLimit-Limit-Hour, X-RateLimit-Remaining-Hour',
      ],
      ['content-type', 'application/json; charset=utf-8'],
      ['x-request-id', '…'],
      ['x-process-time', '…'],
      ['content-length', '15'],
      ['Date', '…'],
      ['Connection', 'keep-alive'],
      ['Keep-Alive', 'timeout=5'],
    ]);
  });

  it('echoes a sane X-Request-ID', async () => {
    const response = await live({ 'x-request-id': 'spa-1234.abc_DEF' });
    expect(response.headers.get('x-request-id')).toBe('spa-1234.abc_DEF');
  });

  it.each([
    ['absent', undefined],
    ['with spaces', 'not a sane id'],
    ['with markup', '<script>alert(1)</script>'],
    ['too long', 'a'.repeat(129)],
  ])('generates a UUID when the incoming id is %s', async (_label, incoming) => {
    const response = await live(incoming === undefined ? {} : { 'x-request-id': incoming });
    expect(response.headers.get('x-request-id')).toMatch(UUID);
  });

  it('puts the request id in the log lines of that request', async () => {
    await live({ 'x-request-id': 'trace-me-42' });
    const lines = app.logs.entries().filter((entry) => entry.request_id === 'trace-me-42');
    expect(lines.length).toBeGreaterThan(0);
    expect(lines[0]).toMatchObject({ route: '/api/health/live', status: 200, method: 'GET' });
  });

  it('reports X-Process-Time in seconds', async () => {
    const response = await live();
    expect(response.headers.get('x-process-time')).toMatch(/^\d+\.\d{3}$/);
  });

  it('sends the security headers', async () => {
    const response = await live();
    expect(response.headers.get('content-security-policy')).toContain("default-src 'self'");
    expect(response.headers.get('strict-transport-security')).toContain('max-age=');
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('x-frame-options')).toBe('DENY');
    expect(response.headers.get('referrer-policy')).toBe('no-referrer');
  });

  it('lets no browser or proxy store an answer, a problem+json error included', async () => {
    expect((await live()).headers.get('cache-control')).toBe('no-store');
    const unauthorised = await fetch(`${app.url}/api/chat/history`);
    expect(unauthorised.status).toBe(401);
    expect(unauthorised.headers.get('cache-control')).toBe('no-store');
    const unknown = await fetch(`${app.url}/api/nothing-here`);
    expect(unknown.headers.get('cache-control')).toBe('no-store');
  });

  it('adds the headers that act only on a rendered document to a response that is not JSON', async () => {
    const json = await live();
    expect(json.headers.get('x-dns-prefetch-control')).toBeNull();
    expect(json.headers.get('cross-origin-opener-policy')).toBeNull();
    const page = await fetch(`${app.url}/docs`);
    expect(page.headers.get('content-type')).toContain('text/html');
    expect(page.headers.get('x-dns-prefetch-control')).toBe('off');
    expect(page.headers.get('cross-origin-opener-policy')).toBe('same-origin');
    expect(page.headers.get('origin-agent-cluster')).toBe('?1');
    expect(page.headers.get('x-xss-protection')).toBe('0');
    expect(page.headers.get('x-download-options')).toBe('noopen');
    expect(page.headers.get('content-security-policy')).toContain("default-src 'self'");
    expect(page.headers.get('x-frame-options')).toBe('DENY');
  });

  it('allows CORS only for configured origins', async () => {
    const allowed = await live({ origin: 'https://spa.medchat.example' });
    expect(allowed.headers.get('access-control-allow-origin')).toBe('https://spa.medchat.example');
    const refused = await live({ origin: 'https://evil.example' });
    expect(refused.headers.get('access-control-allow-origin')).toBeNull();
    const preflight = await fetch(`${app.url}/api/chat/message`, {
      method: 'OPTIONS',
      headers: { origin: 'https://evil.example', 'access-control-request-method': 'POST' },
    });
    expect(preflight.headers.get('access-control-allow-origin')).toBeNull();
  });
});
