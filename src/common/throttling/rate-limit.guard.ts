import { HttpStatus, Inject, Injectable, type ExecutionContext } from '@nestjs/common';
import { ThrottlerGuard, type ThrottlerLimitDetail, type ThrottlerRequest } from '@nestjs/throttler';
import { ProblemException } from '../problem/problem.exception.js';
import { RateLimitObserver } from './rate-limit-observer.js';
import { SKIP_RATE_LIMITS } from './skip-rate-limits.decorator.js';
import { isMultiWindowStorage, type ThrottlerStorageRecord, type WindowHit } from './storage/rate-limit-window.js';

/** Identifies who is being limited: the signed-in principal when known, else the client address. */
interface MaybeAuthenticatedRequest {
  ip: string;
  headers: Record<string, string | string[] | undefined>;
  user?: { sub?: string | null; sid?: string };
}

/**
 * The windows the library hands over for one request, kept on the request while its
 * canActivate runs: a property rather than a WeakMap entry keyed by a young request object,
 * which every young-generation collection would have to trace as an ephemeron.
 */
const COLLECTING = Symbol('medchat.rateLimitWindows');

interface CollectingRequest {
  [COLLECTING]?: ThrottlerRequest[] | undefined;
}

interface CountedWindow {
  request: ThrottlerRequest;
  tracker: string;
  key: string;
  record: ThrottlerStorageRecord;
}

/**
 * The throttler guard, counting both windows (minute and hour) of a request in one call to a
 * storage that can (one database round trip instead of one per window). The library decides
 * which windows apply to the route and with which limits; this guard collects those decisions,
 * counts them together, then answers as the library would: headers for every window, and 429
 * for the window that keeps the caller waiting longest.
 */
@Injectable()
export class RateLimitGuard extends ThrottlerGuard {
  // A property, not a constructor parameter: the constructor is ThrottlerGuard's own.
  @Inject(RateLimitObserver) private readonly observer!: RateLimitObserver;
  /**
   * Whether a route is exempt from every window (@SkipRateLimits), per handler then class: read
   * once, since decorators are fixed before the first request. An exempt route (the probes)
   * then costs one map lookup instead of the library's reflector lookups per window.
   */
  private readonly exempt = new WeakMap<object, WeakMap<object, boolean>>();

  /**
   * Counts the request in every window that applies. An exempt route is let through earlier,
   * without a promise, by RateLimitGate (the global guard); one that reaches here anyway is
   * skipped by the library's own @SkipThrottle windows.
   */
  override async canActivate(context: ExecutionContext): Promise<boolean> {
    const storage = this.storageService;
    if (!isMultiWindowStorage(storage)) return super.canActivate(context);
    const { req, res } = this.getRequestResponse(context);
    const windows: ThrottlerRequest[] = [];
    const collecting = req as CollectingRequest;
    collecting[COLLECTING] = windows;
    try {
      await super.canActivate(context);
    } finally {
      // Cleared, not deleted: a delete would turn the request into a slow dictionary object.
      collecting[COLLECTING] = undefined;
    }
    if (windows.length === 0) return true;

    const keyed = await Promise.all(
      windows.map(async (request) => {
        const tracker = await request.getTracker(req, context);
        return { request, tracker, key: request.generateKey(context, tracker, request.throttler.name as string) };
      }),
    );
    const hits: WindowHit[] = keyed.map(({ request, key }) => ({
      key,
      name: request.throttler.name as string,
      ttl: request.ttl,
      limit: request.limit,
    }));
    const records = await storage.incrementWindows(hits);
    const counted: CountedWindow[] = keyed.map((entry, index) => ({
      ...entry,
      record: records[index] as ThrottlerStorageRecord,
    }));

    for (const { request, record } of counted) {
      if (request.throttler.setHeaders === false) continue;
      const suffix = `-${request.throttler.name}`;
      this.setResponseHeader(res, `${this.headerPrefix}-Limit${suffix}`, request.limit);
      this.setResponseHeader(
        res,
        `${this.headerPrefix}-Remaining${suffix}`,
        Math.max(0, request.limit - record.totalHits),
      );
      this.setResponseHeader(res, `${this.headerPrefix}-Reset${suffix}`, record.timeToExpire);
    }
    const blocked = counted
      .filter(({ record }) => record.isBlocked)
      .sort((a, b) => b.record.timeToBlockExpire - a.record.timeToBlockExpire)[0];
    if (blocked) {
      const { request, tracker, key, record } = blocked;
      if (request.throttler.setHeaders !== false)
        this.setResponseHeader(res, `Retry-After-${request.throttler.name}`, record.timeToBlockExpire);
      await this.throwThrottlingException(context, { limit: request.limit, ttl: request.ttl, key, tracker, ...record });
    }
    return true;
  }

  /** Whether the route is exempt from both windows (@SkipRateLimits on the handler or its class). */
  isExempt(context: ExecutionContext): boolean {
    const handler = context.getHandler();
    const controller = context.getClass();
    let byClass = this.exempt.get(handler);
    let exempt = byClass?.get(controller);
    if (exempt === undefined) {
      exempt = Boolean(this.reflector.getAllAndOverride<boolean>(SKIP_RATE_LIMITS, [handler, controller]));
      if (!byClass) this.exempt.set(handler, (byClass = new WeakMap()));
      byClass.set(controller, exempt);
    }
    return exempt;
  }

  /** While collecting, a window is noted instead of counted on its own. */
  protected override async handleRequest(request: ThrottlerRequest): Promise<boolean> {
    const { req } = this.getRequestResponse(request.context);
    const windows = (req as CollectingRequest)[COLLECTING];
    if (!windows) return super.handleRequest(request);
    const userAgent = (req as unknown as MaybeAuthenticatedRequest).headers['user-agent'];
    const ignored = request.throttler.ignoreUserAgents ?? this.commonOptions.ignoreUserAgents;
    if (Array.isArray(ignored) && ignored.some((pattern) => pattern.test(String(userAgent ?? '')))) return true;
    windows.push(request);
    return true;
  }

  protected override async getTracker(req: Record<string, unknown>): Promise<string> {
    const request = req as unknown as MaybeAuthenticatedRequest;
    // Guests have no patient id, so their session is what they are.
    const principal = request.user?.sub ?? request.user?.sid;
    return principal ? `principal:${principal}` : `ip:${request.ip}`;
  }

  protected override async throwThrottlingException(
    context: ExecutionContext,
    detail: ThrottlerLimitDetail,
  ): Promise<void> {
    const route = context.switchToHttp().getRequest<{ routeOptions?: { url?: string } }>().routeOptions?.url;
    this.observer.rateLimited(route ?? 'unmatched', detail.ttl);
    const retryAfterSeconds = Math.max(1, Math.ceil(detail.timeToBlockExpire));
    throw new ProblemException(
      HttpStatus.TOO_MANY_REQUESTS,
      `Too many requests: the limit is ${detail.limit} per ${Math.round(detail.ttl / 1000)} seconds. Try again in ${retryAfterSeconds} seconds.`,
      { headers: { 'retry-after': String(retryAfterSeconds) } },
    );
  }
}
