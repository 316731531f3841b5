import type { INestApplicationContext, LoggerService } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { Logger as PinoLogger } from 'pino';
import { AppModule } from '../app.module.js';
import { AppConfig } from '../config/app-config.js';
import { validateEnvironment } from '../config/validate-environment.js';
import { PinoNestLogger } from '../common/logging/pino-nest-logger.js';
import { createRootLogger } from '../common/logging/root-logger.js';
import { resolveDatabaseTarget, type DatabaseTarget } from '../database/database-target.js';
import type { CreateAppOptions } from './create-app.js';

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
  const { variables, warnings } = validateEnvironment(options.env ?? process.env);
  const config = new AppConfig(variables);
  const logger = createRootLogger({ level: variables.LOG_LEVEL, pretty: false, destination: options.logDestination });
  const nestLogger: LoggerService = new PinoNestLogger(logger);
  for (const warning of warnings) nestLogger.warn(warning, 'Config');

  const database = await resolveDatabaseTarget(config, nestLogger);
  let context: INestApplicationContext;
  try {
    context = await NestFactory.createApplicationContext(AppModule.forRoot(config, database), {
      logger: nestLogger,
      bufferLogs: false,
      abortOnError: false,
    });
  } catch (error) {
    await database.embedded?.dispose();
    throw error;
  }
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
