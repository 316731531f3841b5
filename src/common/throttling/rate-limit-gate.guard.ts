import { Injectable, type CanActivate, type ExecutionContext } from '@nestjs/common';
import { RateLimitGuard } from './rate-limit.guard.js';

/**
 * The global rate-limit guard: a route exempt from both windows (@SkipRateLimits: the health
 * probes, /metrics) is let through synchronously, every other route is counted by
 * RateLimitGuard. Nest awaits only a guard that returns a promise, and RateLimitGuard's
 * canActivate is the library's async method, so an exempt route asked through it cost a
 * promise, its async-context bookkeeping and two microtask turns on every request.
 */
@Injectable()
export class RateLimitGate implements CanActivate {
  constructor(private readonly limiter: RateLimitGuard) {}

  canActivate(context: ExecutionContext): boolean | Promise<boolean> {
    return this.limiter.isExempt(context) || this.limiter.canActivate(context);
  }
}
