import { createHash, timingSafeEqual } from 'node:crypto';

/**
 * METRICS_TOKEN, compared in constant time. Both sides are hashed first so the comparison
 * takes the same time whatever the candidate's length.
 */
export class MetricsToken {
  private readonly digest: Buffer | undefined;

  constructor(token: string | undefined) {
    this.digest = token ? sha256(token) : undefined;
  }

  /** Without a token the endpoint is public. */
  get required(): boolean {
    return this.digest !== undefined;
  }

  matches(candidate: string): boolean {
    if (this.digest === undefined) return true;
    return timingSafeEqual(sha256(candidate), this.digest);
  }
}

function sha256(value: string): Buffer {
  return createHash('sha256').update(value, 'utf8').digest();
}
