import { afterEach, beforeEach, describe, expect, it, jest } from '@jest/globals';
import { CHANGE_LEASE_MS, ClaimLostError, LEASE_RENEWAL_MS, underLease } from './claim-lease.js';

describe('ClaimLease (a claimed change of a patient index keeps its lease while it runs)', () => {
  beforeEach(() => {
    jest.useFakeTimers();
  });
  afterEach(() => {
    jest.useRealTimers();
  });

  it('renews the lease several times within one lease while the change runs, and not after it ended', async () => {
    const renew = jest.fn(async () => true);
    let finish!: () => void;
    const change = underLease(7, renew, () => new Promise<void>((resolve) => (finish = resolve)));

    await jest.advanceTimersByTimeAsync(CHANGE_LEASE_MS);
    expect(renew.mock.calls.length).toBeGreaterThanOrEqual(3);

    finish();
    await change;
    const renewals = renew.mock.calls.length;
    await jest.advanceTimersByTimeAsync(3 * CHANGE_LEASE_MS);
    expect(renew).toHaveBeenCalledTimes(renewals);
  });

  it('confirms a claim still held by renewing it at once', async () => {
    const renew = jest.fn(async () => true);
    await underLease(7, renew, (lease) => lease.confirm());
    expect(renew).toHaveBeenCalledTimes(1);
  });

  it('refuses to confirm a claim another change took over', async () => {
    const renew = async () => false;
    await expect(underLease(7, renew, (lease) => lease.confirm())).rejects.toBeInstanceOf(ClaimLostError);
  });

  it('remembers a renewal that found the claim taken over, even if a later look would not', async () => {
    const held = [false, true];
    const renew = jest.fn(async () => held.shift() ?? true);
    const confirmed = underLease(7, renew, async (lease) => {
      await jest.advanceTimersByTimeAsync(LEASE_RENEWAL_MS);
      return lease.confirm();
    });
    await expect(confirmed).rejects.toBeInstanceOf(ClaimLostError);
  });

  it('does not count a renewal the database failed as a lost claim', async () => {
    const renew = jest
      .fn<() => Promise<boolean>>()
      .mockRejectedValueOnce(new Error('connection lost'))
      .mockResolvedValue(true);
    await underLease(7, renew, async (lease) => {
      await jest.advanceTimersByTimeAsync(LEASE_RENEWAL_MS);
      await lease.confirm();
    });
    expect(renew).toHaveBeenCalledTimes(2);
  });
});
