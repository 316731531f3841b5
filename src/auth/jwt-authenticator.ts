import { Injectable } from '@nestjs/common';
import passport from 'passport';
import type { AuthenticatedPrincipal } from './authenticated-principal.js';
import { JWT_STRATEGY, JwtStrategy } from './jwt.strategy.js';
import { unauthorizedProblem } from './unauthorized.problem.js';

/** Runs the JWT strategy through this application's own Passport instance. */
@Injectable()
export class JwtAuthenticator {
  private readonly passport = new passport.Authenticator();

  constructor(strategy: JwtStrategy) {
    this.passport.use(JWT_STRATEGY, strategy);
  }

  authenticate(request: object, reply: object): Promise<AuthenticatedPrincipal> {
    return new Promise((resolve, reject) => {
      const run = this.passport.authenticate(
        JWT_STRATEGY,
        { session: false },
        (error: unknown, principal: AuthenticatedPrincipal | false | undefined, info: unknown) => {
          if (error) reject(error);
          else if (!principal) reject(tokenRefusal(info));
          else resolve(principal);
        },
      ) as (request: object, reply: object, next: (error?: unknown) => void) => void;
      run(request, reply, (error?: unknown) =>
        reject(error ?? new Error('Passport ended the JWT check without a verdict')),
      );
    });
  }
}

/** passport-jwt reports a refused token as jsonwebtoken's error in `info`. */
function tokenRefusal(info: unknown) {
  const name = info instanceof Error ? info.name : undefined;
  if (name === 'TokenExpiredError') {
    return unauthorizedProblem(
      'The access token has expired; refresh it before it expires, or sign in again.',
      'invalid_token',
    );
  }
  if (name === 'JsonWebTokenError' || name === 'NotBeforeError') {
    return unauthorizedProblem('The access token is not valid; sign in again.', 'invalid_token');
  }
  return unauthorizedProblem('Authentication required: send an Authorization: Bearer <access_token> header.');
}
