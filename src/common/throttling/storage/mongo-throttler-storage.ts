import { Injectable } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import type { Collection, Document } from 'mongodb';
import type { Model } from 'mongoose';
import { isDuplicateKey } from '../../mongo/duplicate-key.js';
import { RATE_LIMIT_COUNTER_MODEL, type RateLimitCounter } from './rate-limit-counter.schema.js';
import {
  safeWindowName,
  windowGroupId,
  windowRecord,
  type MultiWindowThrottlerStorage,
  type ThrottlerStorageRecord,
  type WindowHit,
} from './rate-limit-window.js';

const NOW_MS = { $toLong: '$$NOW' };

/**
 * The update of one request: for each window, one more hit, or a fresh window starting now when
 * the stored one has run out. An aggregation-pipeline update, so the check and the increment are
 * one atomic step in the database, and `$$NOW` is the database's clock, not an instance's.
 */
export function counterUpdate(hits: readonly WindowHit[]): Document[] {
  const longest = Math.max(...hits.map((hit) => hit.ttl));
  const windows = Object.fromEntries(
    hits.map((hit) => {
      const stored = `$w.${safeWindowName(hit.name)}`;
      const running = { $gt: [{ $add: [{ $ifNull: [`${stored}.start`, 0] }, hit.ttl] }, NOW_MS] };
      return [
        safeWindowName(hit.name),
        {
          $cond: [
            running,
            { start: `${stored}.start`, hits: { $add: [`${stored}.hits`, 1] } },
            { start: NOW_MS, hits: 1 },
          ],
        },
      ];
    }),
  );
  return [{ $set: { w: windows, now: NOW_MS, expires_at: { $add: ['$$NOW', longest] } } }];
}

/**
 * Rate-limit counters in MongoDB (`rate_limit_counters`), shared by every instance.
 *
 * A window starts with the caller's first hit on the route and lasts its ttl, measured by the
 * database's clock; the next hit after that starts a new one. All windows of a request (minute
 * and hour) live in one document and are counted by one `findOneAndUpdate` upsert: one round
 * trip per request. Every hit counts, a refused one too; a request is refused while a window
 * holds more than its limit, until that window ends.
 */
@Injectable()
export class MongoThrottlerStorage implements MultiWindowThrottlerStorage {
  constructor(@InjectModel(RATE_LIMIT_COUNTER_MODEL) private readonly counters: Model<RateLimitCounter>) {}

  async increment(
    key: string,
    ttl: number,
    limit: number,
    _blockDuration: number,
    throttlerName: string,
  ): Promise<ThrottlerStorageRecord> {
    const [record] = await this.incrementWindows([{ key, name: throttlerName, ttl, limit }]);
    return record as ThrottlerStorageRecord;
  }

  async incrementWindows(hits: readonly WindowHit[]): Promise<ThrottlerStorageRecord[]> {
    const id = windowGroupId(hits);
    const filter = { _id: id };
    const update = counterUpdate(hits);
    const options = { upsert: true, returnDocument: 'after' as const };
    // The driver's collection: no Mongoose casting on the hot path.
    const collection = this.counters.collection as unknown as Collection<RateLimitCounter>;
    let counter;
    try {
      counter = await collection.findOneAndUpdate(filter, update, options);
    } catch (error) {
      // Two first hits raced to insert the document: the loser updates the winner's.
      if (!isDuplicateKey(error)) throw error;
      counter = await collection.findOneAndUpdate(filter, update, options);
    }
    if (!counter) throw new Error(`rate_limit_counters: the upsert of ${id} returned no document`);
    return hits.map((hit) => {
      const window = counter.w?.[safeWindowName(hit.name)];
      if (!window) throw new Error(`rate_limit_counters: ${id} came back without its ${hit.name} window`);
      return windowRecord(window.hits, hit.limit, window.start + hit.ttl - counter.now);
    });
  }
}
