// The built app's module graph without an HTTP server, on a fresh in-process wire-protocol
// MongoDB: what the records report and the records bench run their questions through. Test
// settings (no secrets of any deployment), warnings to stderr so stdout stays the report.
import pino from 'pino';

/**
 * @param {URL} dist the built `dist/` directory
 * @param {string} jwtSecret a throwaway signing secret (the config refuses to start without one)
 * @returns {Promise<{ app: any, stop: () => Promise<void> }>}
 */
export async function startEmbeddedAppContext(dist, jwtSecret) {
  const { WireProtocolMongoServer } = await import('@medchat/mongo-wire-server');
  const { createAppContext } = await import(new URL('bootstrap/create-app-context.js', dist).href);
  const mongo = new WireProtocolMongoServer({ host: '127.0.0.1', port: 0 });
  await mongo.start();
  let app;
  try {
    app = await createAppContext({
      env: { NODE_ENV: 'test', LOG_LEVEL: 'warn', MONGODB_URI: mongo.uri, JWT_SECRET: jwtSecret },
      logDestination: pino.destination({ dest: 2, sync: true }),
    });
  } catch (error) {
    await mongo.stop();
    throw error;
  }
  return {
    app,
    async stop() {
      await app.close();
      await mongo.stop();
    },
  };
}
