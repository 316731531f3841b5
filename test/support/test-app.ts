import 'reflect-metadata';
import { createApp, type MedChatApp } from '../../src/bootstrap/create-app.js';
import { LogCapture } from './log-capture.js';

export interface TestApp {
  /** Base URL of the app listening on a real loopback port, e.g. http://127.0.0.1:41234 */
  url: string;
  medchat: MedChatApp;
  logs: LogCapture;
  close(): Promise<void>;
}

/**
 * Defaults that make a test app quiet, fast and isolated. Each app gets its own embedded
 * MongoDB unless the caller passes MONGODB_URI (e.g. to share one between two instances).
 */
export const TEST_ENV: Record<string, string> = {
  NODE_ENV: 'test',
  LOG_LEVEL: 'info',
  JWT_SECRET: 'test-secret-that-is-long-enough-for-hs256-0123456789',
  RATE_LIMIT_PER_MINUTE: '1000',
  RATE_LIMIT_PER_HOUR: '10000',
  // The in-process wire-protocol server, the same on every machine: `auto` would look for a mongod
  // in the user's cache, or download one where the network allows, so the engine under test would
  // depend on the machine and a run (test-app.test.ts). EMBEDDED_MONGODB passed in still chooses.
  EMBEDDED_MONGODB: 'wire',
  EMBEDDED_MONGOD_TIMEOUT_MS: '3000',
  // The shipped 16,407-passage collection is loaded by the knowledge tests that need it, from a
  // small fixture; every other app starts without one.
  KNOWLEDGE_SEED_PATH: 'none',
};

/** Boots the real application (the same createApp main.ts uses) on a real port. */
export async function startTestApp(env: Record<string, string | undefined> = {}): Promise<TestApp> {
  const logs = new LogCapture();
  const medchat = await createApp({ env: { ...TEST_ENV, ...inheritedEnv(), ...env }, logDestination: logs });
  await medchat.app.listen({ port: 0, host: '127.0.0.1' });
  const address = medchat.app.getHttpServer().address();
  if (!address || typeof address === 'string') throw new Error('the test app did not bind a TCP port');
  return {
    url: `http://127.0.0.1:${address.port}`,
    medchat,
    logs,
    close: () => medchat.close(),
  };
}

/** Lets a developer run the suite against a real MongoDB or force an embedded engine. */
function inheritedEnv(): Record<string, string | undefined> {
  const passThrough = ['MONGODB_URI', 'EMBEDDED_MONGODB', 'MONGOMS_SYSTEM_BINARY'];
  return Object.fromEntries(passThrough.filter((key) => process.env[key]).map((key) => [key, process.env[key]]));
}
