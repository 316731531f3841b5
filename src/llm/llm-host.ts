import { HostBreaker } from './host-breaker.js';

/** What a call is for: chat and vision calls have a breaker each, embeddings only take slots. */
export type LlmPurpose = 'chat' | 'vision' | 'embedding';
type BreakerLane = Exclude<LlmPurpose, 'embedding'>;
/** What the periodic probe last saw; `unknown` before its first round and when only one host is configured. */
export type ProbedState = 'unknown' | 'up' | 'down';

/** The first pause after a "server busy" answer; it doubles with each busy answer in a row. */
const BUSY_PAUSE_MS = 250;
const MAX_BUSY_PAUSE_MS = 5_000;

/**
 * One inference server: its slots (generations the app lets it run at once), its breakers and
 * whether it asked for a pause. The slot count is the app's promise never to send it more; a
 * "busy" answer means someone else shares the server, so the host is paused briefly instead of
 * being hammered, and is never counted as broken.
 */
export class LlmHost {
  /** `host:port`: the metric label and the name in logs and /api/health. */
  readonly label: string;
  readonly breakers: Record<BreakerLane, HostBreaker>;
  inUse = 0;
  /** Routing skips a host probed `down` while any other is not (see LlmHostPool.pick). */
  probed: ProbedState = 'unknown';
  private pausedUntil = 0;
  private busyInARow = 0;

  constructor(
    readonly url: string,
    readonly slots: number,
    breakerResetMs: number,
  ) {
    this.label = new URL(url).host;
    this.breakers = { chat: new HostBreaker(breakerResetMs), vision: new HostBreaker(breakerResetMs) };
  }

  breakerFor(purpose: LlmPurpose): HostBreaker | undefined {
    return purpose === 'embedding' ? undefined : this.breakers[purpose];
  }

  get freeSlots(): number {
    return Math.max(0, this.slots - this.inUse);
  }

  /**
   * Records a periodic probe. A host that answered also gets its open breakers closed once
   * their reset delay has passed: the probe was the trial. Returns whether the up/down state changed.
   */
  recordProbe(up: boolean, now: number): boolean {
    const before = this.probed;
    this.probed = up ? 'up' : 'down';
    if (up) for (const breaker of Object.values(this.breakers)) breaker.closeAfterProbe(now);
    return before !== this.probed;
  }

  /** Whether a call of this purpose may start here now. */
  admits(purpose: LlmPurpose, now: number): boolean {
    if (this.freeSlots === 0 || now < this.pausedUntil) return false;
    return this.breakerFor(purpose)?.admits(now) ?? true;
  }

  /** Whether this host could serve the purpose now or after a wait (its breaker is not freshly open). */
  usable(purpose: LlmPurpose, now: number): boolean {
    return this.breakerFor(purpose)?.usable(now) ?? true;
  }

  /** The host answered "busy": pause it; returns when it may be tried again. */
  pauseAfterBusy(now: number): number {
    this.busyInARow += 1;
    const pause = Math.min(BUSY_PAUSE_MS * 2 ** (this.busyInARow - 1), MAX_BUSY_PAUSE_MS);
    this.pausedUntil = Math.max(this.pausedUntil, now + pause);
    return this.pausedUntil;
  }

  /** Any answer that was not "busy" ends the run of pauses. */
  answered(): void {
    this.busyInARow = 0;
  }
}
