import { Injectable, type OnModuleDestroy } from '@nestjs/common';
import { MetricsRecorder } from '../metrics/index.js';
import { CapacityExceededError, type QueueUpdate } from './llm-call-types.js';
import { turnAbortedError } from './turn-aborted.js';
import { FairQueue } from './fair-queue.js';
import { LlmHostPool } from './llm-host-pool.js';
import type { LlmHost, LlmPurpose } from './llm-host.js';
import { NoUsableHostError } from './no-usable-host.error.js';
import { ServiceTimeEstimate } from './service-time-estimate.js';

export interface SlotRequest {
  purpose: LlmPurpose;
  lane: string;
  signal?: AbortSignal;
  onQueued?: (update: QueueUpdate) => void;
  /** Epoch ms after which the call stops waiting; set by the call's first wait, kept by its busy retries. */
  deadline: number;
  /** The host that just failed or was busy: taken again only when no other has a slot. */
  avoid?: LlmHost;
  /** A call that got a slot, found the host busy, and waits again: it goes to the front of its lane. */
  again?: boolean;
}

/** What the call reports when it gives its slot back. */
export type SlotOutcome = 'answered' | 'busy' | 'failed';

export interface SlotLease {
  host: LlmHost;
  release(outcome: SlotOutcome): void;
}

interface Waiter {
  request: SlotRequest;
  enqueuedAt: number;
  grant(host: LlmHost): void;
  fail(error: Error): void;
  lastPosition: number;
  lastToldAt: number;
}

/** How often waiting streams are checked for a changed position; each is told at most once a second. */
const POSITION_TICK_MS = 500;
const MIN_TELL_INTERVAL_MS = 1000;
/** While calls wait and some host is paused or about to take a trial call, look again this often. */
const WAKE_MS = 100;

/**
 * The app-level queue in front of every host's slots. A call that finds a slot starts at once;
 * otherwise it waits in a FairQueue lane (round-robin across patients) until a slot frees,
 * with its wait bounded by LLM_QUEUE_MAX_WAIT_SECONDS and the queue by LLM_QUEUE_MAX_LENGTH.
 * Waiting streams are told their position; a call nobody can serve (every breaker open)
 * fails at once instead of waiting.
 */
@Injectable()
export class LlmSlotScheduler implements OnModuleDestroy {
  private readonly queue = new FairQueue<Waiter>();
  private readonly serviceTime = new ServiceTimeEstimate();
  private ticker?: NodeJS.Timeout;
  private wake?: NodeJS.Timeout;

  constructor(
    private readonly pool: LlmHostPool,
    private readonly metrics: MetricsRecorder,
  ) {
    metrics.watchLlmQueue(() => this.queue.length);
  }

  get queueLength(): number {
    return this.queue.length;
  }

  /** A fresh deadline for a call that is about to ask for its first slot. */
  deadlineFromNow(): number {
    return Date.now() + this.pool.settings.queueMaxWaitMs;
  }

  acquire(request: SlotRequest): Promise<SlotLease> {
    const { signal } = request;
    if (signal?.aborted) return Promise.reject(turnAbortedError(signal));
    const now = Date.now();
    if (!this.pool.anyUsable(request.purpose, now)) return Promise.reject(new NoUsableHostError());
    // Nobody waits ahead: take a free slot at once (a busy retry still queues, to let others go first).
    if (this.queue.length === 0 && !request.again) {
      const host = this.pool.pick(request.purpose, now, request.avoid);
      if (host) {
        this.metrics.llmQueueWaited(0);
        return Promise.resolve(this.lease(host, request.purpose));
      }
    }
    if (!request.again && this.queue.length >= this.pool.settings.queueMaxLength) {
      return Promise.reject(new CapacityExceededError('queue_full', this.retryAfterSeconds(request.purpose)));
    }
    return this.enqueue(request, now);
  }

  onModuleDestroy(): void {
    clearInterval(this.ticker);
    clearTimeout(this.wake);
    for (const waiter of this.queue.drain()) waiter.fail(new Error('The service is stopping.'));
  }

  private enqueue(request: SlotRequest, now: number): Promise<SlotLease> {
    return new Promise<SlotLease>((resolve, reject) => {
      const { signal } = request;
      let timer: NodeJS.Timeout | undefined;
      const settle = () => {
        clearTimeout(timer);
        signal?.removeEventListener('abort', onAbort);
      };
      const waiter: Waiter = {
        request,
        enqueuedAt: now,
        lastPosition: 0,
        lastToldAt: 0,
        grant: (host) => {
          settle();
          this.metrics.llmQueueWaited((Date.now() - now) / 1000);
          resolve(this.lease(host, request.purpose));
        },
        fail: (error) => {
          settle();
          reject(error);
        },
      };
      const leave = (error: Error) => {
        if (this.queue.remove(request.lane, waiter)) waiter.fail(error);
      };
      const onAbort = () => leave(turnAbortedError(signal!));
      signal?.addEventListener('abort', onAbort, { once: true });
      timer = setTimeout(
        () => leave(new CapacityExceededError('wait_timeout', this.retryAfterSeconds(request.purpose))),
        Math.max(0, request.deadline - now),
      );
      if (request.again) this.queue.pushFront(request.lane, waiter);
      else this.queue.push(request.lane, waiter);
      this.dispatch();
      this.tellPositions(true);
      this.startTicker();
    });
  }

  private lease(host: LlmHost, purpose: LlmPurpose): SlotLease {
    host.inUse += 1;
    // A call let through an open breaker is its trial: no other may follow until it ends.
    const breaker = host.breakerFor(purpose);
    const endTrial = breaker && !breaker.closed ? breaker.takeTrial() : undefined;
    const startedAt = Date.now();
    let released = false;
    return {
      host,
      release: (outcome) => {
        if (released) return;
        released = true;
        host.inUse -= 1;
        endTrial?.();
        if (outcome === 'busy') host.pauseAfterBusy(Date.now());
        else host.answered();
        if (outcome === 'answered') this.serviceTime.record(Date.now() - startedAt);
        this.dispatch();
      },
    };
  }

  /** Hands free slots to waiters, lane by lane, for as long as both last. */
  private dispatch(): void {
    const now = Date.now();
    this.failUnservable(now);
    for (;;) {
      const waiter = this.queue.shift(
        (candidate) => this.pool.pick(candidate.request.purpose, now, candidate.request.avoid) !== undefined,
      );
      if (!waiter) break;
      waiter.grant(this.pool.pick(waiter.request.purpose, now, waiter.request.avoid)!);
    }
    this.scheduleWake();
  }

  /** Waiters whose every host has an open circuit would only wait out the limit: they fail now. */
  private failUnservable(now: number): void {
    if (this.queue.length === 0) return;
    for (const waiter of this.queue.serviceOrder()) {
      if (this.pool.anyUsable(waiter.request.purpose, now)) continue;
      if (this.queue.remove(waiter.request.lane, waiter)) waiter.fail(new NoUsableHostError());
    }
  }

  /** A host pause or a breaker's reset delay ends without any slot being released: look again then. */
  private scheduleWake(): void {
    clearTimeout(this.wake);
    this.wake = undefined;
    if (this.queue.length === 0) return;
    const someSlotFree = this.pool.hosts.some((host) => host.freeSlots > 0);
    if (!someSlotFree) return;
    this.wake = setTimeout(() => this.dispatch(), WAKE_MS);
    this.wake.unref();
  }

  private startTicker(): void {
    if (this.ticker) return;
    this.ticker = setInterval(() => this.tellPositions(false), POSITION_TICK_MS);
    this.ticker.unref();
  }

  /** Tells each waiting stream its place when it changed, at most once a second (`first`: right after queueing). */
  private tellPositions(first: boolean): void {
    if (this.queue.length === 0) {
      clearInterval(this.ticker);
      this.ticker = undefined;
      return;
    }
    const now = Date.now();
    for (const [index, waiter] of this.queue.serviceOrder().entries()) {
      const { onQueued, purpose } = waiter.request;
      const position = index + 1;
      if (!onQueued || position === waiter.lastPosition) continue;
      const neverTold = waiter.lastToldAt === 0;
      if (!neverTold && (first || now - waiter.lastToldAt < MIN_TELL_INTERVAL_MS)) continue;
      waiter.lastPosition = position;
      waiter.lastToldAt = now;
      onQueued({ position, estimated_wait_seconds: this.estimatedWaitSeconds(position, purpose) });
    }
  }

  private estimatedWaitSeconds(position: number, purpose: LlmPurpose): number {
    const slots = Math.max(1, this.pool.usableSlots(purpose));
    return Math.max(1, Math.ceil((position * this.serviceTime.meanMs) / slots / 1000));
  }

  /** When a refused patient should ask again: roughly when today's queue will have drained. */
  private retryAfterSeconds(purpose: LlmPurpose): number {
    const limit = Math.ceil(this.pool.settings.queueMaxWaitMs / 1000);
    return Math.min(limit, this.estimatedWaitSeconds(this.queue.length + 1, purpose));
  }
}
