import { HttpStatus } from '@nestjs/common';
import type { FastifyInstance } from 'fastify';
import { ProblemException } from '../problem/problem.exception.js';

/**
 * The deepest nesting of objects and arrays a JSON body may have. Real bodies (chat messages,
 * FHIR bundles) stay within a dozen levels. class-transformer, which the ValidationPipe runs,
 * recurses once per level and overflows the stack at a few thousand: a 10 kB body of brackets
 * answered 500.
 */
export const MAX_JSON_DEPTH = 64;

/** Whether `value` nests objects or arrays more than `max` levels deep; iterative, so it cannot overflow itself. */
export function nestsDeeperThan(value: unknown, max: number): boolean {
  const pending: Array<{ node: object; depth: number }> =
    typeof value === 'object' && value !== null ? [{ node: value, depth: 1 }] : [];
  for (let next = pending.pop(); next !== undefined; next = pending.pop()) {
    if (next.depth > max) return true;
    for (const child of Object.values(next.node)) {
      if (typeof child === 'object' && child !== null) pending.push({ node: child as object, depth: next.depth + 1 });
    }
  }
  return false;
}

/** Refuses (400) a parsed body nested deeper than MAX_JSON_DEPTH before anything walks it. */
export function registerJsonDepthLimit(fastify: FastifyInstance, max = MAX_JSON_DEPTH): void {
  fastify.addHook('preValidation', (request, _reply, done) => {
    // A GET, or a body that is not an object or array, has nothing to walk.
    const body = request.body;
    if (typeof body !== 'object' || body === null || !nestsDeeperThan(body, max)) return done();
    done(
      new ProblemException(
        HttpStatus.BAD_REQUEST,
        `The request body is nested too deeply: at most ${max} levels of objects and arrays are accepted.`,
      ),
    );
  });
}
