import { describe, expect, it } from '@jest/globals';
import type { Model } from 'mongoose';
import { MongoThrottlerStorage } from './mongo-throttler-storage.js';
import type { RateLimitCounter } from './rate-limit-counter.schema.js';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;

/** A collection that applies `$inc` / `$setOnInsert` upserts the way MongoDB does, and counts calls. */
class FakeCounters {
  readonly documents = new Map<string, { hits: Record<string, number>; expires_at: Date }>();
  calls = 0;
  failNextWithDuplicateKey = false;

  readonly collection = {
    findOneAndUpdate: async (filter: { _id: string }, update: { $inc: Record<string, number>; $setOnInsert: { expires_at: Date } }, options: { upsert: boolean; returnDocument: string }) => {
      this.calls += 1;
      expect(options).toMatchObject({ upsert: true, returnDocument: 'after' });
      if (this.failNextWithDuplicateKey) {
        this.failNextWithDuplicateKey = false;
        throw Object.assign(new Error('E11000 duplicate key error'), { code: 11000 });
      }
      let document = this.documents.get(filter._id);
      if (!document) {
        document = { hits: {}, expires_at: update.$setOnInsert.expires_at };
        this.documents.set(filter._id, document);
      }
      for (const [path, by] of Object.entries(update.$inc)) {
        const field = path.replace(/^hits\./, '');
        document.hits[field] = (document.hits[field] ?? 0) + by;
      }
      return { hits: { ...document.hits } };
    },
  };
}

function storageAt(clock: { now: number }, counters = new FakeCounters()) {
  return { counters, storage: new MongoThrottlerStorage(counters as unknown as Model<RateLimitCounter>, () => clock.now) };
}

const windows = (limitMinute: number, limitHour: number) => [
  { key: 'route-caller-Minute', name: 'Minute', ttl: MINUTE, limit: limitMinute },
  { key: 'route-caller-Hour', name: 'Hour', ttl: HOUR, limit: limitHour },
];

describe('MongoThrottlerStorage', () => {
  it('counts a minute and an hour window in one atomic upsert of one document', async () => {
    const clock = { now: Date.UTC(2026, 0, 15, 14, 30, 10) };
    const { storage, counters } = storageAt(clock);
    const [minute, hour] = await storage.incrementWindows(windows(20, 100));
    expect(counters.calls).toBe(1);
    expect(minute).toEqual({ totalHits: 1, timeToExpire: 50, isBlocked: false, timeToBlockExpire: 0 });
    expect(hour).toEqual({ totalHits: 1, timeToExpire: 30 * 60 - 10, isBlocked: false, timeToBlockExpire: 0 });
    const [[id, document]] = [...counters.documents];
    expect(id).toMatch(new RegExp(`^[0-9a-f]{64}:${Date.UTC(2026, 0, 15, 14)}$`));
    expect(document!.expires_at).toEqual(new Date(Date.UTC(2026, 0, 15, 15)));
    expect(Object.keys(document!.hits).sort()).toEqual([`Hour_${Date.UTC(2026, 0, 15, 14)}`, `Minute_${Date.UTC(2026, 0, 15, 14, 30)}`]);
  });

  it('blocks after the limit until the minute ends, while the hour keeps counting; a new minute starts at zero', async () => {
    const clock = { now: Date.UTC(2026, 0, 15, 14, 30, 0, 500) };
    const { storage } = storageAt(clock);
    for (let i = 0; i < 3; i += 1) expect((await storage.incrementWindows(windows(3, 100)))[0]!.isBlocked).toBe(false);
    clock.now += 20_000;
    const [blocked, hour] = await storage.incrementWindows(windows(3, 100));
    expect(blocked).toEqual({ totalHits: 4, timeToExpire: 40, isBlocked: true, timeToBlockExpire: 40 });
    expect(hour!.totalHits).toBe(4);
    clock.now = Date.UTC(2026, 0, 15, 14, 31, 0, 1);
    const [fresh, sameHour] = await storage.incrementWindows(windows(3, 100));
    expect(fresh).toMatchObject({ totalHits: 1, isBlocked: false });
    expect(sameHour).toMatchObject({ totalHits: 5, isBlocked: false });
  });

  it('blocks on the hour once it is spent, whatever the minute says', async () => {
    const clock = { now: Date.UTC(2026, 0, 15, 14, 0, 0) };
    const { storage } = storageAt(clock);
    for (let i = 0; i < 5; i += 1) {
      clock.now += MINUTE;
      await storage.incrementWindows(windows(3, 5));
    }
    clock.now += MINUTE;
    const [minute, hour] = await storage.incrementWindows(windows(3, 5));
    expect(minute!.isBlocked).toBe(false);
    expect(hour).toMatchObject({ totalHits: 6, isBlocked: true, timeToBlockExpire: 54 * 60 });
  });

  it('a new hour is a new document', async () => {
    const clock = { now: Date.UTC(2026, 0, 15, 14, 59, 59) };
    const { storage, counters } = storageAt(clock);
    await storage.incrementWindows(windows(3, 5));
    clock.now += 2000;
    const [minute, hour] = await storage.incrementWindows(windows(3, 5));
    expect(counters.documents.size).toBe(2);
    expect(minute!.totalHits).toBe(1);
    expect(hour!.totalHits).toBe(1);
  });

  it('gives a window that does not nest in the longest one its own document, counted alongside', async () => {
    const clock = { now: Date.UTC(2026, 0, 15, 14, 0, 0) };
    const { storage, counters } = storageAt(clock);
    const odd = [...windows(3, 5), { key: 'route-caller-Odd', name: 'Odd', ttl: 7 * MINUTE, limit: 9 }];
    const records = await storage.incrementWindows(odd);
    expect(records.map((record) => record.totalHits)).toEqual([1, 1, 1]);
    expect(counters.calls).toBe(2);
    expect(counters.documents.size).toBe(2);
  });

  it('serves the one-window ThrottlerStorage interface too', async () => {
    const clock = { now: Date.UTC(2026, 0, 15, 14, 0, 30) };
    const { storage } = storageAt(clock);
    await storage.increment('k', MINUTE, 1, MINUTE, 'Minute');
    expect(await storage.increment('k', MINUTE, 1, MINUTE, 'Minute')).toEqual({ totalHits: 2, timeToExpire: 30, isBlocked: true, timeToBlockExpire: 30 });
  });

  it('retries once when two first hits raced to insert the document', async () => {
    const clock = { now: Date.UTC(2026, 0, 15, 14, 0, 30) };
    const { storage, counters } = storageAt(clock);
    counters.failNextWithDuplicateKey = true;
    expect((await storage.incrementWindows(windows(3, 5)))[0]!.totalHits).toBe(1);
    expect(counters.calls).toBe(2);
  });
});
