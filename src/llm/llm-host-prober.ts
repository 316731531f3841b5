import { Inject, Injectable } from '@nestjs/common';
import { AppConfig } from '../config/app-config.js';
import { LLM_CAPACITY_SETTINGS, type LlmCapacitySettings } from './llm-capacity-settings.js';
import { LlmHostPool } from './llm-host-pool.js';
import type { LlmHost, ProbedState } from './llm-host.js';

export type LlmHostStatus = 'healthy' | 'model_missing' | 'unreachable';
export type LlmStatus = LlmHostStatus | 'not_configured';

/** One host as /api/health lists it. */
export interface LlmHostProbe {
  host: string;
  base_url: string;
  status: LlmHostStatus;
  model_available: boolean;
  available_models?: string[];
  error?: string;
  slots_in_use: number;
  slots_total: number;
  /** The chat breaker: `open` means calls skip this host until its trial call succeeds. */
  breaker: 'closed' | 'open' | 'half-open';
  /**
   * What the periodic probe last saw (several hosts only, else `unknown`): `down` hosts are left
   * out of routing. Distinct from `status`, which is this request's own fresh look.
   */
  probed: ProbedState;
}

export interface LlmProbeReport {
  provider: string;
  model: string;
  /** Healthy when at least one host serves the model. */
  status: LlmStatus;
  hosts: LlmHostProbe[];
}

/**
 * Asks every host which models it serves — Ollama's `GET /api/tags`, an OpenAI-compatible
 * server's `GET /v1/models` — in parallel, each bounded by OLLAMA_HEALTH_TIMEOUT_MS.
 */
@Injectable()
export class LlmHostProber {
  private readonly model: string;

  constructor(
    private readonly pool: LlmHostPool,
    @Inject(LLM_CAPACITY_SETTINGS) private readonly settings: LlmCapacitySettings,
    private readonly config: AppConfig,
  ) {
    this.model = settings.provider === 'openai' ? config.env.OPENAI_MODEL : config.env.OLLAMA_MODEL;
  }

  async probe(): Promise<LlmProbeReport> {
    const hosts = await Promise.all(this.pool.hosts.map((host) => this.probeHost(host)));
    return { provider: this.settings.provider, model: this.model, status: overallStatus(hosts), hosts };
  }

  /** One host's models; also what the periodic probe (LlmHostWatch) asks each round. */
  async probeHost(host: LlmHost): Promise<LlmHostProbe> {
    const base = {
      host: host.label,
      base_url: host.url,
      slots_in_use: host.inUse,
      slots_total: host.slots,
      probed: host.probed,
      breaker: host.breakers.chat.closed
        ? ('closed' as const)
        : host.breakers.chat.trialEligible(Date.now())
          ? ('half-open' as const)
          : ('open' as const),
    };
    try {
      const names = await this.modelsOn(host);
      const available = names.some((name) => modelMatches(name, this.model));
      return {
        ...base,
        status: available ? 'healthy' : 'model_missing',
        model_available: available,
        available_models: names,
      };
    } catch (error) {
      const reason = (error as Error).name === 'TimeoutError' ? 'timed out' : (error as Error).message;
      return { ...base, status: 'unreachable', model_available: false, error: reason };
    }
  }

  private async modelsOn(host: LlmHost): Promise<string[]> {
    const openai = this.settings.provider === 'openai';
    const key = this.config.env.OPENAI_API_KEY;
    const response = await fetch(openai ? `${host.url}/models` : `${host.url}/api/tags`, {
      headers: openai && key ? { authorization: `Bearer ${key}` } : {},
      signal: AbortSignal.timeout(this.settings.healthTimeoutMs),
    });
    if (!response.ok) throw new Error(`${openai ? 'The server' : 'Ollama'} answered HTTP ${response.status}`);
    if (openai) {
      const listed = (await response.json()) as { data?: Array<{ id?: string }> };
      return (listed.data ?? []).map((model) => model.id ?? '').filter(Boolean);
    }
    const tags = (await response.json()) as { models?: Array<{ name?: string; model?: string }> };
    return (tags.models ?? []).map((m) => m.name ?? m.model ?? '').filter(Boolean);
  }
}

function overallStatus(hosts: LlmHostProbe[]): LlmStatus {
  if (hosts.length === 0) return 'not_configured';
  if (hosts.some((host) => host.status === 'healthy')) return 'healthy';
  return hosts.some((host) => host.status === 'model_missing') ? 'model_missing' : 'unreachable';
}

/** `medgemma1.5` matches a pulled `medgemma1.5:latest`; an explicit tag must match exactly. */
export function modelMatches(pulled: string, wanted: string): boolean {
  if (pulled === wanted) return true;
  return !wanted.includes(':') && pulled === `${wanted}:latest`;
}
