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
  // A newcomer's `npm start` lands here: say plainly that nothing written survives the process.
  logger.warn(
    'Embedded MongoDB: the data is held only while this process runs (in memory, or a temporary directory removed on exit) and is gone when it stops. Set MONGODB_URI to keep it.',
    'Database',
  );
  return { uri: embedded.uri, embedded };
}
