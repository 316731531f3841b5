// Why a file of its own: the LLM capacity metrics (queue, slots, busy answers, rejections, tokens)
// are one concern with its own scrape-time sources; MetricsRecorder delegates to this class so its
// public methods stay where callers use them.
import { Counter, Gauge, Histogram, type Registry } from 'prom-client';

/** Why a turn was refused for want of LLM capacity; the `reason` label of `medchat_llm_turns_rejected_total`. */
export type LlmRejectionReason = 'queue_full' | 'wait_timeout';

/** One LLM host's slots as the capacity gauges read them at each scrape. */
export interface LlmSlotsSnapshot {
  host: string;
  inUse: number;
  total: number;
}

const QUEUE_WAIT_BUCKETS = [0.01, 0.1, 0.5, 1, 2.5, 5, 10, 20, 30, 60, 120, 300];

/** The LLM capacity series of MetricsRecorder's registry. */
export class LlmCapacityMetrics {
  private readonly queueWait: Histogram;
  private readonly busyResponses: Counter<'host'>;
  private readonly tokenCounts: Counter<'role'>;
  private readonly turnsRejected: Counter<'reason'>;
  private readonly queueLengthSources: Array<() => number> = [];
  private readonly slotSources: Array<() => LlmSlotsSnapshot[]> = [];

  constructor(private readonly registry: Registry) {
    this.queueWait = new Histogram({
      name: 'medchat_llm_queue_wait_seconds',
      help: 'Time LLM calls waited for a free slot (0 when one was free)',
      buckets: QUEUE_WAIT_BUCKETS,
      registers: [registry],
    });
    this.busyResponses = new Counter({
      name: 'medchat_llm_busy_responses_total',
      help: '"Server busy" (503) and 429 answers from each LLM host: capacity signals, never counted by the breaker',
      labelNames: ['host'] as const,
      registers: [registry],
    });
    this.tokenCounts = new Counter({
      name: 'medchat_llm_tokens_total',
      help: 'Tokens of answered chat turns by role (prompt, completion): as the LLM reports them, else estimated at 4 characters a token',
      labelNames: ['role'] as const,
      registers: [registry],
    });
    this.turnsRejected = new Counter({
      name: 'medchat_llm_turns_rejected_total',
      help: 'Chat turns answered 503 for want of LLM capacity, by reason (queue_full, wait_timeout)',
      labelNames: ['reason'] as const,
      registers: [registry],
    });
  }

  /** One LLM call got its slot after waiting this long. */
  queueWaited(seconds: number): void {
    this.queueWait.observe(seconds);
  }

  busyResponse(host: string): void {
    this.busyResponses.inc({ host });
  }

  tokens(role: 'prompt' | 'completion', count: number): void {
    this.tokenCounts.inc({ role }, count);
  }

  turnRejected(reason: LlmRejectionReason): void {
    this.turnsRejected.inc({ reason });
  }

  watchQueue(length: () => number): void {
    this.queueLengthSources.push(length);
  }

  watchSlots(slots: () => LlmSlotsSnapshot[]): void {
    this.slotSources.push(slots);
  }

  /**
   * Queue length and slots are read from their sources at each scrape, like the breaker states.
   * Called by MetricsRecorder's constructor after the breaker gauge, so the exposition order is kept.
   */
  registerGauges(): void {
    const { queueLengthSources, slotSources, registry } = this;
    new Gauge({
      name: 'medchat_llm_queue_length',
      help: 'LLM calls waiting for a free slot now',
      registers: [registry],
      collect() {
        this.set(queueLengthSources.reduce((sum, source) => sum + source(), 0));
      },
    });
    const slotGauge = (name: string, help: string, pick: (snapshot: LlmSlotsSnapshot) => number) =>
      new Gauge({
        name,
        help,
        labelNames: ['host'] as const,
        registers: [registry],
        collect() {
          this.reset();
          for (const source of slotSources)
            for (const snapshot of source()) this.set({ host: snapshot.host }, pick(snapshot));
        },
      });
    slotGauge('medchat_llm_slots_in_use', 'Generation slots of each LLM host in use now', (snapshot) => snapshot.inUse);
    slotGauge(
      'medchat_llm_slots_total',
      'Generation slots of each LLM host (LLM_SLOTS_PER_HOST)',
      (snapshot) => snapshot.total,
    );
  }
}
