import { HttpStatus } from '@nestjs/common';
import type { FastifyInstance } from 'fastify';
import { ProblemException } from '../problem/problem.exception.js';

/** Names of prototype machinery, never of a field: no endpoint has a parameter called that. */
const PROTOTYPE_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

/**
 * Refuses (400) a query string with a `__proto__`, `constructor` or `prototype` parameter, as
 * Fastify's JSON parser refuses those keys in bodies. The ValidationPipe does not: class-transformer
 * skips such keys, so `?constructor=x` passed forbidNonWhitelisted silently.
 */
export function registerPrototypeQueryKeyGuard(fastify: FastifyInstance): void {
  fastify.addHook('preValidation', (request, _reply, done) => {
    const query = request.query;
    if (typeof query !== 'object' || query === null || !Object.keys(query).some((key) => PROTOTYPE_KEYS.has(key)))
      return done();
    done(
      new ProblemException(
        HttpStatus.BAD_REQUEST,
        'The query string has a parameter named __proto__, constructor or prototype, which no endpoint accepts.',
      ),
    );
  });
}
