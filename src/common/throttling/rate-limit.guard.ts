import { Inject, Injectable, type ExecutionContext } from '@nestjs/common';
import { ThrottlerGuard, type ThrottlerLimitDetail, type ThrottlerRequest } from '@nestjs/throttler';
import { rateLimitKeyText, rateLimitTracker, type RateLimitedCaller } from './rate-limit-key.js';
import { RateLimitObserver } from './rate-limit-observer.js';
import { rateLimitedProblem } from './rate-limited-problem.js';
import { SKIP_RATE_LIMITS } from './skip-rate-limits.decorator.js';
import { hasFixedWindows, routeWindowOf, type RouteWindow } from './route-windows.js';
import { isMultiWindowStorage, type ThrottlerStorageRecord, type WindowHit } from './storage/rate-limit-window.js';
import { RememberedSha256 } from './storage/remembered-sha256.js';

/** Identifies who is being limited: the signed-in principal when known, else the client address. */
interface MaybeAuthenticatedRequest {
  ip: string;
  headers: Record<string, string | string[] | undefined>;
  user?: RateLimitedCaller;
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
  window: RouteWindow;
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
 *
 * The library's decisions for a route are asked once and remembered when they cannot change
 * from one request to the next (see hasFixedWindows): otherwise it reads six decorator values
 * per window and awaits each resolved value, about two thirds of the guard's own CPU per request.
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
  /** A route's windows, per handler then class, once known to be the same on every request. */
  private readonly fixedWindows = new WeakMap<object, WeakMap<object, readonly RouteWindow[]>>();
  /** The window keys of callers seen lately: the same caller on the same route hashes the same text. */
  private readonly keyDigests = new RememberedSha256();

  /**
   * Counts the request in every window that applies. An exempt route is let through earlier,
   * without a promise, by RateLimitGate (the global guard); one that reaches here anyway is
   * skipped by the library's own @SkipThrottle windows.
   */
  override async canActivate(context: ExecutionContext): Promise<boolean> {
    const storage = this.storageService;
    if (!isMultiWindowStorage(storage)) return super.canActivate(context);
    const { req, res } = this.getRequestResponse(context);
    const request = req as unknown as MaybeAuthenticatedRequest;
    const routeWindows =
      this.fixedWindows.get(context.getHandler())?.get(context.getClass()) ?? (await this.resolveWindows(context));
    const windows = routeWindows.filter((window) => !this.ignoresUserAgent(window, request));
    if (windows.length === 0) return true;

    const keyed: Array<Omit<CountedWindow, 'record'>> = [];
    for (const window of windows) {
      // The default tracker (the caller) is known at once; a route's own may be asynchronous.
      const tracker =
        window.getTracker === this.commonOptions.getTracker
          ? this.trackerOf(request)
          : await window.getTracker(req, context);
      keyed.push({ window, tracker, key: window.generateKey(context, tracker, window.throttler.name as string) });
    }
    const hits: WindowHit[] = keyed.map(({ window, key }) => ({
      key,
      name: window.throttler.name as string,
      ttl: window.ttl,
      limit: window.limit,
    }));
    const records = await storage.incrementWindows(hits);
    // Fields named, not `{ ...entry, record }`: a spread's copy extended with a field it lacks
    // gets a hidden class of its own in V8, built anew for every object.
    const counted: CountedWindow[] = keyed.map(({ window, tracker, key }, index) => ({
      window,
      tracker,
      key,
      record: records[index] as ThrottlerStorageRecord,
    }));

    for (const { window, record } of counted) {
      if (window.throttler.setHeaders === false) continue;
      const suffix = `-${window.throttler.name}`;
      this.setResponseHeader(res, `${this.headerPrefix}-Limit${suffix}`, window.limit);
      this.setResponseHeader(
        res,
        `${this.headerPrefix}-Remaining${suffix}`,
        Math.max(0, window.limit - record.totalHits),
      );
      this.setResponseHeader(res, `${this.headerPrefix}-Reset${suffix}`, record.timeToExpire);
    }
    const blocked = counted
      .filter(({ record }) => record.isBlocked)
      .sort((a, b) => b.record.timeToBlockExpire - a.record.timeToBlockExpire)[0];
    if (blocked) {
      const { window, tracker, key, record } = blocked;
      if (window.throttler.setHeaders !== false)
        this.setResponseHeader(res, `Retry-After-${window.throttler.name}`, record.timeToBlockExpire);
      await this.throwThrottlingException(context, { limit: window.limit, ttl: window.ttl, key, tracker, ...record });
    }
    return true;
  }

  /**
   * The windows the library finds for this request's route (which apply, with which limits,
   * trackers and key generators), remembered for the route when they are fixed.
   */
  private async resolveWindows(context: ExecutionContext): Promise<readonly RouteWindow[]> {
    const { req } = this.getRequestResponse(context);
    const collected: ThrottlerRequest[] = [];
    const collecting = req as CollectingRequest;
    collecting[COLLECTING] = collected;
    try {
      await super.canActivate(context);
    } finally {
      // Cleared, not deleted: a delete would turn the request into a slow dictionary object.
      collecting[COLLECTING] = undefined;
    }
    const windows = collected.map(routeWindowOf);
    if (hasFixedWindows(this.reflector, this.throttlers, this.commonOptions, context)) {
      const handler = context.getHandler();
      let byClass = this.fixedWindows.get(handler);
      if (!byClass) this.fixedWindows.set(handler, (byClass = new WeakMap()));
      byClass.set(context.getClass(), windows);
    }
    return windows;
  }

  /** As the library's handleRequest: a user agent the window ignores is not counted in it. */
  private ignoresUserAgent(window: RouteWindow, request: MaybeAuthenticatedRequest): boolean {
    const ignored = window.throttler.ignoreUserAgents ?? this.commonOptions.ignoreUserAgents;
    if (!Array.isArray(ignored) || ignored.length === 0) return false;
    const userAgent = String(request.headers['user-agent'] ?? '');
    return ignored.some((pattern) => pattern.test(userAgent));
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

  /** While collecting, a window is noted instead of counted on its own (ignored user agents are left out afterwards). */
  protected override async handleRequest(request: ThrottlerRequest): Promise<boolean> {
    const { req } = this.getRequestResponse(request.context);
    const windows = (req as CollectingRequest)[COLLECTING];
    if (!windows) return super.handleRequest(request);
    windows.push(request);
    return true;
  }

  /**
   * The library's key of a window for a caller (the same text and digest, so the counters stored
   * under it stay the same), hashed once per text rather than on every request.
   */
  protected override generateKey(context: ExecutionContext, suffix: string, name: string): string {
    return this.keyDigests.of(rateLimitKeyText(context.getClass().name, context.getHandler().name, name, suffix));
  }

  protected override getTracker(req: Record<string, unknown>): Promise<string> {
    return Promise.resolve(this.trackerOf(req as unknown as MaybeAuthenticatedRequest));
  }

  private trackerOf(request: MaybeAuthenticatedRequest): string {
    return rateLimitTracker(request.user, request.ip);
  }

  protected override async throwThrottlingException(
    context: ExecutionContext,
    detail: ThrottlerLimitDetail,
  ): Promise<void> {
    const route = context.switchToHttp().getRequest<{ routeOptions?: { url?: string } }>().routeOptions?.url;
    this.observer.rateLimited(route ?? 'unmatched', detail.ttl);
    throw rateLimitedProblem(detail, detail.timeToBlockExpire);
  }
}
