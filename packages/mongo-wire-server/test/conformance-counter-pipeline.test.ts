import type { Document } from 'mongodb';
import { useConformanceServer } from './conformance-kit.js';

/*
 * Conformance (see conformance-kit.ts): the app's rate-limit counter, a findAndModify upsert
 * whose update is a one-stage `$set` pipeline of `$cond`, `$gt`, `$add`, `$ifNull`, `$toLong`
 * and `$$NOW` (the shape of src/common/throttling/storage/mongo-throttler-storage.ts, written out
 * here so the package does not depend on the app). The embedded server answers that shape
 * without mingo (set-stage-evaluation.ts); these assertions hold on both paths, and the last
 * test covers shapes it hands back to mingo.
 */
const kit = useConformanceServer();
const { freshCollection } = kit;

interface Window {
  start: number;
  hits: number;
}
interface Counter {
  _id: string;
  w: Record<string, Window>;
  now: number;
  expires_at: Date;
}

const NOW_MS = { $toLong: '$$NOW' };

function counterUpdate(windows: Record<string, number>): Document[] {
  const longest = Math.max(...Object.values(windows));
  const fields = Object.fromEntries(
    Object.entries(windows).map(([name, ttl]) => {
      const stored = `$w.${name}`;
      const running = { $gt: [{ $add: [{ $ifNull: [`${stored}.start`, 0] }, ttl] }, NOW_MS] };
      return [
        name,
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
  return [{ $set: { w: fields, now: NOW_MS, expires_at: { $add: ['$$NOW', longest] } } }];
}

const WINDOWS = { minute: 60_000, hour: 3_600_000 };

describe('the rate-limit counter upsert', () => {
  it('inserts the first hit, then counts hits in the running windows', async () => {
    const counters = freshCollection<Counter>('counter_hits');
    const before = Date.now();
    const first = await counters.findOneAndUpdate({ _id: 'guest:1' }, counterUpdate(WINDOWS), {
      upsert: true,
      returnDocument: 'after',
    });
    const after = Date.now();
    expect(Object.keys(first!)).toEqual(['_id', 'w', 'now', 'expires_at']);
    expect(Object.keys(first!.w)).toEqual(['minute', 'hour']);
    // $$NOW is one instant for the whole statement, as mongod takes it: every field agrees.
    const start = first!.w.minute!.start;
    expect(first!.now).toBe(start);
    expect(first!.expires_at.getTime()).toBe(start + WINDOWS.hour);
    expect(first!.w).toEqual({ minute: { start, hits: 1 }, hour: { start, hits: 1 } });
    expect(first!.expires_at).toBeInstanceOf(Date);
    for (const instant of [start, first!.now, first!.expires_at.getTime() - WINDOWS.hour]) {
      expect(instant).toBeGreaterThanOrEqual(before);
      expect(instant).toBeLessThanOrEqual(after);
    }

    const secondBefore = await counters.findOneAndUpdate({ _id: 'guest:1' }, counterUpdate(WINDOWS), {
      upsert: true,
      returnDocument: 'before',
    });
    expect(secondBefore).toEqual(first);
    const stored = await counters.findOne({ _id: 'guest:1' });
    expect(stored!.w).toEqual({ minute: { start, hits: 2 }, hour: { start, hits: 2 } });
    expect(stored!.now).toBeGreaterThanOrEqual(first!.now);
    expect(stored!.expires_at.getTime()).toBeGreaterThanOrEqual(stored!.now + WINDOWS.hour);
  });

  it('returns nothing as the before image of an upsert', async () => {
    const counters = freshCollection<Counter>('counter_before');
    const result = await counters.findOneAndUpdate({ _id: 'guest:2' }, counterUpdate(WINDOWS), {
      upsert: true,
      returnDocument: 'before',
      includeResultMetadata: true,
    });
    expect(result.value).toBeNull();
    expect(result.lastErrorObject).toMatchObject({ n: 1, updatedExisting: false, upserted: 'guest:2' });
    expect((await counters.findOne({ _id: 'guest:2' }))!.w.minute!.hits).toBe(1);
  });

  it('starts a fresh window where the stored one has run out and keeps counting the others', async () => {
    const counters = freshCollection<Counter>('counter_expiry');
    const longAgo = Date.now() - 120_000;
    await counters.insertOne({
      _id: 'guest:3',
      w: { minute: { start: longAgo, hits: 7 }, hour: { start: longAgo, hits: 9 } },
      now: longAgo,
      expires_at: new Date(longAgo + WINDOWS.hour),
    });
    const before = Date.now();
    const counted = await counters.findOneAndUpdate({ _id: 'guest:3' }, counterUpdate(WINDOWS), {
      returnDocument: 'after',
    });
    const after = Date.now();
    expect(counted!.w.minute!.hits).toBe(1);
    expect(counted!.w.minute!.start).toBeGreaterThanOrEqual(before);
    expect(counted!.w.minute!.start).toBeLessThanOrEqual(after);
    expect(counted!.w.hour).toEqual({ start: longAgo, hits: 10 });
    expect(counted!.expires_at.getTime() - WINDOWS.hour).toBeGreaterThanOrEqual(before);
    expect(counted!.expires_at.getTime() - WINDOWS.hour).toBeLessThanOrEqual(after);
  });

  it('counts every one of concurrent increments once', async () => {
    const counters = freshCollection<Counter>('counter_concurrent');
    const hit = async (): Promise<Counter> => {
      const options = { upsert: true, returnDocument: 'after' as const };
      try {
        return (await counters.findOneAndUpdate({ _id: 'guest:4' }, counterUpdate(WINDOWS), options))!;
      } catch (error) {
        // A real MongoDB may let two first hits race to insert; the loser updates (as the app does).
        if ((error as { code?: number }).code !== 11000) throw error;
        return (await counters.findOneAndUpdate({ _id: 'guest:4' }, counterUpdate(WINDOWS), options))!;
      }
    };
    const results = await Promise.all(Array.from({ length: 25 }, hit));
    expect(results.map((counter) => counter.w.minute!.hits).sort((a, b) => a - b)).toEqual(
      Array.from({ length: 25 }, (_, index) => index + 1),
    );
    expect((await counters.findOne({ _id: 'guest:4' }))!.w).toMatchObject({ minute: { hits: 25 }, hour: { hits: 25 } });
  });

  it('answers the other one-stage $set pipelines as before', async () => {
    const docs = freshCollection('counter_other_shapes');
    await docs.insertOne({ _id: 1, text: 'x', sub: { a: 1 }, items: [{ n: 1 }, { n: 2 }], gone: true });
    await docs.updateOne({ _id: 1 }, [
      { $set: { copy: '$sub', ns: '$items.n', gone: '$missing', label: 'plain', sum: { $add: ['$sub.a', 2] } } },
    ]);
    expect(await docs.findOne({ _id: 1 })).toEqual({
      _id: 1,
      text: 'x',
      sub: { a: 1 },
      items: [{ n: 1 }, { n: 2 }],
      copy: { a: 1 },
      ns: [1, 2],
      label: 'plain',
      sum: 3,
    });
    await expect(docs.updateOne({ _id: 1 }, [{ $set: { bad: { $add: ['$text', 1] } } }])).rejects.toThrow();
    await docs.updateOne({ _id: 1 }, [{ $set: { flag: { $cond: ['$text', 'yes', 'no'] } } }]);
    expect((await docs.findOne({ _id: 1 }))!.flag).toBe('yes');
  });
});
