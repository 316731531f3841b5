import { AppConfig } from '../config/app-config.js';

/** Everything the patients module reads from the environment, resolved once at start-up. */
export interface PatientRecordsSettings {
  /** Records returned for one record question. */
  topK: number;
  /** Most records (newest first, after the date filter) loaded and ranked for one question. */
  maxCandidates: number;
  /** null: lexical retrieval only, no embeddings stored or computed. */
  embedding: EmbeddingSettings | null;
}

export interface EmbeddingSettings {
  model: string;
  timeoutMs: number;
}

/** Injection token (an interface has no runtime value to inject by). */
export const PATIENT_RECORDS_SETTINGS = Symbol('PATIENT_RECORDS_SETTINGS');

/**
 * Embeddings come from the Ollama servers the chat model runs on (taking their slots);
 * EMBEDDING_MODEL without OLLAMA_BASE_URL, or with LLM_PROVIDER=openai, therefore leaves
 * retrieval lexical (the module logs that at start-up).
 */
export function patientRecordsSettingsFrom(config: AppConfig): PatientRecordsSettings {
  const env = config.env;
  const embedding =
    env.EMBEDDING_MODEL !== undefined && env.OLLAMA_BASE_URL !== undefined && env.LLM_PROVIDER === 'ollama'
      ? { model: env.EMBEDDING_MODEL, timeoutMs: env.EMBEDDING_TIMEOUT_MS }
      : null;
  return { topK: env.RECORD_RETRIEVAL_TOP_K, maxCandidates: env.RECORD_RETRIEVAL_MAX_CANDIDATES, embedding };
}
