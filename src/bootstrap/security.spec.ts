import { isJsonContentType, securityHeaders, splitSecurityHeaders } from './security.js';

describe('securityHeaders', () => {
  const headers = new Map(securityHeaders());

  it('are the headers the API promises, worked out once', () => {
    expect(headers.get('content-security-policy')).toBe(
      "default-src 'self';base-uri 'self';font-src 'self' https: data:;form-action 'self';frame-ancestors 'none';img-src 'self' data: validator.swagger.io;object-src 'none';script-src 'self';script-src-attr 'none';style-src 'self' 'unsafe-inline';upgrade-insecure-requests;connect-src 'self'",
    );
    expect(headers.get('strict-transport-security')).toBe('max-age=31536000; includeSubDomains');
    expect(headers.get('x-content-type-options')).toBe('nosniff');
    expect(headers.get('x-frame-options')).toBe('DENY');
    expect(headers.get('referrer-policy')).toBe('no-referrer');
    expect(headers.has('cross-origin-embedder-policy')).toBe(false);
  });

  it('names every header in lower case, once', () => {
    const names = securityHeaders().map(([name]) => name);
    expect(names.every((name) => name === name.toLowerCase())).toBe(true);
    expect(new Set(names).size).toBe(names.length);
  });
});

describe('splitSecurityHeaders', () => {
  const { everyResponse, documentsOnly } = splitSecurityHeaders(securityHeaders());
  const names = (headers: ReadonlyArray<readonly [string, string]>) => headers.map(([name]) => name).sort();

  it('keeps on every response what OWASP asks of an API response, and what the API promises', () => {
    expect(names(everyResponse)).toEqual([
      'content-security-policy',
      'cross-origin-resource-policy',
      'referrer-policy',
      'strict-transport-security',
      'x-content-type-options',
      'x-frame-options',
      'x-permitted-cross-domain-policies',
    ]);
  });

  it('leaves only the headers that act on a rendered document to non-JSON responses', () => {
    expect(names(documentsOnly)).toEqual([
      'cross-origin-opener-policy',
      'origin-agent-cluster',
      'x-dns-prefetch-control',
      'x-download-options',
      'x-xss-protection',
    ]);
    expect(everyResponse.length + documentsOnly.length).toBe(securityHeaders().length);
  });
});

describe('isJsonContentType', () => {
  it.each(['application/json', 'application/json; charset=utf-8', 'application/problem+json', 'Application/JSON'])(
    '%s is JSON',
    (type) => expect(isJsonContentType(type)).toBe(true),
  );

  it.each([
    'text/html; charset=utf-8',
    'application/javascript',
    'text/plain; version=0.0.4',
    'application/jsonp',
    'application/octet-stream',
    'text/event-stream',
    undefined,
  ])('%s is not', (type) => expect(isJsonContentType(type)).toBe(false));
});
