import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { getConnectionToken } from '@nestjs/mongoose';
import { Redis } from 'ioredis';
import type { Connection } from 'mongoose';
import { WireProtocolMongoServer } from '@medchat/mongo-wire-server';
import { startRedisServer, type RunningRedis } from '../support/redis-server.js';
import { startTestApp, type TestApp } from '../support/test-app.js';
import { alternate, newClientIp, request } from './rate-limit-kit.js';

/** With REDIS_URL set the counters live in Redis (a real redis-server here), shared by every instance. */
describe('rate limits in Redis (REDIS_URL), shared by two instances', () => {
  let redis: RunningRedis;
  let mongo: WireProtocolMongoServer;
  let first: TestApp;
  let second: TestApp;

  beforeAll(async () => {
    redis = await startRedisServer();
    mongo = new WireProtocolMongoServer();
    await mongo.start();
    const env = {
      MONGODB_URI: mongo.uri,
      REDIS_URL: redis.url,
      RATE_LIMIT_PER_MINUTE: '5',
      RATE_LIMIT_PER_HOUR: '40',
      TRUST_PROXY: 'true',
    };
    first = await startTestApp(env);
    second = await startTestApp(env);
  });
  afterAll(async () => {
    await first?.close();
    await second?.close();
    await mongo?.stop();
    await redis?.stop();
  });

  it('says at start-up that the counters are in Redis', () => {
    expect(first.logs.entries().some((entry) => /Rate-limit counters: Redis/.test(String(entry.msg)))).toBe(true);
  });

  it('requests alternating between the instances get 429 once the per-minute limit is spent in total', async () => {
    const ip = newClientIp();
    const answers = await alternate([first, second], 8, (app) => request(app, 'POST', '/api/auth/guest', { ip }));
    expect(answers.map((answer) => answer.status)).toEqual([200, 200, 200, 200, 200, 429, 429, 429]);
    expect(answers.slice(0, 5).map((answer) => answer.headers.get('x-ratelimit-remaining-hour'))).toEqual([
      '39',
      '38',
      '37',
      '36',
      '35',
    ]);
    expect(Number(answers[5]!.headers.get('retry-after'))).toBeGreaterThan(0);
  });

  it('keeps each window in a key that expires with it, both keys of a request on one cluster slot, nothing in MongoDB', async () => {
    const client = new Redis(redis.url);
    try {
      const keys = (await client.keys('medchat:rate-limit:*')).sort();
      expect(keys.length).toBeGreaterThanOrEqual(2);
      for (const key of keys) {
        expect(key).toMatch(/^medchat:rate-limit:\{[0-9a-f]{64}\}:(Minute|Hour)$/);
        const ttl = await client.pttl(key);
        expect(ttl).toBeGreaterThan(0);
        expect(ttl).toBeLessThanOrEqual(key.endsWith(':Minute') ? 60_000 : 3_600_000);
      }
      const tags = new Set(keys.map((key) => key.slice(0, key.lastIndexOf(':'))));
      expect(tags.size * 2).toBe(keys.length);
    } finally {
      client.disconnect();
    }
    const connection = first.medchat.app.get<Connection>(getConnectionToken());
    expect(await connection.collection('rate_limit_counters').countDocuments()).toBe(0);
  });

  it('refuses with 503 and Retry-After while Redis is down, rather than stop limiting', async () => {
    await redis.stop();
    const answer = await request(first, 'POST', '/api/auth/guest', { ip: newClientIp() });
    expect(answer.status).toBe(503);
    expect(answer.headers.get('retry-after')).toBe('5');
    expect(answer.body.detail).toMatch(/rate-limit store is unavailable/);
    const health = await request(first, 'GET', '/api/health/live');
    expect(health.status).toBe(200);
  });
});
