import { Inject, Injectable, Optional } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import type { Collection } from 'mongodb';
import type { Model } from 'mongoose';
import { RATE_LIMIT_COUNTER_MODEL, type RateLimitCounter } from './rate-limit-counter.schema.js';
import {
  safeWindowName,
  windowGroupId,
  windowRecord,
  windowStart,
  type MultiWindowThrottlerStorage,
  type ThrottlerStorageRecord,
  type WindowHit,
} from './rate-limit-window.js';

/** Milliseconds since the epoch; a provider so tests can move time. */
export const RATE_LIMIT_CLOCK = Symbol('RATE_LIMIT_CLOCK');
export type RateLimitClock = () => number;

const DUPLICATE_KEY = 11000;

/** Windows counted in one document: the longest one and every window that nests in it. */
interface CounterDocument {
  ttl: number;
  members: number[];
}

/**
 * Rate-limit counters in MongoDB (`rate_limit_counters`), shared by every instance.
 *
 * Fixed windows aligned to the epoch: a per-minute window runs from one full minute to the
 * next, and a window's counter is named by its start, so a new window starts at zero without
 * any reset and an old counter is never read again. The windows of one request that nest in
 * the longest one (a minute in an hour) share that window's document, so both are counted by
 * one atomic `findOneAndUpdate` upsert (`$inc` on each field), one round trip per request.
 * A window that does not nest gets a document of its own, updated alongside.
 *
 * Fixed windows allow up to twice the limit across a window boundary, and the windows follow
 * each instance's clock (keep them synchronised, as NTP does).
 */
@Injectable()
export class MongoThrottlerStorage implements MultiWindowThrottlerStorage {
  private readonly now: RateLimitClock;

  constructor(
    @InjectModel(RATE_LIMIT_COUNTER_MODEL) private readonly counters: Model<RateLimitCounter>,
    @Optional() @Inject(RATE_LIMIT_CLOCK) clock?: RateLimitClock,
  ) {
    this.now = clock ?? Date.now;
  }

  async increment(key: string, ttl: number, limit: number, _blockDuration: number, throttlerName: string): Promise<ThrottlerStorageRecord> {
    const [record] = await this.incrementWindows([{ key, name: throttlerName, ttl, limit }]);
    return record as ThrottlerStorageRecord;
  }

  async incrementWindows(hits: readonly WindowHit[]): Promise<ThrottlerStorageRecord[]> {
    const now = this.now();
    const records: ThrottlerStorageRecord[] = new Array(hits.length);
    await Promise.all(
      counterDocuments(hits).map(async (document) => {
        const members = document.members.map((index) => hits[index] as WindowHit);
        const anchorStart = windowStart(now, document.ttl);
        const fields = members.map((hit) => `${safeWindowName(hit.name)}_${windowStart(now, hit.ttl)}`);
        const counts = await this.incrementFields(`${windowGroupId(members)}:${anchorStart}`, fields, new Date(anchorStart + document.ttl));
        members.forEach((hit, position) => {
          const start = windowStart(now, hit.ttl);
          records[document.members[position] as number] = windowRecord(counts[position] as number, hit.limit, start + hit.ttl - now);
        });
      }),
    );
    return records;
  }

  private async incrementFields(id: string, fields: string[], expiresAt: Date): Promise<number[]> {
    const filter = { _id: id };
    const update = { $inc: Object.fromEntries(fields.map((field) => [`hits.${field}`, 1])), $setOnInsert: { expires_at: expiresAt } };
    const options = { upsert: true, returnDocument: 'after' as const, projection: { _id: 0, hits: 1 } };
    // The driver's collection: no Mongoose casting on the hot path, and counter names are dynamic.
    const collection = this.counters.collection as unknown as Collection<RateLimitCounter>;
    let counter;
    try {
      counter = await collection.findOneAndUpdate(filter, update, options);
    } catch (error) {
      // Two first hits of a new period raced to insert the document: the loser updates it.
      if ((error as { code?: unknown }).code !== DUPLICATE_KEY) throw error;
      counter = await collection.findOneAndUpdate(filter, update, options);
    }
    const stored = (counter?.hits ?? {}) as Record<string, number>;
    return fields.map((field) => {
      const hits = stored[field];
      if (typeof hits !== 'number') throw new Error(`rate_limit_counters: ${id} came back without its ${field} counter`);
      return hits;
    });
  }
}

/** Groups the windows: the longest with those nesting in it, each other window alone. */
function counterDocuments(hits: readonly WindowHit[]): CounterDocument[] {
  const longest = Math.max(...hits.map((hit) => hit.ttl));
  const nested: number[] = [];
  const documents: CounterDocument[] = [];
  hits.forEach((hit, index) => {
    if (longest % hit.ttl === 0) nested.push(index);
    else documents.push({ ttl: hit.ttl, members: [index] });
  });
  return [{ ttl: longest, members: nested }, ...documents];
}
