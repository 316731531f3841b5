import { HttpStatus } from '@nestjs/common';
import type { FastifyInstance } from 'fastify';
import { ProblemException } from '../common/problem/problem.exception.js';

const ALLOWED_METHODS = ['GET', 'POST', 'PUT', 'DELETE', 'OPTIONS'].join(', ');
const ALLOWED_HEADERS = ['Authorization', 'Content-Type', 'X-Request-ID'].join(', ');
/** What the SPA may read of a response: the request id, the timing and the rate-limit state. */
const EXPOSED_HEADERS = [
  'X-Request-ID',
  'X-Process-Time',
  'Retry-After',
  'X-RateLimit-Limit-Minute',
  'X-RateLimit-Remaining-Minute',
  'X-RateLimit-Limit-Hour',
  'X-RateLimit-Remaining-Hour',
].join(', ');
const PREFLIGHT_MAX_AGE_S = '600';
export const INVALID_PREFLIGHT =
  'A CORS preflight (OPTIONS with an Origin) needs an Access-Control-Request-Method header.';

/**
 * CORS for the configured origins only, as @fastify/cors answered it for this one fixed policy
 * (allow-list, no credentials, strict preflight, 204): every response varies on Origin; an
 * allowed Origin gets Access-Control-Allow-Origin and the exposed headers; a preflight from one
 * is answered at once with the methods, headers and max age, and one without its
 * Access-Control-Request-Method is a 400 problem. A request from any other origin, or with none, gets
 * nothing more. One hook with fixed strings: @fastify/cors, through Nest's enableCors(), copied
 * its options, ran a callback and copied headers on every request, 5-10% of the CPU of a probe.
 */
export function registerCors(fastify: FastifyInstance, origins: readonly string[]): void {
  const allowed = new Set(origins);
  fastify.addHook('onRequest', (request, reply, done) => {
    void reply.header('vary', 'Origin');
    const origin = request.headers.origin;
    if (origin === undefined || !allowed.has(origin)) return done();
    void reply.header('access-control-allow-origin', origin);
    void reply.header('access-control-expose-headers', EXPOSED_HEADERS);
    if (request.method !== 'OPTIONS') return done();
    if (request.headers['access-control-request-method'] === undefined) {
      // A problem like every other refused request (@fastify/cors answered plain text).
      return done(new ProblemException(HttpStatus.BAD_REQUEST, INVALID_PREFLIGHT));
    }
    void reply
      .header('access-control-allow-methods', ALLOWED_METHODS)
      .header('access-control-allow-headers', ALLOWED_HEADERS)
      .header('access-control-max-age', PREFLIGHT_MAX_AGE_S)
      .code(204)
      .header('content-length', '0')
      .send();
  });
  // As @fastify/cors did: OPTIONS matches on every path, so the hook above sees each preflight;
  // one it did not answer (no allowed Origin) is a 404, as without CORS.
  fastify.options('*', (_request, reply) => {
    reply.callNotFound();
  });
}
