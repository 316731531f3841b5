/**
 * Told of every request the rate limits refuse. The guard lives in common and may not know the
 * metrics feature; the metrics module binds this to its recorder (the dependency points down).
 */
export abstract class RateLimitObserver {
  abstract rateLimited(route: string, windowMs: number): void;
}
