import { describe, expect, it } from '@jest/globals';
import { aggregate } from 'mingo';
import type { Model } from 'mongoose';
import { MongoThrottlerStorage } from './mongo-throttler-storage.js';
import type { RateLimitCounter } from './rate-limit-counter.schema.js';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;

/**
 * A collection that runs the storage's pipeline update the way MongoDB does (through mingo, the
 * query engine of the embedded server) with a database clock the test moves; it counts calls.
 */
class FakeCounters {
  readonly documents = new Map<string, Record<string, unknown>>();
  now = Date.UTC(2026, 0, 15, 14, 30, 10);
  calls = 0;
  failNextWithDuplicateKey = false;

  readonly collection = {
    findOneAndUpdate: async (
      filter: { _id: string },
      pipeline: Record<string, unknown>[],
      options: { upsert: boolean; returnDocument: string },
    ) => {
      this.calls += 1;
      expect(options).toMatchObject({ upsert: true, returnDocument: 'after' });
      expect(Array.isArray(pipeline)).toBe(true);
      if (this.failNextWithDuplicateKey) {
        this.failNextWithDuplicateKey = false;
        throw Object.assign(new Error('E11000 duplicate key error'), { code: 11000 });
      }
      const current = this.documents.get(filter._id) ?? { _id: filter._id };
      // mingo reads $$NOW from Date.now(), once per run; the run is synchronous.
      const realNow = Date.now;
      Date.now = () => this.now;
      let updated: Record<string, unknown> | undefined;
      try {
        [updated] = aggregate([current], pipeline) as Record<string, unknown>[];
      } finally {
        Date.now = realNow;
      }
      this.documents.set(filter._id, updated!);
      return structuredClone(updated);
    },
  };
}

function storage(counters = new FakeCounters()) {
  return { counters, storage: new MongoThrottlerStorage(counters as unknown as Model<RateLimitCounter>) };
}

const windows = (limitMinute: number, limitHour: number) => [
  { key: 'route-caller-Minute', name: 'Minute', ttl: MINUTE, limit: limitMinute },
  { key: 'route-caller-Hour', name: 'Hour', ttl: HOUR, limit: limitHour },
];

describe('MongoThrottlerStorage', () => {
  it('counts the minute and the hour window of a request in one atomic upsert of one document', async () => {
    const { storage: store, counters } = storage();
    const [minute, hour] = await store.incrementWindows(windows(20, 100));
    expect(counters.calls).toBe(1);
    expect(minute).toEqual({ totalHits: 1, timeToExpire: 60, isBlocked: false, timeToBlockExpire: 0 });
    expect(hour).toEqual({ totalHits: 1, timeToExpire: 3600, isBlocked: false, timeToBlockExpire: 0 });
    const [[id, document]] = [...counters.documents];
    expect(id).toMatch(/^[0-9a-f]{64}$/);
    expect(document).toMatchObject({
      w: { Minute: { start: counters.now, hits: 1 }, Hour: { start: counters.now, hits: 1 } },
      now: counters.now,
      expires_at: new Date(counters.now + HOUR),
    });
  });

  it('blocks past the limit until the minute that began with the first hit ends; then a new one starts', async () => {
    const { storage: store, counters } = storage();
    const first = counters.now;
    for (let i = 0; i < 3; i += 1) expect((await store.incrementWindows(windows(3, 100)))[0]!.isBlocked).toBe(false);
    counters.now = first + 20_000;
    const [blocked, hour] = await store.incrementWindows(windows(3, 100));
    expect(blocked).toEqual({ totalHits: 4, timeToExpire: 40, isBlocked: true, timeToBlockExpire: 40 });
    expect(hour!.totalHits).toBe(4);
    counters.now = first + MINUTE - 1;
    expect((await store.incrementWindows(windows(3, 100)))[0]).toMatchObject({
      totalHits: 5,
      isBlocked: true,
      timeToBlockExpire: 1,
    });
    counters.now = first + MINUTE;
    const [fresh, sameHour] = await store.incrementWindows(windows(3, 100));
    expect(fresh).toEqual({ totalHits: 1, timeToExpire: 60, isBlocked: false, timeToBlockExpire: 0 });
    expect(sameHour).toMatchObject({ totalHits: 6, isBlocked: false, timeToExpire: 3540 });
  });

  it("has no boundary where a spent window resets early: the window is the caller's, not the clock's minute", async () => {
    const { storage: store, counters } = storage();
    counters.now = Date.UTC(2026, 0, 15, 14, 30, 59, 900);
    for (let i = 0; i < 3; i += 1) await store.incrementWindows(windows(3, 100));
    counters.now = Date.UTC(2026, 0, 15, 14, 31, 0, 100);
    expect((await store.incrementWindows(windows(3, 100)))[0]).toMatchObject({
      isBlocked: true,
      timeToBlockExpire: 60,
    });
  });

  it('blocks on the hour once it is spent, whatever the minute says', async () => {
    const { storage: store, counters } = storage();
    for (let i = 0; i < 5; i += 1) {
      await store.incrementWindows(windows(3, 5));
      counters.now += MINUTE;
    }
    const [minute, hour] = await store.incrementWindows(windows(3, 5));
    expect(minute!.isBlocked).toBe(false);
    expect(hour).toMatchObject({ totalHits: 6, isBlocked: true, timeToBlockExpire: 55 * 60 });
  });

  it('keeps the document until the longest window after the last hit has ended', async () => {
    const { storage: store, counters } = storage();
    await store.incrementWindows(windows(3, 5));
    counters.now += 30 * MINUTE;
    await store.incrementWindows(windows(3, 5));
    expect([...counters.documents.values()][0]!.expires_at).toEqual(new Date(counters.now + HOUR));
  });

  it('serves the one-window ThrottlerStorage interface too', async () => {
    const { storage: store } = storage();
    await store.increment('k', MINUTE, 1, MINUTE, 'Minute');
    expect(await store.increment('k', MINUTE, 1, MINUTE, 'Minute')).toEqual({
      totalHits: 2,
      timeToExpire: 60,
      isBlocked: true,
      timeToBlockExpire: 60,
    });
  });

  it('retries once when two first hits raced to insert the document', async () => {
    const { storage: store, counters } = storage();
    counters.failNextWithDuplicateKey = true;
    expect((await store.incrementWindows(windows(3, 5)))[0]!.totalHits).toBe(1);
    expect(counters.calls).toBe(2);
  });
});
