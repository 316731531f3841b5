import { whileRenewed, type RenewedLease } from '../../common/leases/renewed-lease.js';

/**
 * How long a claimed change may keep a patient's index CHANGING without renewing its lease
 * before another change takes it over (its process may have died).
 */
export const CHANGE_LEASE_MS = 120_000;

/** How often a live change renews its lease: several renewals may fail before the lease ends. */
export const LEASE_RENEWAL_MS = CHANGE_LEASE_MS / 4;

/** Thrown by `ClaimLease.confirm` when another change took the index over. */
export class ClaimLostError extends Error {
  constructor(readonly revision: number) {
    super(`The patient's search index claim at revision ${revision} was taken over by another change`);
    this.name = 'ClaimLostError';
  }
}

/**
 * The lease of one claimed change of a patient's index (a RenewedLease, renewed every
 * LEASE_RENEWAL_MS while the change runs). A change that may have lost its claim anyway (its
 * process stalled past the lease) confirms it before each write that would undo another
 * change's work: `confirm` renews it at once and throws ClaimLostError when it is gone.
 */
export interface ClaimLease {
  confirm(): Promise<void>;
}

/** Runs `change` under a renewed lease of the claim at `revision`, ended whatever the outcome. */
export function underLease<T>(
  revision: number,
  renew: () => Promise<boolean>,
  change: (lease: ClaimLease) => Promise<T>,
): Promise<T> {
  return whileRenewed(renew, LEASE_RENEWAL_MS, (lease) => change(claimLease(revision, lease)));
}

function claimLease(revision: number, lease: RenewedLease): ClaimLease {
  return {
    async confirm() {
      if (!(await lease.confirm())) throw new ClaimLostError(revision);
    },
  };
}
