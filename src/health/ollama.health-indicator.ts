import { Injectable } from '@nestjs/common';
import { HealthIndicatorService } from '@nestjs/terminus';
import { AppConfig } from '../config/app-config.js';

export type OllamaStatus = 'healthy' | 'model_missing' | 'unreachable' | 'not_configured';

export interface OllamaProbe {
  status: OllamaStatus;
  base_url: string | null;
  model: string;
  model_available: boolean;
  available_models?: string[];
  error?: string;
}

interface OllamaTagsResponse {
  models?: Array<{ name?: string; model?: string }>;
}

/** Ollama answers `GET /api/tags` with the models it has pulled; that tells both facts we need. */
@Injectable()
export class OllamaHealthIndicator {
  constructor(
    private readonly config: AppConfig,
    private readonly indicators: HealthIndicatorService,
  ) {}

  async probe(): Promise<OllamaProbe> {
    const baseUrl = this.config.env.OLLAMA_BASE_URL ?? null;
    const model = this.config.env.OLLAMA_MODEL;
    if (!baseUrl) return { status: 'not_configured', base_url: null, model, model_available: false };
    try {
      const response = await fetch(new URL('/api/tags', baseUrl), {
        signal: AbortSignal.timeout(this.config.env.OLLAMA_HEALTH_TIMEOUT_MS),
      });
      if (!response.ok) throw new Error(`Ollama answered HTTP ${response.status}`);
      const tags = (await response.json()) as OllamaTagsResponse;
      const names = (tags.models ?? []).map((m) => m.name ?? m.model ?? '').filter(Boolean);
      const available = names.some((name) => modelMatches(name, model));
      return {
        status: available ? 'healthy' : 'model_missing',
        base_url: baseUrl,
        model,
        model_available: available,
        available_models: names,
      };
    } catch (error) {
      const reason = (error as Error).name === 'TimeoutError' ? 'timed out' : (error as Error).message;
      return { status: 'unreachable', base_url: baseUrl, model, model_available: false, error: reason };
    }
  }

  /** The same probe as a Terminus indicator result. */
  async check() {
    const { status, ...facts } = await this.probe();
    const session = this.indicators.check('ollama');
    const data = { ...facts, ollama_status: status };
    return status === 'healthy' ? session.up(data) : session.down(data);
  }
}

/** `medgemma1.5` matches a pulled `medgemma1.5:latest`; an explicit tag must match exactly. */
export function modelMatches(pulled: string, wanted: string): boolean {
  if (pulled === wanted) return true;
  return !wanted.includes(':') && pulled === `${wanted}:latest`;
}
