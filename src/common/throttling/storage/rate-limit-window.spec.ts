import { createHash } from 'node:crypto';
import { describe, expect, it } from '@jest/globals';
import { isMultiWindowStorage, safeWindowName, windowGroupId, windowRecord } from './rate-limit-window.js';

describe('rate-limit windows', () => {
  it('allows up to the limit, then blocks for the rest of the window', () => {
    expect(windowRecord(3, 3, 10_500)).toEqual({
      totalHits: 3,
      timeToExpire: 11,
      isBlocked: false,
      timeToBlockExpire: 0,
    });
    expect(windowRecord(4, 3, 10_500)).toEqual({
      totalHits: 4,
      timeToExpire: 11,
      isBlocked: true,
      timeToBlockExpire: 11,
    });
  });

  it('never tells a blocked caller to wait less than a second', () => {
    expect(windowRecord(9, 3, 0)).toMatchObject({ isBlocked: true, timeToBlockExpire: 1 });
  });

  it('names the windows of one request by all their keys, one window by its own key', () => {
    const minute = { key: 'k-minute', name: 'Minute', ttl: 60_000, limit: 20 };
    const hour = { key: 'k-hour', name: 'Hour', ttl: 3_600_000, limit: 100 };
    expect(windowGroupId([minute])).toBe('k-minute');
    expect(windowGroupId([minute, hour])).toMatch(/^[0-9a-f]{64}$/);
    expect(windowGroupId([minute, hour])).toBe(windowGroupId([minute, hour]));
    expect(windowGroupId([minute, hour])).not.toBe(windowGroupId([minute, { ...hour, key: 'other' }]));
    // The counter id stored by every release so far: the SHA-256 of the keys joined by '|'.
    expect(windowGroupId([minute, hour])).toBe(createHash('sha256').update('k-minute|k-hour').digest('hex'));
  });

  it('keeps throttler names safe as field and key names', () => {
    expect(safeWindowName('Minute')).toBe('Minute');
    expect(safeWindowName('a.b$c d')).toBe('a_b_c_d');
  });

  it('recognises a storage that counts several windows at once', () => {
    expect(
      isMultiWindowStorage({
        increment: async () => ({ totalHits: 1, timeToExpire: 1, isBlocked: false, timeToBlockExpire: 0 }),
      }),
    ).toBe(false);
    expect(
      isMultiWindowStorage({
        increment: async () => ({ totalHits: 1, timeToExpire: 1, isBlocked: false, timeToBlockExpire: 0 }),
        incrementWindows: async () => [],
      } as never),
    ).toBe(true);
  });
});
