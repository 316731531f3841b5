import 'reflect-metadata';
import { createApp } from './bootstrap/create-app.js';
import { InvalidEnvironmentError } from './config/validate-environment.js';

/**
 * Starts the service. SIGTERM/SIGINT stop accepting connections, let in-flight requests
 * finish, close MongoDB (and the embedded server) and exit 0 — or exit 1 if that takes longer
 * than SHUTDOWN_TIMEOUT_MS, so Kubernetes never waits on a stuck pod.
 */
async function main(): Promise<void> {
  let medchat;
  try {
    medchat = await createApp();
  } catch (error) {
    if (error instanceof InvalidEnvironmentError) {
      process.stderr.write(`MedChat cannot start. ${error.message}\n`);
      process.exit(78); // EX_CONFIG
    }
    throw error;
  }
  const { app, config, logger } = medchat;
  await app.listen({ port: config.env.PORT, host: config.env.HOST });
  logger.info({ url: await app.getUrl(), database: medchat.database.embedded?.engine ?? 'external' }, 'MedChat is ready');

  let shuttingDown = false;
  const shutdown = (signal: NodeJS.Signals) => {
    if (shuttingDown) return;
    shuttingDown = true;
    logger.info({ signal }, 'Shutting down: finishing in-flight requests');
    const deadline = setTimeout(() => {
      logger.error('Shutdown took too long; exiting');
      process.exit(1);
    }, config.env.SHUTDOWN_TIMEOUT_MS);
    deadline.unref();
    medchat
      .close()
      .then(() => {
        logger.info('Shutdown complete');
        logger.flush();
        process.exit(0);
      })
      .catch((error: unknown) => {
        logger.error({ err: error }, 'Shutdown failed');
        process.exit(1);
      });
  };
  process.on('SIGTERM', shutdown);
  process.on('SIGINT', shutdown);
}

main().catch((error: unknown) => {
  process.stderr.write(`MedChat failed to start: ${(error as Error).stack ?? String(error)}\n`);
  process.exit(1);
});
