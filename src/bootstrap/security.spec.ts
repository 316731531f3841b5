import { securityHeaders } from './security.js';

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
