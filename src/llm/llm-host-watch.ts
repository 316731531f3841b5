import { Inject, Injectable, Logger, type OnModuleDestroy, type OnModuleInit } from '@nestjs/common';
import { LLM_CAPACITY_SETTINGS, type LlmCapacitySettings } from './llm-capacity-settings.js';
import { LlmHostPool } from './llm-host-pool.js';
import { LlmHostProber } from './llm-host-prober.js';
import type { LlmHost } from './llm-host.js';

/**
 * With several hosts, probes each one every LLM_HOST_PROBE_INTERVAL_SECONDS with the cheap
 * model listing (`GET /api/tags`, `GET /v1/models`, bounded by OLLAMA_HEALTH_TIMEOUT_MS) and
 * marks it up or down for routing. Without it a hung host is found only by patients' turns,
 * each waiting out the full timeout, again every time its breaker lets a trial through.
 * A host counts as up only when it lists the model: one that answers without it cannot serve.
 */
@Injectable()
export class LlmHostWatch implements OnModuleInit, OnModuleDestroy {
  private readonly logger = new Logger('LlmHostWatch');
  private timer?: NodeJS.Timeout;
  /** A slow round (every host timing out) must not overlap the next one. */
  private round?: Promise<void>;

  constructor(
    private readonly pool: LlmHostPool,
    private readonly prober: LlmHostProber,
    @Inject(LLM_CAPACITY_SETTINGS) private readonly settings: LlmCapacitySettings,
  ) {}

  onModuleInit(): void {
    if (!this.pool.probing) return;
    // The first round right away, so a host that is down at start-up is skipped from the first turns.
    void this.probeAll();
    this.timer = setInterval(() => void this.probeAll(), this.settings.probeIntervalMs);
    // The timer must never keep the process (or a test run) alive on its own.
    this.timer.unref();
  }

  async onModuleDestroy(): Promise<void> {
    clearInterval(this.timer);
    this.timer = undefined;
    await this.round;
  }

  /** One round over every host, in parallel; resolves when each host's state is recorded. */
  probeAll(): Promise<void> {
    this.round ??= Promise.all(this.pool.hosts.map((host) => this.probeOne(host)))
      .then(
        () => undefined,
        () => undefined,
      )
      .finally(() => (this.round = undefined));
    return this.round;
  }

  private async probeOne(host: LlmHost): Promise<void> {
    const probe = await this.prober.probeHost(host);
    const up = probe.status === 'healthy';
    const wasDown = host.probed === 'down';
    if (!host.recordProbe(up, Date.now())) return;
    if (up && wasDown) this.logger.log(`LLM host ${host.label} answers its probe again: back in routing`);
    else if (!up)
      this.logger.warn(
        `LLM host ${host.label} failed its probe (${probe.error ?? probe.status}): left out of routing until it answers`,
      );
  }
}
