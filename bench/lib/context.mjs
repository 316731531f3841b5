// Services a bench run shares between its pieces, each started on first use and stopped at the
// end: the embedded MongoDB, the bare Fastify floor, the fakes and the app instances.
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { APP_NODE_FLAGS } from './app-node-flags.mjs';
import { startApp, startReadyServer } from './processes.mjs';

export const BENCH_JWT_SECRET = 'bench-jwt-secret-0123456789abcdefghijklmnopqrstuvwxyz';
const DATA_KEY = randomBytes(32).toString('base64');

export function createContext({ smoke, log }) {
  const services = new Map();
  const order = [];
  const uploadDir = mkdtempSync(path.join(os.tmpdir(), 'medchat-bench-uploads-'));
  const once = (name, start) => {
    if (!services.has(name)) {
      const started = start();
      services.set(name, started);
      order.push(name);
      started.catch(() => undefined);
    }
    return services.get(name);
  };

  const context = {
    smoke,
    log,
    uploadDir,
    mongo: () => once('mongo', () => startReadyServer('mongo.mjs')),
    bare: () => once('bare', () => startReadyServer('bare-fastify.mjs')),
    stt: () => once('stt', () => startReadyServer('fake-stt.mjs')),
    /** A fake Ollama; `options`: { tokenDelayMs, reply }. */
    ollama: (name, options = {}) =>
      once(`ollama:${name}`, () =>
        startReadyServer('fake-ollama.mjs', { BENCH_FAKE_OPTIONS: JSON.stringify(options) }),
      ),
    /**
     * The app as production runs it (built, NODE_ENV=production, LOG_LEVEL=warn) on its own
     * database of the bench's embedded MongoDB, with the fakes as Ollama and speech-to-text.
     * Rate limits are raised out of the way (they still run on every request).
     */
    app: (name, { ollama = 'instant', env = {} } = {}) =>
      once(`app:${name}`, async () => {
        const [mongo, model, stt] = await Promise.all([context.mongo(), context.ollama(ollama), context.stt()]);
        const environment = context.appEnvironment({
          database: `medchat_${name}`,
          mongoUri: mongo.uri,
          ollamaUrl: model.url,
          sttUrl: stt.url,
          env,
        });
        // BENCH_APP_NODE_OPTIONS="--cpu-prof --cpu-prof-dir=/tmp/prof" profiles the apps under load;
        // it comes after production's flags, so it may also override one of them.
        const nodeOptions = process.env.BENCH_APP_NODE_OPTIONS?.split(' ').filter(Boolean) ?? [];
        const command = [process.execPath, ...APP_NODE_FLAGS, ...nodeOptions, 'dist/main.js'];
        const app = await startApp(environment, { command });
        log(`app "${name}" ready in ${Math.round(app.readyMs)} ms (pid ${app.pid})`);
        return app;
      }),
    appEnvironment({ database, mongoUri, ollamaUrl, sttUrl, env = {} }) {
      return {
        NODE_ENV: 'production',
        LOG_LEVEL: 'warn',
        MONGODB_URI: `${mongoUri}${database}`,
        JWT_SECRET: BENCH_JWT_SECRET,
        // Production encrypts health data at rest; the bench pays that cost as production does.
        DATA_ENCRYPTION_KEY: DATA_KEY,
        OLLAMA_BASE_URL: ollamaUrl,
        STT_BASE_URL: sttUrl,
        RATE_LIMIT_PER_MINUTE: '1000000000',
        RATE_LIMIT_PER_HOUR: '1000000000',
        // The fakes have no slot limit unless a piece gives them one (llm_rush): the app's queue
        // then stays out of the figures of the other pieces, as the rate limits do.
        LLM_SLOTS_PER_HOST: '4096',
        UPLOAD_DIR: uploadDir,
        ...env,
      };
    },
    /** Stops one service (e.g. an app whose memory must not be shared with a later piece). */
    async stop(name) {
      const service = services.get(name);
      if (!service) return;
      services.delete(name);
      order.splice(order.indexOf(name), 1);
      await (await service.catch(() => undefined))?.stop();
    },
    async close() {
      // Apps first: they hold connections to the others.
      const names = [...order].sort((a, b) => Number(b.startsWith('app:')) - Number(a.startsWith('app:')));
      for (const name of names) await context.stop(name);
      rmSync(uploadDir, { recursive: true, force: true });
    },
  };
  return context;
}
