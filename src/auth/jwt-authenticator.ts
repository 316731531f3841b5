import { Injectable } from '@nestjs/common';
import type { AuthenticatedPrincipal } from './authenticated-principal.js';
import { JwtStrategy } from './jwt.strategy.js';
import { unauthorizedProblem } from './unauthorized.problem.js';

const AUTHENTICATION_REQUIRED = 'Authentication required: send an Authorization: Bearer <access_token> header.';

/**
 * Authenticates an access token: the token check, then the session. Callers hand over the token
 * itself (the HTTP guard reads it from the Authorization header, the WebSocket from its auth
 * frame), and the check is called directly rather than through Passport, whose strategy
 * objects, callbacks and promise per request cost more than the check itself once the token's
 * verification is remembered.
 */
@Injectable()
export class JwtAuthenticator {
  constructor(private readonly strategy: JwtStrategy) {}

  async authenticate(token: string): Promise<AuthenticatedPrincipal> {
    if (!token) throw unauthorizedProblem(AUTHENTICATION_REQUIRED);
    let claims;
    try {
      claims = this.strategy.claimsOf(token);
    } catch (error) {
      throw tokenRefusal(error);
    }
    if (!claims) throw unauthorizedProblem('The access token is not valid; sign in again.', 'invalid_token');
    return this.strategy.validate(claims);
  }
}

/** A refused token is jsonwebtoken's error. */
function tokenRefusal(error: unknown) {
  const name = error instanceof Error ? error.name : undefined;
  if (name === 'TokenExpiredError') {
    return unauthorizedProblem(
      'The access token has expired; refresh it before it expires, or sign in again.',
      'invalid_token',
    );
  }
  if (name === 'JsonWebTokenError' || name === 'NotBeforeError') {
    return unauthorizedProblem('The access token is not valid; sign in again.', 'invalid_token');
  }
  return unauthorizedProblem(AUTHENTICATION_REQUIRED);
}
