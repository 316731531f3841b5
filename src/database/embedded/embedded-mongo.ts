import type { LoggerService } from '@nestjs/common';

export type EmbeddedMongoEngine = 'mongod' | 'wire';

/**
 * A MongoDB server owned by this process, for development and tests. `stop`/`start` simulate an
 * outage and its recovery on the same port with the data kept; `dispose` ends it for good.
 */
export interface EmbeddedMongo {
  readonly engine: EmbeddedMongoEngine;
  readonly uri: string;
  stop(): Promise<void>;
  start(): Promise<void>;
  dispose(): Promise<void>;
}

export interface EmbeddedMongoOptions {
  /** `auto` tries a real mongod first and falls back to the in-process wire server. */
  engine: 'auto' | EmbeddedMongoEngine;
  /** How long a real mongod (including a binary download) may take before falling back. */
  mongodTimeoutMs: number;
  logger: LoggerService;
}
