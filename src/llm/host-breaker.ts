import { circuitBreaker, CircuitState, ConsecutiveBreaker, handleWhen, type CircuitBreakerPolicy } from 'cockatiel';
import { LlmCallError } from './llm-failure.js';

/** Consecutive failed attempts (not turns) on one host after which it is skipped. */
export const LLM_BREAKER_THRESHOLD = 5;

/**
 * One host's circuit breaker for one kind of call (the chat model or the vision model, which
 * may be different models failing apart). It counts real failures only — refused connections,
 * timeouts, 5xx other than "busy" — since LlmCallError.countsAgainstBreaker leaves out the
 * capacity signals, client aborts and refused requests.
 *
 * cockatiel moves an open breaker to half-open lazily, on the first call after the reset
 * delay; `admits` tells the router when that first call may be sent, and that it is only one.
 */
export class HostBreaker {
  readonly policy: CircuitBreakerPolicy;
  private openedAt = 0;
  /** A trial call was handed out and has not ended yet. */
  private trialOut = false;

  constructor(private readonly resetMs: number) {
    this.policy = circuitBreaker(
      handleWhen((error) => error instanceof LlmCallError && error.countsAgainstBreaker),
      { halfOpenAfter: resetMs, breaker: new ConsecutiveBreaker(LLM_BREAKER_THRESHOLD) },
    );
    this.policy.onBreak(() => (this.openedAt = Date.now()));
  }

  /**
   * A successful probe once the reset delay has passed stands in for the trial call, so no
   * patient's turn is spent finding out the host is back. The failure count is left as it is:
   * like a passed trial, the host is back on probation and its next real failure reopens the
   * breaker. Returns whether the breaker closed. cockatiel has no plain "close", and isolating
   * then releasing the breaker is its documented way back to closed.
   */
  closeAfterProbe(now: number): boolean {
    if (this.policy.state === CircuitState.Closed || this.trialOut) return false;
    if (this.policy.state === CircuitState.Open && !this.trialEligible(now)) return false;
    this.policy.isolate().dispose();
    return true;
  }

  get closed(): boolean {
    return this.policy.state === CircuitState.Closed;
  }

  /** Whether a call may be sent now: always when closed, one trial once the reset delay passed. */
  admits(now: number): boolean {
    if (this.closed) return true;
    return this.trialEligible(now) && !this.trialOut;
  }

  /** Open, but the reset delay has passed: the next call is a trial. */
  trialEligible(now: number): boolean {
    return this.policy.state === CircuitState.Open && now - this.openedAt >= this.resetMs;
  }

  /** Whether this breaker could admit a call now or after its reset delay (false only while it is freshly open). */
  usable(now: number): boolean {
    return this.closed || this.trialEligible(now) || this.policy.state === CircuitState.HalfOpen;
  }

  /** Marks the trial handed out; returns the function that ends it. */
  takeTrial(): () => void {
    this.trialOut = true;
    return () => (this.trialOut = false);
  }
}
