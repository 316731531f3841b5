import type { LoggerService } from '@nestjs/common';
import type { DestinationStream, Logger as PinoLogger } from 'pino';
import { PinoNestLogger } from '../common/logging/pino-nest-logger.js';
import { createRootLogger } from '../common/logging/root-logger.js';
import { AppConfig } from '../config/app-config.js';
import { validateEnvironment } from '../config/validate-environment.js';
import { resolveDatabaseTarget, type DatabaseTarget } from '../database/index.js';

export interface CreateAppOptions {
  /** The environment to validate; defaults to process.env. */
  env?: Record<string, string | undefined>;
  /** Where logs go; defaults to stdout. */
  logDestination?: DestinationStream;
}

/** What the service and the operator commands both start from, before any Nest module exists. */
export interface BootstrapFoundation {
  config: AppConfig;
  logger: PinoLogger;
  nestLogger: LoggerService;
  database: DatabaseTarget;
}

/**
 * Validates the environment (a bad value throws, naming every variable), makes the root logger
 * and reports config warnings through it, then resolves the database (starting the embedded one
 * when MONGODB_URI is unset). Pretty logs only when asked and in development.
 */
export async function prepareBootstrap(
  options: CreateAppOptions,
  { prettyInDevelopment }: { prettyInDevelopment: boolean },
): Promise<BootstrapFoundation> {
  const { variables, warnings } = validateEnvironment(options.env ?? process.env);
  const config = new AppConfig(variables);
  const logger = createRootLogger({
    level: variables.LOG_LEVEL,
    pretty: prettyInDevelopment && config.isDevelopment,
    destination: options.logDestination,
  });
  const nestLogger: LoggerService = new PinoNestLogger(logger);
  for (const warning of warnings) nestLogger.warn(warning, 'Config');
  const database = await resolveDatabaseTarget(config, nestLogger);
  return { config, logger, nestLogger, database };
}

/** Builds the Nest modules; if that fails, an embedded database started for them is stopped too. */
export async function createModules<T>(database: DatabaseTarget, create: () => Promise<T>): Promise<T> {
  try {
    return await create();
  } catch (error) {
    await database.embedded?.dispose();
    throw error;
  }
}
