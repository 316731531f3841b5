import { Injectable } from '@nestjs/common';
import { MongoHealthIndicator } from '../mongo.health-indicator.js';
import { OllamaHealthIndicator } from '../ollama.health-indicator.js';
import { ComponentHealthRegistry } from './component-health.registry.js';
import type { ComponentHealth } from './component-health.js';

/** The two components the health module itself already probes for /api/health: MongoDB and the LLM hosts. */
@Injectable()
export class CoreComponentProbes {
  constructor(
    registry: ComponentHealthRegistry,
    private readonly mongo: MongoHealthIndicator,
    private readonly llm: OllamaHealthIndicator,
  ) {
    registry.register('database', () => this.database());
    registry.register('llm', () => this.llmHosts());
  }

  private async database(): Promise<ComponentHealth> {
    const started = performance.now();
    const result = await this.mongo.check();
    const { status, ...facts } = result.mongodb;
    if (status === 'up') return { status: 'up', ping_ms: Math.round(performance.now() - started) };
    return { status: 'down', reason: 'MongoDB did not answer a ping.', ...facts };
  }

  /** Up when at least one host serves the model (routing skips the others); every host is listed either way. */
  private async llmHosts(): Promise<ComponentHealth> {
    const probe = await this.llm.probe();
    const facts = { llm_status: probe.status, provider: probe.provider, model: probe.model, hosts: probe.hosts };
    if (probe.status === 'healthy') return { status: 'up', ...facts };
    return { status: 'down', reason: llmDownReason(probe.status, probe.model), ...facts };
  }
}

function llmDownReason(status: string, model: string): string {
  if (status === 'not_configured')
    return 'No LLM host is configured (OLLAMA_BASE_URL, or OPENAI_BASE_URL with LLM_PROVIDER=openai).';
  if (status === 'model_missing') return `No LLM host serves the model ${model}.`;
  return 'No LLM host is reachable.';
}
