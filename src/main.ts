import 'reflect-metadata';
import { installSourceMappedStackTraces } from './bootstrap/source-mapped-stack-traces.js';
import { startTracing } from './telemetry/index.js';

installSourceMappedStackTraces();

/**
 * Starts the service. SIGTERM/SIGINT stop accepting connections, let in-flight requests
 * finish, close MongoDB (and the embedded server) and exit 0 — or exit 1 if that takes longer
 * than SHUTDOWN_TIMEOUT_MS, so Kubernetes never waits on a stuck pod.
 */
async function main(): Promise<void> {
  // Before the app is imported: the instrumentations patch http and mongodb as they first load.
  const tracing = await startTracing();
  const [{ createApp }, { InvalidEnvironmentError }] = await Promise.all([
    import('./bootstrap/create-app.js'),
    import('./config/validate-environment.js'),
  ]);
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
  logger.info(
    {
      url: await app.getUrl(),
      database: medchat.database.embedded?.engine ?? 'external',
      tracing: tracing ? 'otlp' : 'off',
    },
    'MedChat is ready',
  );

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
      // The last turns' spans are still buffered: flush them before exiting.
      .then(() => tracing?.shutdown())
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
