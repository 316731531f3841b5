import { applyDecorators, SetMetadata } from '@nestjs/common';
import { SkipThrottle } from '@nestjs/throttler';

/** Set beside the library's per-window skips, so the guard can tell a fully exempt route in one cached lookup. */
export const SKIP_RATE_LIMITS = 'medchat:skip-rate-limits';

/**
 * Exempts a route or controller from both windows. `@SkipThrottle()` alone only skips the
 * throttler named `default`, which this app does not have.
 */
export const SkipRateLimits = () =>
  applyDecorators(SkipThrottle({ Minute: true, Hour: true }), SetMetadata(SKIP_RATE_LIMITS, true));
