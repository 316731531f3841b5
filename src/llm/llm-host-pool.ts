import { Inject, Injectable, Logger } from '@nestjs/common';
import { MetricsRecorder } from '../metrics/index.js';
import { CircuitBreakerBoard } from './circuit-breaker-board.js';
import { LLM_CAPACITY_SETTINGS, providerDisplayName, type LlmCapacitySettings } from './llm-capacity-settings.js';
import { LlmHost, type LlmPurpose } from './llm-host.js';

/**
 * Every configured inference host (OLLAMA_BASE_URL or OPENAI_BASE_URL, comma-separated), each
 * with LLM_SLOTS_PER_HOST slots and breakers of its own, and the routing rule: a call goes to
 * the host with the most free slots among those whose breaker admits it, so load spreads
 * evenly and a failing host is skipped until its trial call succeeds. With several hosts a
 * periodic probe (LlmHostWatch) also marks each up or down, and routing leaves out the down
 * ones before any patient's turn is sent there to time out.
 */
@Injectable()
export class LlmHostPool {
  readonly hosts: readonly LlmHost[];
  private readonly logger = new Logger('LlmHostPool');

  constructor(
    @Inject(LLM_CAPACITY_SETTINGS) readonly settings: LlmCapacitySettings,
    breakers: CircuitBreakerBoard,
    metrics: MetricsRecorder,
  ) {
    this.hosts = settings.hostUrls.map((url) => new LlmHost(url, settings.slotsPerHost, settings.breakerResetMs));
    for (const host of this.hosts) this.watchBreakers(host, breakers);
    metrics.watchLlmSlots(() => this.hosts.map((host) => ({ host: host.label, inUse: host.inUse, total: host.slots })));
  }

  get configured(): boolean {
    return this.hosts.length > 0;
  }

  /** Probes steer routing only when there is another host to steer to. */
  get probing(): boolean {
    return this.hosts.length > 1;
  }

  /** Slots of the hosts that could serve the purpose now or soon: the rate the queue drains at. */
  usableSlots(purpose: LlmPurpose, now = Date.now()): number {
    return this.hosts.filter((host) => host.usable(purpose, now)).reduce((sum, host) => sum + host.slots, 0);
  }

  anyUsable(purpose: LlmPurpose, now = Date.now()): boolean {
    return this.hosts.some((host) => host.usable(purpose, now));
  }

  /**
   * The host a call of this purpose should start on now, or undefined when none has a free
   * slot it may use. `avoid` (the host that just failed or was busy) is taken only when it is
   * the sole candidate.
   */
  pick(purpose: LlmPurpose, now: number, avoid?: LlmHost): LlmHost | undefined {
    let best: LlmHost | undefined;
    for (const host of this.routable(purpose)) {
      if (!host.admits(purpose, now)) continue;
      if (!best || rank(host, avoid) > rank(best, avoid)) best = host;
    }
    return best;
  }

  /**
   * The hosts routing may use. While probes run: those not probed down and whose breaker is
   * closed — an open breaker waits for a probe to be its trial rather than a patient's turn.
   * When no host qualifies, every host, which is how routing behaved before probes: the
   * breakers alone decide, and a patient's turn may be the trial.
   */
  private routable(purpose: LlmPurpose): readonly LlmHost[] {
    if (!this.probing) return this.hosts;
    const live = this.hosts.filter((host) => host.probed !== 'down' && (host.breakerFor(purpose)?.closed ?? true));
    return live.length > 0 ? live : this.hosts;
  }

  /** Breaker names keep the single-host names operators know (`ollama`, `ollama_vision`); several hosts add `@host:port`. */
  private watchBreakers(host: LlmHost, board: CircuitBreakerBoard): void {
    const { provider, breakerResetMs } = this.settings;
    const several = this.hosts.length > 1;
    const display = providerDisplayName(provider);
    const where = several ? ` (${host.label})` : '';
    const suffix = several ? `@${host.label}` : '';
    const capitalised = display.charAt(0).toUpperCase() + display.slice(1);
    board.track(`${provider}${suffix}`, host.breakers.chat.policy);
    board.track(`${provider}_vision${suffix}`, host.breakers.vision.policy);
    // A probe closes a breaker by isolating and releasing it (HostBreaker.closeAfterProbe): that "break" is no failure.
    host.breakers.chat.policy.onBreak(
      (reason) =>
        !isIsolation(reason) &&
        this.logger.error(`${capitalised}${where} circuit opened: failing fast for ${breakerResetMs} ms`),
    );
    host.breakers.chat.policy.onReset(() => this.logger.log(`${capitalised}${where} circuit closed again`));
    host.breakers.vision.policy.onBreak(
      (reason) =>
        !isIsolation(reason) &&
        this.logger.error(`${capitalised}${where} vision circuit opened: failing fast for ${breakerResetMs} ms`),
    );
  }
}

/** More free slots first; the host to avoid last among equals and below any other with a slot. */
function rank(host: LlmHost, avoid: LlmHost | undefined): number {
  return host === avoid ? -1 : host.freeSlots;
}

function isIsolation(reason: unknown): boolean {
  return typeof reason === 'object' && reason !== null && 'isolated' in reason;
}
