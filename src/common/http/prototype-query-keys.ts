import { HttpStatus } from '@nestjs/common';
import type { FastifyInstance } from 'fastify';
import { ProblemException } from '../problem/problem.exception.js';

/**
 * Whether the parsed query has a parameter named after prototype machinery (never a field: no
 * endpoint has a parameter called that). Three own-property lookups rather than listing the
 * query's keys: no array made per request, and most requests have no query at all.
 */
function hasPrototypeKey(query: object): boolean {
  return Object.hasOwn(query, '__proto__') || Object.hasOwn(query, 'constructor') || Object.hasOwn(query, 'prototype');
}

/**
 * Refuses (400) a query string with a `__proto__`, `constructor` or `prototype` parameter, as
 * Fastify's JSON parser refuses those keys in bodies. The ValidationPipe does not: class-transformer
 * skips such keys, so `?constructor=x` passed forbidNonWhitelisted silently.
 */
export function registerPrototypeQueryKeyGuard(fastify: FastifyInstance): void {
  fastify.addHook('preValidation', (request, _reply, done) => {
    const query = request.query;
    if (typeof query !== 'object' || query === null || !hasPrototypeKey(query)) return done();
    done(
      new ProblemException(
        HttpStatus.BAD_REQUEST,
        'The query string has a parameter named __proto__, constructor or prototype, which no endpoint accepts.',
      ),
    );
  });
}
