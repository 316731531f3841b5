import type { ExecutionContext } from '@nestjs/common';
import type { Reflector } from '@nestjs/core';
import type { ThrottlerOptions, ThrottlerRequest } from '@nestjs/throttler';
import {
  THROTTLER_BLOCK_DURATION,
  THROTTLER_LIMIT,
  THROTTLER_TTL,
} from '@nestjs/throttler/dist/throttler.constants.js';

/** One window of a route as the library resolves it, without the request it was resolved for. */
export type RouteWindow = Omit<ThrottlerRequest, 'context'>;

export function routeWindowOf({
  throttler,
  limit,
  ttl,
  blockDuration,
  getTracker,
  generateKey,
}: ThrottlerRequest): RouteWindow {
  return { throttler, limit, ttl, blockDuration, getTracker, generateKey };
}

/**
 * Whether the windows the library works out for a route come out the same on every request, so
 * they can be resolved once per route: no `skipIf` (module-wide or per throttler), and no limit,
 * ttl or block duration given as a function of the request, neither in the module's throttlers
 * nor by a @Throttle() on the route or its controller. Which windows a route skips, its
 * trackers and key generators are decorator metadata, fixed before the first request (the
 * trackers and keys themselves are still worked out per request).
 */
export function hasFixedWindows(
  reflector: Reflector,
  throttlers: readonly ThrottlerOptions[],
  commonOptions: Pick<ThrottlerOptions, 'skipIf'>,
  context: ExecutionContext,
): boolean {
  if (commonOptions.skipIf) return false;
  const targets = [context.getHandler(), context.getClass()];
  return throttlers.every((throttler) => {
    if (throttler.skipIf) return false;
    const name = throttler.name ?? 'default';
    const values: Array<[string, unknown]> = [
      [THROTTLER_LIMIT, throttler.limit],
      [THROTTLER_TTL, throttler.ttl],
      [THROTTLER_BLOCK_DURATION, throttler.blockDuration],
    ];
    return values.every(
      ([key, moduleValue]) =>
        typeof (reflector.getAllAndOverride<unknown>(key + name, targets) ?? moduleValue) !== 'function',
    );
  });
}
