import { createHash } from 'node:crypto';
import { describe, expect, it } from '@jest/globals';
import { Reflector } from '@nestjs/core';
import { ExecutionContextHost } from '@nestjs/core/helpers/execution-context-host.js';
import { Throttle, type ThrottlerModuleOptions } from '@nestjs/throttler';
import { ProblemException } from '../problem/problem.exception.js';
import { RateLimitGuard } from './rate-limit.guard.js';
import { windowRecord, type MultiWindowThrottlerStorage, type WindowHit } from './storage/rate-limit-window.js';

/** Counts in memory, as the shared storages do: one more hit per window and key. */
function countingStorage(): MultiWindowThrottlerStorage & { counted: WindowHit[][] } {
  const hits = new Map<string, number>();
  const counted: WindowHit[][] = [];
  const count = (hit: WindowHit) => {
    const total = (hits.get(hit.key) ?? 0) + 1;
    hits.set(hit.key, total);
    return windowRecord(total, hit.limit, hit.ttl);
  };
  return {
    counted,
    increment: async (key, ttl, limit, _blockDuration, name) => count({ key, ttl, limit, name }),
    incrementWindows: async (windowHits) => {
      counted.push([...windowHits]);
      return windowHits.map(count);
    },
  };
}

let minuteLimit = 5;

class ChatController {
  history(): void {}
  @Throttle({ Minute: { limit: () => minuteLimit } })
  adjustable(): void {}
}

async function guardWith(options: Partial<Exclude<ThrottlerModuleOptions, unknown[]>> = {}) {
  const storage = countingStorage();
  const guard = new RateLimitGuard(
    {
      throttlers: [
        { name: 'Minute', ttl: 60_000, limit: 3 },
        { name: 'Hour', ttl: 3_600_000, limit: 100 },
      ],
      ...options,
    },
    storage,
    new Reflector(),
  );
  Object.assign(guard, { observer: { rateLimited: () => undefined } });
  await guard.onModuleInit();
  const ask = async (handler: () => void, { sid = 'session-1', userAgent = 'browser' } = {}) => {
    const headers: Record<string, unknown> = {};
    const request = { ip: '10.0.0.1', headers: { 'user-agent': userAgent }, user: { sub: null, sid } };
    const reply = { header: (name: string, value: unknown) => (headers[name] = value) };
    const context = new ExecutionContextHost([request, reply, () => undefined], ChatController, handler);
    await guard.canActivate(context);
    return headers;
  };
  return { storage, ask };
}

describe('RateLimitGuard', () => {
  it('counts both windows of a request in one call, per caller, and answers 429 past a limit', async () => {
    const { storage, ask } = await guardWith();
    const history = ChatController.prototype.history;
    for (let hit = 1; hit <= 3; hit += 1) {
      expect(await ask(history)).toMatchObject({
        'X-RateLimit-Limit-Minute': 3,
        'X-RateLimit-Remaining-Minute': 3 - hit,
        'X-RateLimit-Limit-Hour': 100,
        'X-RateLimit-Remaining-Hour': 100 - hit,
      });
    }
    expect(storage.counted).toHaveLength(3);
    expect(storage.counted[0]?.map((hit) => hit.name)).toEqual(['Minute', 'Hour']);
    // Another caller has windows of its own.
    expect(await ask(history, { sid: 'session-2' })).toMatchObject({ 'X-RateLimit-Remaining-Minute': 2 });
    await expect(ask(history)).rejects.toBeInstanceOf(ProblemException);
  });

  it("keys a caller's windows as the library does, so the counters already stored still count", async () => {
    const { storage, ask } = await guardWith();
    const history = ChatController.prototype.history;
    await ask(history);
    await ask(history, { sid: 'session-2' });
    await ask(history);
    const libraryKey = (tracker: string, name: string) =>
      createHash('sha256').update(`ChatController-history-${name}-${tracker}`).digest('hex');
    expect(storage.counted.map((hits) => hits.map((hit) => hit.key))).toEqual([
      [libraryKey('principal:session-1', 'Minute'), libraryKey('principal:session-1', 'Hour')],
      [libraryKey('principal:session-2', 'Minute'), libraryKey('principal:session-2', 'Hour')],
      [libraryKey('principal:session-1', 'Minute'), libraryKey('principal:session-1', 'Hour')],
    ]);
  });

  it('reads a limit given as a function of the request again on every request', async () => {
    const { ask } = await guardWith();
    const adjustable = ChatController.prototype.adjustable;
    minuteLimit = 5;
    expect(await ask(adjustable)).toMatchObject({ 'X-RateLimit-Limit-Minute': 5, 'X-RateLimit-Remaining-Minute': 4 });
    minuteLimit = 10;
    expect(await ask(adjustable)).toMatchObject({ 'X-RateLimit-Limit-Minute': 10, 'X-RateLimit-Remaining-Minute': 8 });
  });

  it('leaves ignored user agents uncounted, on a route whose windows it already knows', async () => {
    const { storage, ask } = await guardWith({ ignoreUserAgents: [/monitor/] });
    const history = ChatController.prototype.history;
    expect(await ask(history)).toMatchObject({ 'X-RateLimit-Remaining-Minute': 2 });
    expect(await ask(history, { userAgent: 'uptime-monitor' })).toEqual({});
    expect(await ask(history)).toMatchObject({ 'X-RateLimit-Remaining-Minute': 1 });
    expect(storage.counted).toHaveLength(2);
  });

  it('skips a window as skipIf decides for each request', async () => {
    let skipping = false;
    const { ask } = await guardWith({ skipIf: () => skipping });
    const history = ChatController.prototype.history;
    expect(await ask(history)).toMatchObject({ 'X-RateLimit-Remaining-Minute': 2 });
    skipping = true;
    expect(await ask(history)).toEqual({});
    skipping = false;
    expect(await ask(history)).toMatchObject({ 'X-RateLimit-Remaining-Minute': 1 });
  });
});
