/** Assumed before any call has finished: a typical short MedGemma answer on one slot. */
const INITIAL_MEAN_MS = 8_000;
/** Weight of the newest call: recent calls matter most (the model, prompt sizes and load drift). */
const WEIGHT = 0.2;

/**
 * How long a slot is held by one call, as an exponentially weighted mean of the calls that
 * finished. It turns a queue position into an estimated wait and a queue length into the
 * `Retry-After` of a refusal.
 */
export class ServiceTimeEstimate {
  private mean = INITIAL_MEAN_MS;
  private samples = 0;

  get meanMs(): number {
    return this.mean;
  }

  record(heldMs: number): void {
    this.samples += 1;
    // The first sample replaces the guess outright; later ones are blended in.
    this.mean = this.samples === 1 ? heldMs : this.mean + WEIGHT * (heldMs - this.mean);
  }
}
