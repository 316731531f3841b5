import { SkipThrottle } from '@nestjs/throttler';

/**
 * Exempts a route or controller from both windows. `@SkipThrottle()` alone only skips the
 * throttler named `default`, which this app does not have.
 */
export const SkipRateLimits = () => SkipThrottle({ Minute: true, Hour: true });
