import { HttpStatus } from '@nestjs/common';
import { ProblemException } from '../common/problem/problem.exception.js';

/**
 * A 401 problem with the Bearer challenge RFC 6750 asks for; `invalid_token` tells a client
 * that the token it sent (not the absence of one) was refused.
 */
export function unauthorizedProblem(detail: string, error?: 'invalid_token'): ProblemException {
  const challenge = error ? `Bearer realm="medchat", error="${error}"` : 'Bearer realm="medchat"';
  return new ProblemException(HttpStatus.UNAUTHORIZED, detail, { headers: { 'www-authenticate': challenge } });
}
