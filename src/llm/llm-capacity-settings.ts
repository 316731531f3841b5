import { AppConfig } from '../config/app-config.js';
import { splitList } from '../config/http-url-list.validator.js';

export type LlmProviderName = 'ollama' | 'openai';

/** Everything the LLM hosts, their slots and the queue in front of them read from the environment. */
export interface LlmCapacitySettings {
  provider: LlmProviderName;
  /** Base URLs of every host, in configuration order; empty when none is configured. */
  hostUrls: string[];
  slotsPerHost: number;
  queueMaxWaitMs: number;
  queueMaxLength: number;
  breakerResetMs: number;
  healthTimeoutMs: number;
  /** How often each host is probed when several are configured (LlmHostWatch). */
  probeIntervalMs: number;
}

/** Injection token (an interface has no runtime value to inject by). */
export const LLM_CAPACITY_SETTINGS = Symbol('LLM_CAPACITY_SETTINGS');

/**
 * The breaker and probe settings keep their OLLAMA_ names whichever provider runs: they
 * describe the app's side of every model call, and renaming them would break deployments.
 */
export function llmCapacitySettingsFrom(config: AppConfig): LlmCapacitySettings {
  const env = config.env;
  const urls = env.LLM_PROVIDER === 'openai' ? env.OPENAI_BASE_URL : env.OLLAMA_BASE_URL;
  return {
    provider: env.LLM_PROVIDER,
    hostUrls: urls ? splitList(urls).map((url) => url.replace(/\/+$/, '')) : [],
    slotsPerHost: env.LLM_SLOTS_PER_HOST,
    queueMaxWaitMs: env.LLM_QUEUE_MAX_WAIT_SECONDS * 1000,
    queueMaxLength: env.LLM_QUEUE_MAX_LENGTH,
    breakerResetMs: env.OLLAMA_BREAKER_RESET_MS,
    healthTimeoutMs: env.OLLAMA_HEALTH_TIMEOUT_MS,
    probeIntervalMs: env.LLM_HOST_PROBE_INTERVAL_SECONDS * 1000,
  };
}

/** How the provider is named to patients (503 details) and operators (logs). */
export function providerDisplayName(provider: LlmProviderName): 'Ollama' | 'the OpenAI-compatible server' {
  return provider === 'openai' ? 'the OpenAI-compatible server' : 'Ollama';
}
