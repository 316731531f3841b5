import { describe, expect, it, jest } from '@jest/globals';
import { CHANGE_LEASE_MS, ClaimLostError, LEASE_RENEWAL_MS, underLease } from './claim-lease.js';

// How a lease is renewed, remembered lost and ended is RenewedLease's (renewed-lease.spec.ts);
// here, what a claimed change of a patient's index makes of it.
describe('ClaimLease (a claimed change of a patient index keeps its lease while it runs)', () => {
  it('is renewed several times within one lease, so a live change is never taken over', async () => {
    expect(CHANGE_LEASE_MS / LEASE_RENEWAL_MS).toBeGreaterThanOrEqual(3);
    jest.useFakeTimers();
    try {
      const renew = jest.fn(async () => true);
      await underLease(7, renew, () => jest.advanceTimersByTimeAsync(CHANGE_LEASE_MS));
      expect(renew).toHaveBeenCalledTimes(CHANGE_LEASE_MS / LEASE_RENEWAL_MS);
    } finally {
      jest.useRealTimers();
    }
  });

  it('confirms a claim still held by renewing it at once', async () => {
    const renew = jest.fn(async () => true);
    await underLease(7, renew, (lease) => lease.confirm());
    expect(renew).toHaveBeenCalledTimes(1);
  });

  it('refuses to confirm a claim another change took over, naming its revision', async () => {
    const confirmed = underLease(
      7,
      async () => false,
      (lease) => lease.confirm(),
    );
    await expect(confirmed).rejects.toBeInstanceOf(ClaimLostError);
    await expect(confirmed).rejects.toMatchObject({ revision: 7 });
  });
});
