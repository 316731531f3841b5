import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { MongoClient } from 'mongodb';
import { WireProtocolMongoServer } from '@medchat/mongo-wire-server';
import { startTestApp, type TestApp } from '../support/test-app.js';
import { accountWithPassword, ADMIN_KEY, alternate, newClientIp, request } from './rate-limit-kit.js';

/**
 * Two instances of the app on one database, as behind a load balancer: the per-minute and
 * per-hour limits and the sign-in throttling count the requests of both together.
 */
describe('rate limits shared by two instances on one MongoDB', () => {
  let server: WireProtocolMongoServer;
  let first: TestApp;
  let second: TestApp;
  const env = () => ({
    MONGODB_URI: server.uri,
    RATE_LIMIT_PER_MINUTE: '6',
    RATE_LIMIT_PER_HOUR: '40',
    TRUST_PROXY: 'true',
    ADMIN_API_KEY: ADMIN_KEY,
    LOGIN_MAX_FAILURES: '4',
  });

  beforeAll(async () => {
    server = new WireProtocolMongoServer();
    await server.start();
    first = await startTestApp(env());
    second = await startTestApp(env());
  });
  afterAll(async () => {
    await first?.close();
    await second?.close();
    await server?.stop();
  });

  it('requests alternating between the instances get 429 once the per-minute limit is spent in total', async () => {
    const ip = newClientIp();
    const answers = await alternate([first, second], 9, (app) => request(app, 'POST', '/api/auth/guest', { ip }));
    expect(answers.map((answer) => answer.status)).toEqual([200, 200, 200, 200, 200, 200, 429, 429, 429]);
    expect(answers.slice(0, 6).map((answer) => answer.headers.get('x-ratelimit-remaining-minute'))).toEqual([
      '5',
      '4',
      '3',
      '2',
      '1',
      '0',
    ]);
    expect(answers.slice(0, 6).map((answer) => answer.headers.get('x-ratelimit-remaining-hour'))).toEqual([
      '39',
      '38',
      '37',
      '36',
      '35',
      '34',
    ]);
    const refused = answers[6]!;
    expect(refused.headers.get('content-type')).toContain('application/problem+json');
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(Number(refused.headers.get('retry-after'))).toBeLessThanOrEqual(60);
    expect(refused.body.detail).toMatch(/Too many requests: the limit is 6 per 60 seconds/);
  });

  it('limits a signed-in caller per principal across instances, from whatever address', async () => {
    const guest = await request(first, 'POST', '/api/auth/guest', { ip: newClientIp() });
    const token = guest.body.access_token as string;
    const answers = await alternate([second, first], 8, (app) =>
      request(app, 'GET', '/api/chat/history', { token, ip: newClientIp() }),
    );
    expect(answers.map((answer) => answer.status)).toEqual([200, 200, 200, 200, 200, 200, 429, 429]);
  });

  it('keeps one counter document per caller and route, both windows in it, removed by a TTL index', async () => {
    const client = await MongoClient.connect(server.uri);
    try {
      const counters = client.db('medchat').collection('rate_limit_counters');
      const indexes = await counters.indexes();
      expect(indexes).toEqual(
        expect.arrayContaining([expect.objectContaining({ key: { expires_at: 1 }, expireAfterSeconds: 0 })]),
      );
      const documents = await counters.find({}).toArray();
      expect(documents.length).toBeGreaterThan(0);
      for (const document of documents) {
        expect(document._id).toMatch(/^[0-9a-f]{64}$/);
        expect(Object.keys(document.w).sort()).toEqual(['Hour', 'Minute']);
        expect(document.w.Minute).toEqual({ start: expect.any(Number), hits: expect.any(Number) });
        // Kept for the longest window (an hour) after the last hit.
        expect((document.expires_at as Date).getTime() - document.now).toBe(3_600_000);
      }
    } finally {
      await client.close();
    }
  });

  it('throttles sign-in failures across instances: after the limit, either instance refuses even the right password', async () => {
    const password = 'a long and correct password';
    const patientId = await accountWithPassword(first, password);
    const failures = await alternate([first, second], 4, (app) =>
      request(app, 'POST', '/api/auth/login', {
        ip: newClientIp(),
        body: { patient_id: patientId, password: 'a wrong password guess' },
      }),
    );
    expect(failures.map((answer) => answer.status)).toEqual([401, 401, 401, 401]);
    for (const app of [first, second]) {
      const refused = await request(app, 'POST', '/api/auth/login', {
        ip: newClientIp(),
        body: { patient_id: patientId, password },
      });
      expect(refused.status).toBe(429);
      expect(refused.body.detail).toMatch(/Too many failed sign-in attempts/);
      expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0);
    }
  });
});
