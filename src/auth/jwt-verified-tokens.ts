import type { AccessTokenClaims } from './token.service.js';

/** How many verified tokens one instance remembers: a few MB at most, whatever the traffic. */
export const MAX_VERIFIED_TOKENS = 10_000;

interface Verified {
  claims: AccessTokenClaims;
  /** The token's `exp`, in ms: jsonwebtoken refuses it from this instant on. */
  expiresAtMs: number;
}

/**
 * Access tokens whose signature and claims have been checked, until they expire: the check
 * depends only on the token and the secret, so a client sending the same token on every
 * request pays for the HMAC, the base64 and JSON decoding once. The session behind the token is
 * still read on every request, so sign-out and revocation hold as before. An expired token is
 * forgotten and checked again (and refused with its reason). The oldest entry leaves when the
 * map is full.
 */
export class VerifiedTokens {
  private readonly tokens = new Map<string, Verified>();

  constructor(private readonly capacity = MAX_VERIFIED_TOKENS) {}

  get size(): number {
    return this.tokens.size;
  }

  /** The claims of a token verified before and not expired at `nowMs`. */
  find(token: string, nowMs = Date.now()): AccessTokenClaims | undefined {
    const verified = this.tokens.get(token);
    if (!verified) return undefined;
    if (nowMs < verified.expiresAtMs) return verified.claims;
    this.tokens.delete(token);
    return undefined;
  }

  /** `exp` in seconds, as the token carries it; a token without one is not remembered. */
  remember(token: string, claims: AccessTokenClaims, exp: unknown): void {
    if (typeof exp !== 'number' || !Number.isFinite(exp)) return;
    if (this.tokens.size >= this.capacity && !this.tokens.has(token)) {
      const oldest = this.tokens.keys().next();
      if (!oldest.done) this.tokens.delete(oldest.value);
    }
    this.tokens.set(token, { claims, expiresAtMs: exp * 1000 });
  }
}
