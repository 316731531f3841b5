import { AppConfig } from '../config/app-config.js';

/** Everything the orchestrator reads from the environment, resolved once at start-up. */
export interface OrchestratorSettings {
  ollama: OllamaSettings;
  /** Token budget (≈ chars / 4) for earlier exchanges put in front of the model. */
  historyTokenBudget: number;
  /** Most patient records retrieved for one question. */
  recordLimit: number;
  /** Knowledge passages for a general question (KNOWLEDGE_PROMPT_PASSAGES); absent: none. */
  knowledgeLimit?: number;
  emergencyNumber: string;
  crisisLine: string;
}

export interface OllamaSettings {
  /** null when OLLAMA_BASE_URL is unset: turns that need the model answer 503, emergencies still answer. */
  baseUrl: string | null;
  /** MedGemma 1.5 (`medgemma1.5`) unless OLLAMA_MODEL says otherwise. */
  model: string;
  temperature: number;
  numPredict: number;
  keepAlive?: string;
  timeoutMs: number;
  maxRetries: number;
  retryBaseDelayMs: number;
  breakerResetMs: number;
}

/**
 * Low, so answers stay close to the records and the rules; not zero, so the wording of a
 * supportive answer does not read like a template.
 */
export const REASONING_TEMPERATURE = 0.3;

/** Injection token for the settings (an interface has no runtime value to inject by). */
export const ORCHESTRATOR_SETTINGS = Symbol('ORCHESTRATOR_SETTINGS');

export function orchestratorSettingsFrom(config: AppConfig): OrchestratorSettings {
  const env = config.env;
  return {
    ollama: {
      baseUrl: env.OLLAMA_BASE_URL ?? null,
      model: env.OLLAMA_MODEL,
      temperature: REASONING_TEMPERATURE,
      numPredict: env.OLLAMA_NUM_PREDICT,
      keepAlive: env.OLLAMA_KEEP_ALIVE,
      timeoutMs: env.OLLAMA_TIMEOUT_MS,
      maxRetries: env.OLLAMA_MAX_RETRIES,
      retryBaseDelayMs: env.OLLAMA_RETRY_BASE_DELAY_MS,
      breakerResetMs: env.OLLAMA_BREAKER_RESET_MS,
    },
    historyTokenBudget: env.CHAT_CONTEXT_TOKEN_BUDGET,
    recordLimit: env.CHAT_CONTEXT_RECORD_LIMIT,
    knowledgeLimit: env.KNOWLEDGE_PROMPT_PASSAGES,
    emergencyNumber: env.EMERGENCY_NUMBER,
    crisisLine: env.CRISIS_LINE,
  };
}
