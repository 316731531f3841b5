import type { AppConfig } from '../../config/app-config.js';

const MINUTE_MS = 60_000;
const HOUR_MS = 60 * MINUTE_MS;

export interface RateLimitWindow {
  /** Also the suffix of its headers (X-RateLimit-Limit-Minute, ...) and part of its counters' keys. */
  name: 'Minute' | 'Hour';
  ttl: number;
  limit: number;
}

/** The two windows every counted request or socket message falls in: per minute and per hour. */
export function rateLimitWindows(env: AppConfig['env']): RateLimitWindow[] {
  return [
    { name: 'Minute', ttl: MINUTE_MS, limit: env.RATE_LIMIT_PER_MINUTE },
    { name: 'Hour', ttl: HOUR_MS, limit: env.RATE_LIMIT_PER_HOUR },
  ];
}
