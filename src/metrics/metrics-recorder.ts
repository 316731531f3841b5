import { Injectable } from '@nestjs/common';
import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';
import { RequestDurationHistogram } from './request-duration-histogram.js';
import { LlmCapacityMetrics, type LlmRejectionReason, type LlmSlotsSnapshot } from './llm-capacity-metrics.js';

export type { LlmRejectionReason, LlmSlotsSnapshot } from './llm-capacity-metrics.js';

/** How a chat turn ended; the `outcome` label of `medchat_chat_turns_total`. */
export type ChatTurnOutcome =
  | 'completed'
  | 'dependency_unavailable'
  | 'capacity'
  | 'quota'
  | 'client_disconnected'
  | 'internal_error'
  | 'interrupted'
  | 'storage_unavailable';

export type CircuitBreakerStatus = 'closed' | 'open' | 'half-open';

/** Reports an external call's end: no argument when it succeeded, else a short failure kind. */
export type CallTimer = (failureKind?: string) => void;

/** `medchat_circuit_breaker_state` values: a number a dashboard can threshold on. */
export const CIRCUIT_BREAKER_STATE_VALUES: Readonly<Record<CircuitBreakerStatus, number>> = {
  closed: 0,
  'half-open': 1,
  open: 2,
};

const HTTP_BUCKETS = [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60, 120];
const DEPENDENCY_BUCKETS = [0.01, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 20, 30, 60, 120];

/**
 * The service's Prometheus metrics, in a registry of this application's own: several apps in
 * one process (the integration tests) never share or overwrite each other's series.
 *
 * Label values are always drawn from small fixed sets (route templates, outcomes, failure
 * kinds, emergency categories), never from a request: no id, path or text can become a label.
 */
@Injectable()
export class MetricsRecorder {
  readonly registry = new Registry();

  private readonly httpDuration = new RequestDurationHistogram(
    'medchat_http_request_duration_seconds',
    'HTTP requests by method, route template and status code, from arrival to the last byte sent',
    HTTP_BUCKETS,
    this.registry,
  );
  private readonly chatTurns = new Counter({
    name: 'medchat_chat_turns_total',
    help: 'Chat turns by outcome (completed, dependency_unavailable, capacity, quota, client_disconnected, internal_error, interrupted, storage_unavailable)',
    labelNames: ['outcome'] as const,
    registers: [this.registry],
  });
  private readonly llmDuration = new Histogram({
    name: 'medchat_llm_call_duration_seconds',
    help: 'Language model calls (one per attempt) by operation and outcome',
    labelNames: ['operation', 'outcome'] as const,
    buckets: DEPENDENCY_BUCKETS,
    registers: [this.registry],
  });
  private readonly llmErrors = new Counter({
    name: 'medchat_llm_call_errors_total',
    help: 'Failed language model calls by operation and failure kind',
    labelNames: ['operation', 'kind'] as const,
    registers: [this.registry],
  });
  private readonly sttDuration = new Histogram({
    name: 'medchat_stt_call_duration_seconds',
    help: 'Speech-to-text calls by outcome',
    labelNames: ['outcome'] as const,
    buckets: DEPENDENCY_BUCKETS,
    registers: [this.registry],
  });
  private readonly sttErrors = new Counter({
    name: 'medchat_stt_call_errors_total',
    help: 'Failed speech-to-text calls by failure kind',
    labelNames: ['kind'] as const,
    registers: [this.registry],
  });
  private readonly feedback = new Counter({
    name: 'medchat_feedback_total',
    help: 'Feedback given on answers (a replaced rating counts again), by rating and reason (`none` when no reason was given); one increment per reason',
    labelNames: ['rating', 'reason'] as const,
    registers: [this.registry],
  });
  private readonly streamedTokens = new Counter({
    name: 'medchat_chat_tokens_streamed_total',
    help: 'Answer pieces sent to clients as server-sent `token` events',
    registers: [this.registry],
  });
  private readonly emergencies = new Counter({
    name: 'medchat_emergencies_detected_total',
    help: 'Chat turns triaged as emergencies, by emergency category (a turn can count in several)',
    labelNames: ['category'] as const,
    registers: [this.registry],
  });
  private readonly recordsBeyondBound = new Counter({
    name: 'medchat_record_retrieval_beyond_bound_total',
    help: 'Patient records a record question selected but ranking did not consider (RECORD_RETRIEVAL_MAX_CANDIDATES reached)',
    registers: [this.registry],
  });
  private readonly rateLimitedRequests = new Counter({
    name: 'medchat_rate_limited_requests_total',
    help: 'Requests refused with 429 by route template and rate-limit window',
    labelNames: ['route', 'window'] as const,
    registers: [this.registry],
  });
  private readonly activeStreams = new Gauge({
    name: 'medchat_chat_active_streams',
    help: 'Server-sent event chat streams open now',
    registers: [this.registry],
  });
  /** Queue, slots, busy answers, rejections and tokens: registered here, after the series above. */
  private readonly llmCapacity = new LlmCapacityMetrics(this.registry);
  private readonly breakerSources: Array<() => Record<string, CircuitBreakerStatus>> = [];

  constructor() {
    const breakerSources = this.breakerSources;
    new Gauge({
      name: 'medchat_circuit_breaker_state',
      help: 'State of each circuit breaker: 0 closed, 1 half-open, 2 open',
      labelNames: ['breaker'] as const,
      registers: [this.registry],
      collect() {
        this.reset();
        for (const snapshot of breakerSources) {
          for (const [breaker, status] of Object.entries(snapshot()))
            this.set({ breaker }, CIRCUIT_BREAKER_STATE_VALUES[status]);
        }
      },
    });
    this.llmCapacity.registerGauges();
    collectDefaultMetrics({ register: this.registry });
  }

  get contentType(): string {
    return this.registry.contentType;
  }

  /** The Prometheus text exposition of every metric. */
  render(): Promise<string> {
    return this.registry.metrics();
  }

  /** `route` must be a route template (`/api/upload/:file_id`), never the requested URL. */
  observeHttpRequest(method: string, route: string, statusCode: number, seconds: number): void {
    this.httpDuration.observe(method, route, statusCode, seconds);
  }

  chatTurn(outcome: ChatTurnOutcome): void {
    this.chatTurns.inc({ outcome });
  }

  recordRetrievalBeyondBound(records: number): void {
    this.recordsBeyondBound.inc(records);
  }

  emergencyDetected(categories: readonly string[]): void {
    for (const category of categories) this.emergencies.inc({ category });
  }

  /** `windowMs` is the length of the window that refused the request. */
  rateLimited(route: string, windowMs: number): void {
    this.rateLimitedRequests.inc({ route, window: windowName(windowMs) });
  }

  /** Counts the stream as open until the returned function is called (calling it again does nothing). */
  streamOpened(): () => void {
    this.activeStreams.inc();
    let open = true;
    return () => {
      if (!open) return;
      open = false;
      this.activeStreams.dec();
    };
  }

  /** Ratings and reasons are the API's fixed enums, never free text. */
  feedbackGiven(rating: 'helpful' | 'not_helpful', reasons: readonly string[]): void {
    if (reasons.length === 0) this.feedback.inc({ rating, reason: 'none' });
    for (const reason of reasons) this.feedback.inc({ rating, reason });
  }

  tokenStreamed(): void {
    this.streamedTokens.inc();
  }

  /** Times one language model call; `operation` names what it was for (`chat`, `vision`, ...). */
  startLlmCall(operation: string): CallTimer {
    const end = this.llmDuration.startTimer({ operation });
    return (failureKind) => {
      end({ outcome: failureKind === undefined ? 'success' : 'error' });
      if (failureKind !== undefined) this.llmErrors.inc({ operation, kind: failureKind });
    };
  }

  /** A language model call refused before it started (an open circuit). */
  llmCallRefused(operation: string, kind: string): void {
    this.llmErrors.inc({ operation, kind });
  }

  startSttCall(): CallTimer {
    const end = this.sttDuration.startTimer();
    return (failureKind) => {
      end({ outcome: failureKind === undefined ? 'success' : 'error' });
      if (failureKind !== undefined) this.sttErrors.inc({ kind: failureKind });
    };
  }

  /** One LLM call got its slot after waiting this long. */
  llmQueueWaited(seconds: number): void {
    this.llmCapacity.queueWaited(seconds);
  }

  llmBusyResponse(host: string): void {
    this.llmCapacity.busyResponse(host);
  }

  /** Tokens one answered turn consumed, per role (the daily token quota counts the same). */
  llmTokens(role: 'prompt' | 'completion', count: number): void {
    this.llmCapacity.tokens(role, count);
  }

  llmTurnRejected(reason: LlmRejectionReason): void {
    this.llmCapacity.turnRejected(reason);
  }

  /** The queue gauge reads this at every scrape (the queue lives in the orchestrator). */
  watchLlmQueue(length: () => number): void {
    this.llmCapacity.watchQueue(length);
  }

  /** The slot gauges read this at every scrape. */
  watchLlmSlots(slots: () => LlmSlotsSnapshot[]): void {
    this.llmCapacity.watchSlots(slots);
  }

  /** `snapshot` is read at every scrape, so the gauge is never stale. */
  watchCircuitBreakers(snapshot: () => Record<string, CircuitBreakerStatus>): void {
    this.breakerSources.push(snapshot);
  }
}

function windowName(windowMs: number): string {
  if (windowMs === 60_000) return 'minute';
  if (windowMs === 3_600_000) return 'hour';
  return `${Math.round(windowMs / 1000)}s`;
}
