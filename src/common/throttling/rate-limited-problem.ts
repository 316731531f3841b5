import { HttpStatus } from '@nestjs/common';
import { ProblemException } from '../problem/problem.exception.js';

/**
 * The 429 a caller over a window's limit is answered, over REST or a WebSocket frame alike: the
 * limit, the window and when to come back, in the detail and in Retry-After.
 */
export function rateLimitedProblem(
  window: { limit: number; ttl: number },
  timeToBlockExpire: number,
): ProblemException {
  const retryAfterSeconds = Math.max(1, Math.ceil(timeToBlockExpire));
  return new ProblemException(
    HttpStatus.TOO_MANY_REQUESTS,
    `Too many requests: the limit is ${window.limit} per ${Math.round(window.ttl / 1000)} seconds. Try again in ${retryAfterSeconds} seconds.`,
    { headers: { 'retry-after': String(retryAfterSeconds) } },
  );
}
