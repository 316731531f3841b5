import { afterEach, beforeEach, describe, expect, it, jest } from '@jest/globals';
import { whileRenewed } from './renewed-lease.js';

const INTERVAL_MS = 1_000;

describe('RenewedLease (a lease kept alive while work runs under it)', () => {
  beforeEach(() => {
    jest.useFakeTimers();
  });
  afterEach(() => {
    jest.useRealTimers();
  });

  it('renews every interval while the work runs, and no more once it ended', async () => {
    const renew = jest.fn(async () => true);
    let finish!: () => void;
    const work = whileRenewed(renew, INTERVAL_MS, () => new Promise<void>((resolve) => (finish = resolve)));

    await jest.advanceTimersByTimeAsync(3 * INTERVAL_MS);
    expect(renew).toHaveBeenCalledTimes(3);

    finish();
    await work;
    await jest.advanceTimersByTimeAsync(5 * INTERVAL_MS);
    expect(renew).toHaveBeenCalledTimes(3);
  });

  it('stops renewing when the work fails, and passes its failure on', async () => {
    const renew = jest.fn(async () => true);
    const failing = whileRenewed(renew, INTERVAL_MS, async () => {
      await jest.advanceTimersByTimeAsync(INTERVAL_MS);
      throw new Error('write failed');
    });
    await expect(failing).rejects.toThrow('write failed');
    await jest.advanceTimersByTimeAsync(5 * INTERVAL_MS);
    expect(renew).toHaveBeenCalledTimes(1);
  });

  it('confirms a lease still held by renewing it at once', async () => {
    const renew = jest.fn(async () => true);
    const confirmed = await whileRenewed(renew, INTERVAL_MS, async (lease) => [await lease.confirm(), lease.lost]);
    expect(confirmed).toEqual([true, false]);
    expect(renew).toHaveBeenCalledTimes(1);
  });

  it('finds a lease in another holder’s hands lost, by confirm or by a renewal in the background', async () => {
    const byConfirm = await whileRenewed(
      async () => false,
      INTERVAL_MS,
      async (lease) => [await lease.confirm(), lease.lost],
    );
    expect(byConfirm).toEqual([false, true]);

    const renew = jest.fn(async () => false);
    const inBackground = await whileRenewed(renew, INTERVAL_MS, async (lease) => {
      const before = lease.lost;
      await jest.advanceTimersByTimeAsync(INTERVAL_MS);
      return [before, lease.lost];
    });
    expect(inBackground).toEqual([false, true]);
  });

  it('remembers a loss even if a later look would find the lease free, and asks the database no more', async () => {
    const held = [false, true];
    const renew = jest.fn(async () => held.shift() ?? true);
    const confirmed = await whileRenewed(renew, INTERVAL_MS, async (lease) => {
      await jest.advanceTimersByTimeAsync(INTERVAL_MS);
      return lease.confirm();
    });
    expect(confirmed).toBe(false);
    expect(renew).toHaveBeenCalledTimes(1);
  });

  it('does not count a renewal the database failed in the background as a loss; confirm passes such a failure on', async () => {
    const renew = jest
      .fn<() => Promise<boolean>>()
      .mockRejectedValueOnce(new Error('connection lost'))
      .mockResolvedValueOnce(true)
      .mockRejectedValueOnce(new Error('connection lost again'));
    await whileRenewed(renew, INTERVAL_MS, async (lease) => {
      await jest.advanceTimersByTimeAsync(INTERVAL_MS);
      expect(lease.lost).toBe(false);
      await expect(lease.confirm()).resolves.toBe(true);
      await expect(lease.confirm()).rejects.toThrow('connection lost again');
      expect(lease.lost).toBe(false);
    });
  });
});
