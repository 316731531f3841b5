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
 * The lease of one claimed change of a patient's index, renewed every LEASE_RENEWAL_MS while the
 * change runs, so that a long change (a first import of 100k records, a count on a slow server)
 * is not taken over while it is still writing. A change that may have lost its claim anyway
 * (its process stalled past the lease) confirms it before each write that would undo another
 * change's work: `confirm` renews it at once and throws ClaimLostError when it is gone.
 */
export class ClaimLease {
  private readonly timer: NodeJS.Timeout;
  private lost = false;

  /** `renew` extends the lease in the database and says whether the claim is still held. */
  constructor(
    private readonly revision: number,
    private readonly renew: () => Promise<boolean>,
  ) {
    this.timer = setInterval(() => {
      this.renew().then(
        (held) => {
          if (!held) this.lost = true;
        },
        // A renewal the database failed: the next may pass before the lease ends, and `confirm` decides.
        () => undefined,
      );
    }, LEASE_RENEWAL_MS);
    // A lease never keeps the process alive on its own.
    this.timer.unref();
  }

  /** Renews the lease now; throws ClaimLostError if another change holds the index. */
  async confirm(): Promise<void> {
    if (this.lost || !(await this.renew())) {
      this.lost = true;
      throw new ClaimLostError(this.revision);
    }
  }

  /** Stops renewing (the change released or abandoned its claim, or failed). */
  end(): void {
    clearInterval(this.timer);
  }
}

/** Runs `change` under a renewed lease of the claim at `revision`, ended whatever the outcome. */
export async function underLease<T>(
  revision: number,
  renew: () => Promise<boolean>,
  change: (lease: ClaimLease) => Promise<T>,
): Promise<T> {
  const lease = new ClaimLease(revision, renew);
  try {
    return await change(lease);
  } finally {
    lease.end();
  }
}
