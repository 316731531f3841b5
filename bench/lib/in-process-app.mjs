// The built app in the bench's own process, on the bench's embedded MongoDB in a process of its own: what the
// one-process probes (pipeline-pieces.mjs, probe-async-resources.mjs) measure beside bare Fastify servers.
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import path from 'node:path';
import { ROOT } from './processes.mjs';

/** Starts the embedded wire-protocol MongoDB (`servers/mongo.mjs`); resolves with its URI and a way to stop it. */
export async function startBenchMongo() {
  const mongo = spawn(process.execPath, ['bench/lib/servers/mongo.mjs'], {
    cwd: ROOT,
    stdio: ['pipe', 'pipe', 'inherit'],
  });
  const uri = await new Promise((resolve) => {
    let text = '';
    mongo.stdout.on('data', (chunk) => {
      text += chunk;
      const line = text.split('\n').find((candidate) => candidate.includes('"ready"'));
      if (line) resolve(JSON.parse(line).uri);
    });
  });
  return { uri, stop: () => mongo.kill() };
}

/**
 * Creates the app from a checkout's dist/ as the bench runs it (production, encryption on, rate limits out of the way but
 * still run), on database `name` of `mongoUri`, listening on a free port. The checkout becomes the working directory:
 * the app reads its data/ relative to it. `env` adds or overrides variables.
 */
export async function listenInProcess(checkout, mongoUri, name, env = {}) {
  const { createApp } = await import(path.join(checkout, 'dist/bootstrap/create-app.js'));
  process.chdir(checkout);
  const medchat = await createApp({
    env: {
      NODE_ENV: 'production',
      LOG_LEVEL: 'warn',
      MONGODB_URI: `${mongoUri}medchat_${name.replaceAll('-', '_')}`,
      JWT_SECRET: 'bench-jwt-secret-0123456789abcdefghijklmnopqrstuvwxyz',
      DATA_ENCRYPTION_KEY: randomBytes(32).toString('base64'),
      OLLAMA_BASE_URL: 'http://127.0.0.1:9',
      STT_BASE_URL: 'http://127.0.0.1:9',
      RATE_LIMIT_PER_MINUTE: '1000000000',
      RATE_LIMIT_PER_HOUR: '1000000000',
      UPLOAD_DIR: path.join(ROOT, `bench/.tmp/${name}-uploads`),
      PATH: process.env.PATH ?? '',
      HOME: process.env.HOME ?? '/tmp',
      ...env,
    },
  });
  await medchat.app.listen({ host: '127.0.0.1', port: 0 });
  return medchat;
}
