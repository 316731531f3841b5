import { createSecretKey, type KeyObject } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { AppConfig } from '../config/app-config.js';
import { readAccessTokenClaims } from './access-token-claims.js';
import type { AuthenticatedPrincipal } from './authenticated-principal.js';
import { VerifiedTokens } from './jwt-verified-tokens.js';
import { SessionService } from './session.service.js';
import { ACCESS_TOKEN_ALGORITHM, type AccessTokenClaims } from './token.service.js';
import { unauthorizedProblem } from './unauthorized.problem.js';

const SESSION_REFUSALS = {
  unknown: 'The session of this access token does not exist; sign in again.',
  ended: 'This session has been signed out; sign in again.',
  expired: 'This session expired after a period of inactivity; sign in again.',
} as const;

/**
 * Verifies the access token (HS256 only, expiry enforced) and then its session in MongoDB: a
 * token is only as good as the live session it names. The token check is remembered per token
 * until it expires (VerifiedTokens); the session is read on every request.
 */
@Injectable()
export class JwtStrategy {
  /** A key object made once: given the secret as a string, jsonwebtoken tries it as a PEM public key first on every verification. */
  private readonly key: KeyObject;
  private readonly verified = new VerifiedTokens();

  constructor(
    config: AppConfig,
    private readonly jwt: JwtService,
    private readonly sessions: SessionService,
  ) {
    this.key = createSecretKey(Buffer.from(config.jwtSecret, 'utf8'));
  }

  /**
   * The claims of a correctly signed, unexpired token; undefined when they are not what
   * TokenService issues. A refused signature or an expired token throws jsonwebtoken's error.
   */
  claimsOf(token: string): AccessTokenClaims | undefined {
    const known = this.verified.find(token);
    if (known) return known;
    const payload: unknown = this.jwt.verify(token, {
      // JwtService's types say string | Buffer; it hands the value to jsonwebtoken, which takes a KeyObject.
      secret: this.key as unknown as Buffer,
      algorithms: [ACCESS_TOKEN_ALGORITHM],
      ignoreExpiration: false,
    });
    const claims = readAccessTokenClaims(payload);
    if (claims) this.verified.remember(token, claims, (payload as { exp?: unknown }).exp);
    return claims;
  }

  /** The caller the verified claims name, once their session is checked (and slid) live. */
  async validate(claims: AccessTokenClaims): Promise<AuthenticatedPrincipal> {
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
