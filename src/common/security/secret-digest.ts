import { createHash, timingSafeEqual } from 'node:crypto';

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

function sha256(value: string): Buffer {
  return createHash('sha256').update(value, 'utf8').digest();
}
