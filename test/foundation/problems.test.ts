import { startTestApp, type TestApp } from '../support/test-app.js';

const PROBLEM = 'application/problem+json';

async function problemOf(response: Response) {
  expect(response.headers.get('content-type')).toContain(PROBLEM);
  const body = (await response.json()) as Record<string, any>;
  expect(body).toMatchObject({
    type: expect.any(String),
    title: expect.any(String),
    status: response.status,
    detail: expect.any(String),
  });
  expect(body.request_id).toBe(response.headers.get('x-request-id'));
  expect(body.detail.length).toBeGreaterThan(10);
  return body;
}

describe('problem+json errors', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp({ RATE_LIMIT_PER_MINUTE: '3', BODY_LIMIT_BYTES: '2048' });
  });
  afterAll(() => app.close());

  it('404 for an unknown route', async () => {
    const response = await fetch(`${app.url}/api/nothing-here?x=1`);
    expect(response.status).toBe(404);
    const body = await problemOf(response);
    expect(body.instance).toBe('/api/nothing-here');
    expect(body.detail).toContain('/api/nothing-here');
  });

  it('400 for malformed JSON', async () => {
    const response = await fetch(`${app.url}/api/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{"patient_id": "Adam631_',
    });
    expect(response.status).toBe(400);
    expect((await problemOf(response)).detail).toMatch(/not valid JSON/);
  });

  it('422 with field errors for a body that fails validation', async () => {
    const response = await fetch(`${app.url}/api/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ patient_id: 42, unexpected: true }),
    });
    expect(response.status).toBe(422);
    const body = await problemOf(response);
    expect(body.errors).toEqual(
      expect.arrayContaining([expect.objectContaining({ field: 'patient_id', message: expect.any(String) })]),
    );
    expect(body.errors.map((e: { field: string }) => e.field)).toContain('unexpected');
  });

  it.each([
    ['text/plain', 'I have a headache'],
    ['text/html', '<p>I have a headache</p>'],
    ['application/xml', '<message>I have a headache</message>'],
  ])('415 for a %s body, before anything reads it', async (contentType, body) => {
    const response = await fetch(`${app.url}/api/chat/message`, {
      method: 'POST',
      headers: { 'content-type': contentType },
      body,
    });
    expect(response.status).toBe(415);
    expect((await problemOf(response)).detail).toMatch(/Content-Type/);
  });

  it('413 for a body over the limit', async () => {
    const response = await fetch(`${app.url}/api/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ patient_id: 'x'.repeat(4096) }),
    });
    expect(response.status).toBe(413);
    await problemOf(response);
  });

  it('429 with Retry-After once the per-minute limit is spent, with X-RateLimit headers before it', async () => {
    const guest = () => fetch(`${app.url}/api/auth/guest`, { method: 'POST' });
    const statuses: number[] = [];
    let last: Response | undefined;
    for (let i = 0; i < 6; i += 1) {
      last = await guest();
      statuses.push(last.status);
      if (last.status === 200) {
        expect(last.headers.get('x-ratelimit-limit-minute')).toBe('3');
        expect(last.headers.get('x-ratelimit-remaining-minute')).toMatch(/^\d+$/);
        expect(last.headers.get('x-ratelimit-limit-hour')).toMatch(/^\d+$/);
        expect(last.headers.get('x-ratelimit-remaining-hour')).toMatch(/^\d+$/);
      }
      if (last.status === 429) break;
    }
    expect(statuses.filter((s) => s === 200).length).toBeLessThanOrEqual(3);
    expect(last!.status).toBe(429);
    expect(Number(last!.headers.get('retry-after'))).toBeGreaterThan(0);
    expect((await problemOf(last!)).detail).toMatch(/Too many requests/);
  });

  it('does not rate-limit health checks', async () => {
    for (let i = 0; i < 10; i += 1) {
      const response = await fetch(`${app.url}/api/health/live`);
      expect(response.status).toBe(200);
      expect(response.headers.get('x-ratelimit-limit-minute')).toBeNull();
    }
  });
});
