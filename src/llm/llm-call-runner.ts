import { Injectable, Logger } from '@nestjs/common';
import { isBrokenCircuitError } from 'cockatiel';
import { MetricsRecorder } from '../metrics/index.js';
import { attemptSignal } from './attempt-signal.js';
import { turnAbortedError } from './turn-aborted.js';
import { LlmCallError } from './llm-failure.js';
import type { LlmCallContext } from './llm-call-context.js';
import { LlmHostPool } from './llm-host-pool.js';
import type { LlmHost, LlmPurpose } from './llm-host.js';
import { LlmSlotScheduler, type SlotLease } from './llm-slot-scheduler.js';

export interface LlmCallPlan {
  purpose: LlmPurpose;
  /** Whose share and whom to tell; calls without one (imports) share the system lane. */
  context: LlmCallContext;
  /** The client's signal: leaving cancels the wait and the call. */
  signal?: AbortSignal;
  timeoutMs: number;
  /** Retries of transient failures (busy answers are not retries: they wait for a slot again). */
  maxRetries: number;
  retryBaseDelayMs: number;
  /** Names the call in retry logs, e.g. "Ollama" or "the vision model". */
  describedAs: string;
}

/** One attempt on one host; it throws LlmCallError for the host's failures, anything else passes through. */
export type LlmAttempt<T> = (host: LlmHost, attemptSignal: AbortSignal) => Promise<T>;

/**
 * Runs one model call through the capacity rules: a slot on the best host (waiting fairly when
 * none is free), a timeout per attempt, the host's breaker around the attempt, a wait for a
 * slot again after a "busy" answer (on another host when there is one), and bounded retries
 * with backoff for real transient failures, preferring another host.
 */
@Injectable()
export class LlmCallRunner {
  private readonly logger = new Logger('LlmCallRunner');

  constructor(
    private readonly scheduler: LlmSlotScheduler,
    readonly pool: LlmHostPool,
    private readonly metrics: MetricsRecorder,
  ) {}

  async run<T>(plan: LlmCallPlan, attempt: LlmAttempt<T>): Promise<T> {
    const { signal } = plan;
    // Before the queue: a call the turn may not make must not hold a place in it, nor a slot.
    await plan.context.admit?.();
    const deadline = this.scheduler.deadlineFromNow();
    let retries = 0;
    let again = false;
    let avoid: LlmHost | undefined;
    for (;;) {
      const lease = await this.scheduler.acquire({
        purpose: plan.purpose,
        lane: plan.context.lane,
        signal,
        onQueued: plan.context.onQueued,
        deadline,
        avoid,
        again,
      });
      const outcome = await this.attemptOn(lease, plan, attempt);
      if (outcome.done) return outcome.value;
      const error = outcome.error;
      avoid = lease.host;
      again = false;
      if (isBrokenCircuitError(error)) continue;
      if (!(error instanceof LlmCallError)) throw error;
      if (error.busy) {
        this.metrics.llmBusyResponse(lease.host.label);
        again = true;
        continue;
      }
      if (!error.retryable || retries >= plan.maxRetries) throw error;
      retries += 1;
      const delay = backoffMs(plan.retryBaseDelayMs, retries);
      this.logger.warn(
        `Retrying ${plan.describedAs} in ${Math.round(delay)} ms (attempt ${retries}): ${error.message}`,
      );
      await pause(delay, signal);
    }
  }

  /** One attempt holding the lease, which is always given back with what happened. */
  private async attemptOn<T>(
    lease: SlotLease,
    plan: LlmCallPlan,
    attempt: LlmAttempt<T>,
  ): Promise<{ done: true; value: T } | { done: false; error: unknown }> {
    // Every attempt's work (a whole streamed answer included) is done when it settles.
    const { signal, dispose } = attemptSignal(plan.timeoutMs, plan.signal);
    const breaker = lease.host.breakerFor(plan.purpose);
    try {
      const value = breaker
        ? await breaker.policy.execute(() => attempt(lease.host, signal))
        : await attempt(lease.host, signal);
      lease.release('answered');
      return { done: true, value };
    } catch (error) {
      lease.release(error instanceof LlmCallError && error.busy ? 'busy' : 'failed');
      return { done: false, error };
    } finally {
      dispose();
    }
  }
}

/** Exponential, with jitter so retries of many turns do not arrive together; capped at 16 × the base. */
function backoffMs(baseMs: number, retry: number): number {
  const exponential = Math.min(baseMs * 2 ** (retry - 1), baseMs * 16);
  return exponential * (0.5 + Math.random() / 2);
}

function pause(ms: number, signal?: AbortSignal): Promise<void> {
  if (signal?.aborted) return Promise.reject(turnAbortedError(signal));
  if (ms <= 0) return Promise.resolve();
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    const onAbort = () => {
      clearTimeout(timer);
      reject(turnAbortedError(signal!));
    };
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}
