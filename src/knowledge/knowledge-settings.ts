import path from 'node:path';
import { AppConfig } from '../config/app-config.js';

/** Everything the knowledge module reads from the environment, resolved once at start-up. */
export interface KnowledgeSettings {
  /** The collection loaded at start-up when missing or changed; null: none (KNOWLEDGE_SEED_PATH=none). */
  seedPath: string | null;
  /** How often an instance checks whether the loaded collections changed (and rebuilds its index). */
  refreshIntervalMs: number;
  /** Candidates re-ranked by embedding similarity when EMBEDDING_MODEL is set. */
  hybridCandidates: number;
  /** How long a collection's load lease lasts unless renewed: how soon another instance takes over from one that died. */
  loadLeaseMs: number;
  /** How often an instance waiting for another's load looks again. */
  loadPollMs: number;
}

export const KNOWLEDGE_SETTINGS = Symbol('KNOWLEDGE_SETTINGS');

export function knowledgeSettingsFrom(config: AppConfig): KnowledgeSettings {
  const env = config.env;
  const seed = env.KNOWLEDGE_SEED_PATH.trim();
  return {
    seedPath: seed === '' || seed.toLowerCase() === 'none' ? null : path.resolve(seed),
    refreshIntervalMs: env.KNOWLEDGE_REFRESH_INTERVAL_MS,
    hybridCandidates: 30,
    loadLeaseMs: 30_000,
    loadPollMs: 500,
  };
}
