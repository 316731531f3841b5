// What a change costs or saves per liveness probe, read on a loaded host (README, Performance,
// sessions 45 and 46). Each arm is a checkout with a built dist/ (a copy of dist/ with one piece
// removed, or another commit's build); every arm runs as several app instances at once on one
// embedded MongoDB, each driven by a client preloaded in its own process (lib/self-probe.mjs:
// 4 keep-alive connections, windows of 16 probes), one call at a time, rotated over the instances.
// Contention only adds time, so a probe's cost is read from the low tail of the windows' wall
// time (p2 of a call, the median of an instance's lowest 3 calls): what the host left alone.
//
//   node bench/hook-ablation.mjs base=/tmp/arms/base merged=/work/wt-x [--instances 3] [--calls 12] [--windows 300]
//
// The first arm is the reference: the others print µs saved per probe against it (positive: cheaper),
// and so does each instance of the reference against the reference's median (the same-code band).
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { APP_NODE_FLAGS } from './lib/app-node-flags.mjs';
import { createContext } from './lib/context.mjs';
import { freePort } from './lib/processes.mjs';
import { median, percentile, round } from './lib/stats.mjs';

const args = process.argv.slice(2);
const option = (name, fallback) => {
  const at = args.indexOf(`--${name}`);
  return at >= 0 ? Number(args[at + 1]) : fallback;
};
const arms = args.filter((arg) => arg.includes('=')).map((arg) => arg.split('='));
if (arms.length < 2) throw new Error('name=checkout for at least two arms; the first is the reference');
const instances = option('instances', 3);
const calls = option('calls', 12);
const windows = option('windows', 300);
const PRELOAD = fileURLToPath(new URL('lib/self-probe.mjs', import.meta.url));

const log = (line) => process.stderr.write(`${new Date().toISOString().slice(11, 19)} ${line}\n`);
const context = createContext({ smoke: false, log });
const children = [];
process.once('exit', () => {
  for (const child of children) {
    try {
      process.kill(-child.pid, 'SIGKILL');
    } catch {
      // gone
    }
  }
});

async function startInstance(arm, checkout, index, services) {
  const port = await freePort();
  const env = {
    PATH: process.env.PATH ?? '',
    HOME: process.env.HOME ?? '/tmp',
    ...context.appEnvironment({ database: `medchat_ablation_${arm}_${index}`, ...services }),
    PORT: String(port),
    HOST: '127.0.0.1',
  };
  const child = spawn(process.execPath, [...APP_NODE_FLAGS, '--import', PRELOAD, 'dist/main.js'], {
    cwd: checkout,
    env,
    stdio: ['pipe', 'pipe', 'inherit'],
    detached: true,
  });
  children.push(child);
  const answers = [];
  let buffer = '';
  child.stdout.on('data', (chunk) => {
    buffer += chunk.toString();
    let newline;
    while ((newline = buffer.indexOf('\n')) >= 0) {
      const line = buffer.slice(0, newline);
      buffer = buffer.slice(newline + 1);
      if (line.startsWith('SELFPROBE ')) answers.shift()?.(JSON.parse(line.slice(10)));
    }
  });
  const url = `http://127.0.0.1:${port}`;
  for (const deadline = Date.now() + 120_000; ;) {
    if (child.exitCode !== null) throw new Error(`${arm} #${index} exited before it was ready`);
    try {
      const response = await fetch(`${url}/api/health/ready`);
      await response.arrayBuffer();
      if (response.status === 200) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) throw new Error(`${arm} #${index} not ready`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  return {
    arm,
    index,
    results: [],
    call(request) {
      return new Promise((resolve, reject) => {
        answers.push((answer) => (answer.error ? reject(new Error(answer.error)) : resolve(answer)));
        child.stdin.write(`${JSON.stringify(request)}\n`);
      });
    },
  };
}

const [mongo, model, stt] = await Promise.all([context.mongo(), context.ollama('instant'), context.stt()]);
const services = { mongoUri: mongo.uri, ollamaUrl: model.url, sttUrl: stt.url };
const apps = [];
for (let index = 0; index < instances; index += 1) {
  for (const [arm, checkout] of arms) apps.push(await startInstance(arm, checkout, index, services));
}
log(`${apps.length} instances ready; letting their knowledge indexes build`);
await new Promise((resolve) => setTimeout(resolve, 15_000));
const request = { windows, perWindow: 16, connections: 4 };
for (const app of apps) await app.call({ ...request, windows: Math.ceil(windows / 2) });
log('warmed; measuring');

for (let round = 0; round < calls; round += 1) {
  // A new order each round, so no instance always follows the same one.
  const order = [...apps].sort(() => Math.random() - 0.5);
  for (const app of order) {
    const result = await app.call(request);
    app.results.push({ p2: percentile(result.times, 0.02), cpu: result.cpuUsPerProbe });
  }
  log(`round ${round + 1}/${calls}`);
}

/** An instance's figure: the median of its lowest 3 calls' p2 (µs per probe). */
const figureOf = (app) =>
  median(
    app.results
      .map((result) => result.p2)
      .sort((a, b) => a - b)
      .slice(0, 3),
  );
const cpuOf = (app) => median(app.results.map((result) => result.cpu));
const reference = median(apps.filter((app) => app.arm === arms[0][0]).map(figureOf));
console.log(`reference ${arms[0][0]}: ${round(reference, 1)} µs per probe (p2 of windows, lowest 3 calls)`);
console.log(
  'arm | µs per probe, instances | saved against the reference (median, range) | process CPU µs per probe (median of calls)',
);
for (const [arm] of arms) {
  const own = apps.filter((app) => app.arm === arm);
  const figures = own.map(figureOf);
  const saved = figures.map((figure) => reference - figure);
  console.log(
    `${arm} | ${figures.map((figure) => round(figure, 1)).join(', ')} | ${round(median(saved), 1)} (${round(Math.min(...saved), 1)} … ${round(Math.max(...saved), 1)}) | ${own.map((app) => round(cpuOf(app), 1)).join(', ')}`,
  );
}
process.exit(0);
