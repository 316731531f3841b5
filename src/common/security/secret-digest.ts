import { hash, timingSafeEqual } from 'node:crypto';

/**
 * A configured secret (an API key, a bearer token), kept only as its SHA-256 and compared in
 * constant time: both sides are hashed first, so the comparison takes the same time whatever
 * the candidate's length, and the secret itself is not kept in memory as a string.
 */
export class SecretDigest {
  private readonly digest: Buffer | undefined;

  constructor(secret: string | undefined) {
    this.digest = secret ? sha256(secret) : undefined;
  }

  get configured(): boolean {
    return this.digest !== undefined;
  }

  /** False when no secret is configured. */
  matches(candidate: string): boolean {
    if (this.digest === undefined) return false;
    return timingSafeEqual(sha256(candidate), this.digest);
  }
}

/**
 * One `crypto.hash` call: with a configured ADMIN_API_KEY every authenticated request hashes its
 * bearer token here, and `createHash` looks the algorithm up in OpenSSL 3 and builds a Hash
 * object each time (about twice the CPU of the one-shot call, which keeps the algorithm).
 */
function sha256(value: string): Buffer {
  return hash('sha256', value, 'buffer');
}
