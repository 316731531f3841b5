import { createSecretKey, type KeyObject } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { PassportStrategy } from '@nestjs/passport';
import passport from 'passport';
import { ExtractJwt, Strategy } from 'passport-jwt';
import { AppConfig } from '../config/app-config.js';
import { readAccessTokenClaims } from './access-token-claims.js';
import type { AuthenticatedPrincipal } from './authenticated-principal.js';
import { SessionService } from './session.service.js';
import { ACCESS_TOKEN_ALGORITHM } from './token.service.js';
import { unauthorizedProblem } from './unauthorized.problem.js';

export const JWT_STRATEGY = 'jwt';

const SESSION_REFUSALS = {
  unknown: 'The session of this access token does not exist; sign in again.',
  ended: 'This session has been signed out; sign in again.',
  expired: 'This session expired after a period of inactivity; sign in again.',
} as const;

/**
 * Verifies the access token (HS256 only, expiry enforced) and then its session in MongoDB: a
 * token is only as good as the live session it names.
 */
@Injectable()
export class JwtStrategy extends PassportStrategy(Strategy, JWT_STRATEGY) {
  constructor(
    config: AppConfig,
    private readonly sessions: SessionService,
  ) {
    // A key object made once: given the secret as a string, jsonwebtoken tries it as a PEM public
    // key first on every verification (an exception each time) before making a secret key of it.
    const key: KeyObject = createSecretKey(Buffer.from(config.jwtSecret, 'utf8'));
    super({
      jwtFromRequest: ExtractJwt.fromAuthHeaderAsBearerToken(),
      // passport-jwt's types say string | Buffer; it hands the value to jsonwebtoken, which takes a KeyObject.
      secretOrKey: key as unknown as Buffer,
      algorithms: [ACCESS_TOKEN_ALGORITHM],
      ignoreExpiration: false,
    });
  }

  /**
   * PassportStrategy registers the strategy with what this returns. Not the process-wide
   * Passport: several applications in one process (the tests) would overwrite each other's
   * strategy there. JwtAuthenticator registers it with the application's own Passport.
   */
  getPassportInstance(): passport.Authenticator {
    return new passport.Authenticator();
  }

  async validate(payload: unknown): Promise<AuthenticatedPrincipal> {
    const claims = readAccessTokenClaims(payload);
    if (!claims) throw unauthorizedProblem('The access token is not valid; sign in again.', 'invalid_token');
    const checked = await this.sessions.authenticate(claims.sid);
    if (checked.status !== 'live') throw unauthorizedProblem(SESSION_REFUSALS[checked.status], 'invalid_token');
    const { session } = checked;
    if (session.patient_id !== (claims.sub ?? null) || session.role !== claims.role) {
      throw unauthorizedProblem('The access token does not match its session; sign in again.', 'invalid_token');
    }
    return {
      sub: session.patient_id,
      sid: session.session_id,
      role: session.role,
      contextClearedAt: session.context_cleared_at,
    };
  }
}
