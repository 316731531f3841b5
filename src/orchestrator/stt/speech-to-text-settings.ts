import { AppConfig } from '../../config/app-config.js';

export interface SpeechToTextSettings {
  /** null when STT_BASE_URL is unset: voice messages answer 503. */
  baseUrl: string | null;
  model: string;
  apiKey?: string;
  language?: string;
  timeoutMs: number;
  maxRetries: number;
  retryBaseDelayMs: number;
  breakerResetMs: number;
  /** Bound on the /api/health/stt probe. */
  healthTimeoutMs: number;
}

export const SPEECH_TO_TEXT_SETTINGS = Symbol('SPEECH_TO_TEXT_SETTINGS');

export function speechToTextSettingsFrom(config: AppConfig): SpeechToTextSettings {
  const env = config.env;
  return {
    baseUrl: env.STT_BASE_URL ?? null,
    model: env.STT_MODEL,
    apiKey: env.STT_API_KEY,
    language: env.STT_LANGUAGE,
    timeoutMs: env.STT_TIMEOUT_MS,
    maxRetries: env.STT_MAX_RETRIES,
    // The backoff and breaker reset follow Ollama's: one set of knobs for "a model service is flaky".
    retryBaseDelayMs: env.OLLAMA_RETRY_BASE_DELAY_MS,
    breakerResetMs: env.OLLAMA_BREAKER_RESET_MS,
    healthTimeoutMs: env.OLLAMA_HEALTH_TIMEOUT_MS,
  };
}

/** `/v1/audio/transcriptions` on the server; a base URL that already ends in `/v1` is taken as is. */
export function transcriptionsUrl(baseUrl: string): string {
  const root = baseUrl.replace(/\/+$/, '');
  return root.endsWith('/v1') ? `${root}/audio/transcriptions` : `${root}/v1/audio/transcriptions`;
}

/** `/v1/models` on the server, the one listing route OpenAI-compatible servers share. */
export function modelsUrl(baseUrl: string): string {
  const root = baseUrl.replace(/\/+$/, '');
  return root.endsWith('/v1') ? `${root}/models` : `${root}/v1/models`;
}
