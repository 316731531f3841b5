import type { LoggerService } from '@nestjs/common';
import type { AppConfig } from '../config/app-config.js';
import type { EmbeddedMongo } from './embedded/embedded-mongo.js';
import { launchEmbeddedMongo } from './embedded/launch-embedded-mongo.js';

/** Where the app's data lives: the configured MongoDB, or an embedded one this process owns. */
export interface DatabaseTarget {
  uri: string;
  embedded?: EmbeddedMongo;
}

export async function resolveDatabaseTarget(config: AppConfig, logger: LoggerService): Promise<DatabaseTarget> {
  if (config.env.MONGODB_URI) {
    logger.log('Database: connecting to the MongoDB named by MONGODB_URI', 'Database');
    return { uri: config.env.MONGODB_URI };
  }
  if (config.isProduction) {
    // Validation already refuses this; the guard stays so no path can start one in production.
    throw new Error('MONGODB_URI is required when NODE_ENV=production');
  }
  const embedded = await launchEmbeddedMongo({
    engine: config.env.EMBEDDED_MONGODB,
    mongodTimeoutMs: config.env.EMBEDDED_MONGOD_TIMEOUT_MS,
    logger,
  });
  return { uri: embedded.uri, embedded };
}
