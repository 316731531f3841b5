/**
 * A lease kept alive while work runs under it: renewed every `intervalMs` in the background, so
 * a long piece of work (a first import of 100k records, a knowledge collection's load) is not
 * taken over while it is still writing. Where the lease lives is the caller's: `renew` extends
 * it in the database and says whether it is still the caller's.
 *
 * A renewal the database failed is not a loss: the next may pass before the lease ends, and
 * work that must know decides with `confirm`. A renewal that finds the lease in another's hands
 * is remembered for good (`lost`), even if a later look would find it free again: the other
 * holder may have written meanwhile. The interval never keeps the process alive on its own.
 */
export class RenewedLease {
  private readonly timer: NodeJS.Timeout;
  private lostToAnother = false;

  constructor(
    private readonly renew: () => Promise<boolean>,
    intervalMs: number,
  ) {
    this.timer = setInterval(() => {
      this.renew().then(
        (held) => {
          if (!held) this.lostToAnother = true;
        },
        () => undefined,
      );
    }, intervalMs);
    this.timer.unref();
  }

  /** Whether a renewal (in the background or by `confirm`) found the lease in another's hands. */
  get lost(): boolean {
    return this.lostToAnother;
  }

  /**
   * Renews the lease now, unless it is already known lost; returns whether it is still held.
   * A renewal the database fails here rejects: the caller cannot know.
   */
  async confirm(): Promise<boolean> {
    if (this.lostToAnother) return false;
    const held = await this.renew();
    if (!held) this.lostToAnother = true;
    return held;
  }

  /** Stops renewing (the work ended, whatever its outcome). */
  end(): void {
    clearInterval(this.timer);
  }
}

/** Runs `work` under a lease renewed every `intervalMs` (see RenewedLease), ended whatever the outcome. */
export async function whileRenewed<T>(
  renew: () => Promise<boolean>,
  intervalMs: number,
  work: (lease: RenewedLease) => Promise<T>,
): Promise<T> {
  const lease = new RenewedLease(renew, intervalMs);
  try {
    return await work(lease);
  } finally {
    lease.end();
  }
}
