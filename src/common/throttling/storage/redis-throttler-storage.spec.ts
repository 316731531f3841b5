import { describe, expect, it } from '@jest/globals';
import { describeError } from '../../problem/describe-error.js';
import { RedisThrottlerStorage, type RateLimitScriptClient } from './redis-throttler-storage.js';

/** Runs the script's logic on a map with explicit time, as Redis would (INCR, PEXPIRE on the first hit, PTTL). */
class ScriptedRedis implements RateLimitScriptClient {
  now = 0;
  readonly keys = new Map<string, { hits: number; expiresAt: number }>();
  readonly calls: Array<{ keys: string[]; ttls: number[] }> = [];
  failure: Error | undefined;
  closed = 0;

  async runRateLimitScript(keys: string[], ttls: number[]): Promise<number[]> {
    if (this.failure) throw this.failure;
    this.calls.push({ keys, ttls });
    return keys.flatMap((key, index) => {
      let entry = this.keys.get(key);
      if (!entry || entry.expiresAt <= this.now) {
        entry = { hits: 0, expiresAt: this.now + (ttls[index] as number) };
        this.keys.set(key, entry);
      }
      entry.hits += 1;
      return [entry.hits, entry.expiresAt - this.now];
    });
  }

  async close(): Promise<void> {
    this.closed += 1;
  }
}

const hits = [
  { key: 'k-minute', name: 'Minute', ttl: 60_000, limit: 2 },
  { key: 'k-hour', name: 'Hour', ttl: 3_600_000, limit: 100 },
];

describe('RedisThrottlerStorage', () => {
  it('counts every window of a request in one script call, on keys that share a hash tag', async () => {
    const redis = new ScriptedRedis();
    const storage = new RedisThrottlerStorage(redis);
    await storage.incrementWindows(hits);
    expect(redis.calls).toHaveLength(1);
    const [call] = redis.calls;
    expect(call!.ttls).toEqual([60_000, 3_600_000]);
    const tags = call!.keys.map((key) => /\{([^}]+)\}/.exec(key)?.[1]);
    expect(tags[0]).toBeDefined();
    expect(tags[0]).toBe(tags[1]);
    expect(call!.keys[0]).toMatch(/^medchat:rate-limit:\{[0-9a-f]{64}\}:Minute$/);
  });

  it('blocks past the limit until the window Redis keeps runs out', async () => {
    const redis = new ScriptedRedis();
    const storage = new RedisThrottlerStorage(redis);
    await storage.incrementWindows(hits);
    redis.now = 10_000;
    expect((await storage.incrementWindows(hits))[0]).toEqual({
      totalHits: 2,
      timeToExpire: 50,
      isBlocked: false,
      timeToBlockExpire: 0,
    });
    expect((await storage.incrementWindows(hits))[0]).toEqual({
      totalHits: 3,
      timeToExpire: 50,
      isBlocked: true,
      timeToBlockExpire: 50,
    });
    redis.now = 60_000;
    const [minute, hour] = await storage.incrementWindows(hits);
    expect(minute).toMatchObject({ totalHits: 1, isBlocked: false });
    expect(hour).toMatchObject({ totalHits: 4, isBlocked: false });
  });

  it('answers 503 with Retry-After when Redis cannot be reached (the limits are not switched off)', async () => {
    const redis = new ScriptedRedis();
    redis.failure = new Error('connect ECONNREFUSED 127.0.0.1:6379');
    const storage = new RedisThrottlerStorage(redis);
    const error = await storage.incrementWindows(hits).catch((caught: unknown) => caught);
    const described = describeError(error);
    expect(described).toMatchObject({ status: 503, headers: { 'retry-after': '5' } });
    expect(described.detail).not.toContain('ECONNREFUSED');
  });

  it('closes its connection at shutdown', async () => {
    const redis = new ScriptedRedis();
    await new RedisThrottlerStorage(redis).onApplicationShutdown();
    expect(redis.closed).toBe(1);
  });
});
