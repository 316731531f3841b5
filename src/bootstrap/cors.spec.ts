import { Logger } from '@nestjs/common';
import Fastify, { type FastifyInstance } from 'fastify';
import { sendProblem } from '../common/filters/send-problem.js';
import { PROBLEM_CONTENT_TYPE } from '../common/problem/problem-details.js';
import { INVALID_PREFLIGHT, registerCors } from './cors.js';

const ALLOWED = 'https://spa.medchat.example';
const OTHER = 'https://evil.example';

describe('registerCors', () => {
  let fastify: FastifyInstance;

  beforeAll(async () => {
    fastify = Fastify();
    // As the app does: every error, a hook's too, becomes a problem.
    fastify.setErrorHandler((error, request, reply) => sendProblem(error, request, reply, new Logger('CorsSpec')));
    registerCors(fastify, [ALLOWED]);
    fastify.get('/api/thing', async () => ({ ok: true }));
    await fastify.ready();
  });

  afterAll(() => fastify.close());

  const preflight = (origin: string, headers: Record<string, string> = { 'access-control-request-method': 'POST' }) =>
    fastify.inject({ method: 'OPTIONS', url: '/api/thing', headers: { origin, ...headers } });

  it('answers an allowed origin with its own origin and the headers the SPA may read', async () => {
    const response = await fastify.inject({ method: 'GET', url: '/api/thing', headers: { origin: ALLOWED } });
    expect(response.statusCode).toBe(200);
    expect(response.headers['access-control-allow-origin']).toBe(ALLOWED);
    expect(response.headers['access-control-expose-headers']).toContain('X-Request-ID');
    expect(response.headers['access-control-allow-credentials']).toBeUndefined();
    expect(response.headers.vary).toBe('Origin');
  });

  it("answers an allowed origin's preflight at once: 204 with the methods, headers and max age", async () => {
    const response = await preflight(ALLOWED);
    expect(response.statusCode).toBe(204);
    expect(response.headers).toMatchObject({
      'access-control-allow-origin': ALLOWED,
      'access-control-allow-methods': 'GET, POST, PUT, DELETE, OPTIONS',
      'access-control-allow-headers': 'Authorization, Content-Type, X-Request-ID',
      'access-control-max-age': '600',
    });
    expect(response.body).toBe('');
  });

  it('refuses a preflight without Access-Control-Request-Method with a 400 problem', async () => {
    const response = await preflight(ALLOWED, {});
    expect(response.statusCode).toBe(400);
    expect(response.headers['content-type']).toContain(PROBLEM_CONTENT_TYPE);
    expect(response.json()).toMatchObject({ status: 400, detail: INVALID_PREFLIGHT });
    // The SPA can read the refusal: it came from an allowed origin.
    expect(response.headers['access-control-allow-origin']).toBe(ALLOWED);
  });

  it('gives any other origin, or none, nothing of CORS; their preflights are not found', async () => {
    for (const headers of [{ origin: OTHER }, {}]) {
      const response = await fastify.inject({ method: 'GET', url: '/api/thing', headers });
      expect(response.statusCode).toBe(200);
      expect(response.headers['access-control-allow-origin']).toBeUndefined();
      expect(response.headers['access-control-expose-headers']).toBeUndefined();
      expect(response.headers.vary).toBe('Origin');
    }
    const refused = await preflight(OTHER);
    expect(refused.statusCode).toBe(404);
    expect(refused.headers['access-control-allow-origin']).toBeUndefined();
    expect(refused.headers['access-control-allow-methods']).toBeUndefined();
  });
});
