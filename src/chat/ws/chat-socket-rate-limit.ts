import { Inject, Injectable } from '@nestjs/common';
import type { ThrottlerStorage } from '@nestjs/throttler';
import { rateLimitKeyText, rateLimitTracker, type RateLimitedCaller } from '../../common/throttling/rate-limit-key.js';
import { RateLimitObserver } from '../../common/throttling/rate-limit-observer.js';
import { rateLimitedProblem } from '../../common/throttling/rate-limited-problem.js';
import { rateLimitWindows } from '../../common/throttling/rate-limit-windows.js';
import { RATE_LIMIT_STORAGE } from '../../common/throttling/storage/rate-limit-storage.module.js';
import { RememberedSha256 } from '../../common/throttling/storage/remembered-sha256.js';
import {
  isMultiWindowStorage,
  type ThrottlerStorageRecord,
  type WindowHit,
} from '../../common/throttling/storage/rate-limit-window.js';
import { AppConfig } from '../../config/app-config.js';
import { ChatController } from '../chat.controller.js';

/**
 * A socket message counts under the key of POST /chat/message/stream, the route it stands in
 * for, so a patient shares one budget between the two and cannot double it by switching transports.
 */
const COUNTED_AS: { controller: string; handler: keyof ChatController } = {
  controller: ChatController.name,
  handler: 'streamMessage',
};

/**
 * The same per-minute and per-hour limits as the REST routes, counted in the same shared store
 * (MongoDB or Redis), once per `message` frame. The HTTP guard cannot run on a socket frame:
 * it reads headers and writes response headers, and a frame has neither.
 */
@Injectable()
export class ChatSocketRateLimit {
  /** The same texts come back message after message: each hashed once, as the HTTP guard does. */
  private readonly keyDigests = new RememberedSha256();

  constructor(
    @Inject(RATE_LIMIT_STORAGE) private readonly storage: ThrottlerStorage,
    private readonly observer: RateLimitObserver,
    private readonly config: AppConfig,
  ) {}

  /** Counts one message of the caller, as the REST guard counts a request; throws the REST route's 429 problem when over. */
  async count(caller: RateLimitedCaller): Promise<void> {
    const tracker = rateLimitTracker(caller);
    const hits: WindowHit[] = rateLimitWindows(this.config.env).map((window) => ({
      ...window,
      key: this.keyDigests.of(rateLimitKeyText(COUNTED_AS.controller, COUNTED_AS.handler, window.name, tracker)),
    }));
    const records = isMultiWindowStorage(this.storage)
      ? await this.storage.incrementWindows(hits)
      : await Promise.all(hits.map((hit) => this.storage.increment(hit.key, hit.ttl, hit.limit, 0, hit.name)));
    const blocked = hits
      .map((hit, index) => ({ hit, record: records[index] as ThrottlerStorageRecord }))
      .filter(({ record }) => record.isBlocked)
      .sort((a, b) => b.record.timeToBlockExpire - a.record.timeToBlockExpire)[0];
    if (!blocked) return;
    this.observer.rateLimited('/api/chat/ws', blocked.hit.ttl);
    throw rateLimitedProblem(blocked.hit, blocked.record.timeToBlockExpire);
  }
}
