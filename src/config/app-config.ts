import type { EnvironmentVariables } from './environment-variables.js';

/**
 * The validated, typed configuration, injected wherever a setting is needed. Modules read
 * settings from here and never from process.env, so tests can boot several differently
 * configured apps in one process.
 */
export class AppConfig {
  constructor(readonly env: Readonly<EnvironmentVariables>) {}

  get isProduction(): boolean {
    return this.env.NODE_ENV === 'production';
  }

  get isDevelopment(): boolean {
    return this.env.NODE_ENV === 'development';
  }

  get corsOrigins(): string[] {
    return this.env.CORS_ORIGINS.split(',')
      .map((origin) => origin.trim())
      .filter((origin) => origin.length > 0);
  }

  /** The secret is always present after validation (generated in development when unset). */
  get jwtSecret(): string {
    return this.env.JWT_SECRET as string;
  }

  /** Whether the selected LLM provider has at least one host to send generations to. */
  get llmConfigured(): boolean {
    return Boolean(this.env.LLM_PROVIDER === 'openai' ? this.env.OPENAI_BASE_URL : this.env.OLLAMA_BASE_URL);
  }
}
