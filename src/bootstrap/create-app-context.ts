import type { INestApplicationContext } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { Logger as PinoLogger } from 'pino';
import { AppModule } from '../app.module.js';
import type { AppConfig } from '../config/app-config.js';
import type { DatabaseTarget } from '../database/index.js';
import { createModules, prepareBootstrap, type CreateAppOptions } from './bootstrap-foundation.js';

export interface MedChatContext {
  context: INestApplicationContext;
  config: AppConfig;
  logger: PinoLogger;
  database: DatabaseTarget;
  /** Closes the modules (and the MongoDB connection), then any embedded database. */
  close(): Promise<void>;
}

/**
 * The application's modules without the HTTP server, for operator commands (src/cli): the same
 * validated config, database target and module graph as createApp, so a command sees exactly
 * the data and rules the service does.
 */
export async function createAppContext(options: CreateAppOptions = {}): Promise<MedChatContext> {
  // Operator commands write to terminals and pipes: plain JSON lines, never pretty.
  const { config, logger, nestLogger, database } = await prepareBootstrap(options, { prettyInDevelopment: false });
  const context = await createModules(database, () =>
    NestFactory.createApplicationContext(AppModule.forRoot(config, database), {
      logger: nestLogger,
      bufferLogs: false,
      abortOnError: false,
    }),
  );
  return {
    context,
    config,
    logger,
    database,
    async close() {
      await context.close();
      await database.embedded?.dispose();
    },
  };
}
