import { HttpStatus, Inject, Injectable, Optional, type ExecutionContext } from '@nestjs/common';
import { ThrottlerGuard, type ThrottlerLimitDetail } from '@nestjs/throttler';
import { MetricsRecorder } from '../../metrics/metrics-recorder.js';
import { ProblemException } from '../problem/problem.exception.js';

/** Identifies who is being limited: the signed-in principal when known, else the client address. */
interface MaybeAuthenticatedRequest {
  ip: string;
  user?: { sub?: string | null; sid?: string };
}

@Injectable()
export class RateLimitGuard extends ThrottlerGuard {
  // A property, not a constructor parameter: the constructor is ThrottlerGuard's own.
  @Optional() @Inject(MetricsRecorder) private readonly metrics?: MetricsRecorder;
  protected override async getTracker(req: Record<string, unknown>): Promise<string> {
    const request = req as unknown as MaybeAuthenticatedRequest;
    // Guests have no patient id, so their session is what they are.
    const principal = request.user?.sub ?? request.user?.sid;
    return principal ? `principal:${principal}` : `ip:${request.ip}`;
  }

  protected override async throwThrottlingException(context: ExecutionContext, detail: ThrottlerLimitDetail): Promise<void> {
    const route = context.switchToHttp().getRequest<{ routeOptions?: { url?: string } }>().routeOptions?.url;
    this.metrics?.rateLimited(route ?? 'unmatched', detail.ttl);
    const retryAfterSeconds = Math.max(1, Math.ceil(detail.timeToBlockExpire));
    throw new ProblemException(
      HttpStatus.TOO_MANY_REQUESTS,
      `Too many requests: the limit is ${detail.limit} per ${Math.round(detail.ttl / 1000)} seconds. Try again in ${retryAfterSeconds} seconds.`,
      { headers: { 'retry-after': String(retryAfterSeconds) } },
    );
  }
}
