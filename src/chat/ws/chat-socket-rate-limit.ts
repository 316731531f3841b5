import { createHash } from 'node:crypto';
import { HttpStatus, Inject, Injectable } from '@nestjs/common';
import type { ThrottlerStorage } from '@nestjs/throttler';
import { ProblemException } from '../../common/problem/problem.exception.js';
import { RateLimitObserver } from '../../common/throttling/rate-limit-observer.js';
import { RATE_LIMIT_STORAGE } from '../../common/throttling/storage/rate-limit-storage.module.js';
import {
  isMultiWindowStorage,
  type ThrottlerStorageRecord,
  type WindowHit,
} from '../../common/throttling/storage/rate-limit-window.js';
import { AppConfig } from '../../config/app-config.js';

const MINUTE_MS = 60_000;
const HOUR_MS = 60 * MINUTE_MS;

/**
 * The REST throttler's key is sha256(`<controller>-<handler>-<window>-<tracker>`). A socket
 * message counts under the key of POST /chat/message/stream, the route it stands in for, so a
 * patient shares one budget between the two and cannot double it by switching transports.
 */
const COUNTED_AS = 'ChatController-streamMessage';

/**
 * The same per-minute and per-hour limits as the REST routes, counted in the same shared store
 * (MongoDB or Redis), once per `message` frame. The HTTP guard cannot run on a socket frame:
 * it reads headers and writes response headers, and a frame has neither.
 */
@Injectable()
export class ChatSocketRateLimit {
  constructor(
    @Inject(RATE_LIMIT_STORAGE) private readonly storage: ThrottlerStorage,
    private readonly observer: RateLimitObserver,
    private readonly config: AppConfig,
  ) {}

  /** Counts one message of the caller (patient id, or a guest's session id); throws the REST route's 429 problem when over. */
  async count(tracker: string): Promise<void> {
    const hits: WindowHit[] = [
      { name: 'Minute', ttl: MINUTE_MS, limit: this.config.env.RATE_LIMIT_PER_MINUTE, key: '' },
      { name: 'Hour', ttl: HOUR_MS, limit: this.config.env.RATE_LIMIT_PER_HOUR, key: '' },
    ].map((hit) => ({ ...hit, key: sha256(`${COUNTED_AS}-${hit.name}-principal:${tracker}`) }));
    const records = isMultiWindowStorage(this.storage)
      ? await this.storage.incrementWindows(hits)
      : await Promise.all(hits.map((hit) => this.storage.increment(hit.key, hit.ttl, hit.limit, 0, hit.name)));
    const blocked = hits
      .map((hit, index) => ({ hit, record: records[index] as ThrottlerStorageRecord }))
      .filter(({ record }) => record.isBlocked)
      .sort((a, b) => b.record.timeToBlockExpire - a.record.timeToBlockExpire)[0];
    if (!blocked) return;
    this.observer.rateLimited('/api/chat/ws', blocked.hit.ttl);
    const retryAfterSeconds = Math.max(1, Math.ceil(blocked.record.timeToBlockExpire));
    throw new ProblemException(
      HttpStatus.TOO_MANY_REQUESTS,
      `Too many requests: the limit is ${blocked.hit.limit} per ${Math.round(blocked.hit.ttl / 1000)} seconds. Try again in ${retryAfterSeconds} seconds.`,
      { headers: { 'retry-after': String(retryAfterSeconds) } },
    );
  }
}

function sha256(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}
