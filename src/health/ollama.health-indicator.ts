import { Injectable } from '@nestjs/common';
import { HealthIndicatorService } from '@nestjs/terminus';
import { LlmHostProber, type LlmHostProbe, type LlmStatus } from '../llm/index.js';

export { modelMatches } from '../llm/index.js';

export type OllamaStatus = LlmStatus;

export interface OllamaProbe {
  status: OllamaStatus;
  provider: string;
  /** The first host serving the model (else the first host); null when none is configured. */
  base_url: string | null;
  model: string;
  model_available: boolean;
  available_models?: string[];
  error?: string;
  /** Every configured host with its own status, slots and breaker. */
  hosts: LlmHostProbe[];
}

/**
 * The LLM hosts as one dependency: healthy when at least one host serves the model (the others
 * are skipped by routing until they recover), each host listed with its own facts. The name
 * stays Ollama's: `ollama_status` is the field the SPA and the probes already read.
 */
@Injectable()
export class OllamaHealthIndicator {
  constructor(
    private readonly prober: LlmHostProber,
    private readonly indicators: HealthIndicatorService,
  ) {}

  async probe(): Promise<OllamaProbe> {
    const report = await this.prober.probe();
    const lead = report.hosts.find((host) => host.status === 'healthy') ?? report.hosts[0];
    return {
      status: report.status,
      provider: report.provider,
      base_url: lead?.base_url ?? null,
      model: report.model,
      model_available: report.status === 'healthy',
      ...(lead?.available_models ? { available_models: lead.available_models } : {}),
      ...(lead?.error ? { error: lead.error } : {}),
      hosts: report.hosts,
    };
  }

  /** The same probe as a Terminus indicator result. */
  async check() {
    const { status, ...facts } = await this.probe();
    const session = this.indicators.check('ollama');
    const data = { ...facts, ollama_status: status };
    return status === 'healthy' ? session.up(data) : session.down(data);
  }
}
