import type { Exchange } from './http-fake.js';

/**
 * Where a fake model server's calls wait, unanswered, while a test holds them: the test lines
 * calls up at the fake and lets them go once it has seen what it waits for, instead of counting
 * on a latency outlasting how slowly a loaded host brings the calls there.
 */
export class AnswerHold {
  private held?: { released: Promise<void>; release: () => void };

  /** From now on, calls that reach wait() wait until release(). */
  hold(): void {
    if (this.held) return;
    let release = (): void => undefined;
    const released = new Promise<void>((resolve) => (release = resolve));
    this.held = { released, release };
  }

  /** Lets every waiting call go; later calls pass at once until hold() again. */
  release(): void {
    this.held?.release();
    this.held = undefined;
  }

  /** At once when nothing is held; otherwise when released, or when the client hangs up. */
  async wait(ex: Exchange): Promise<void> {
    if (this.held) await Promise.race([this.held.released, ex.untilClosed()]);
  }
}
