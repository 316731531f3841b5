import { createHash, timingSafeEqual } from 'node:crypto';

/**
 * The configured ADMIN_API_KEY, compared in constant time. Both sides are hashed first so the
 * comparison takes the same time whatever the candidate's length, and the key itself is not
 * kept in memory as a string.
 */
export class AdminApiKey {
  private readonly digest: Buffer | undefined;

  constructor(key: string | undefined) {
    this.digest = key ? sha256(key) : undefined;
  }

  get configured(): boolean {
    return this.digest !== undefined;
  }

  matches(candidate: string): boolean {
    if (this.digest === undefined) return false;
    return timingSafeEqual(sha256(candidate), this.digest);
  }
}

function sha256(value: string): Buffer {
  return createHash('sha256').update(value, 'utf8').digest();
}
