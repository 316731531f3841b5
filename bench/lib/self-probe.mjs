// Preloaded into an app by hook-ablation.mjs (`node --import <this> dist/main.js`): on a line of
// JSON on stdin ({ windows, perWindow, connections, path }) it drives GET `path` against its own
// process over keep-alive connections, one request at a time on each (as autocannon does), and
// answers one `SELFPROBE {...}` line on stdout with each window's wall time per probe and the
// process CPU per probe over the call. The client runs in the app's own process, so what the host
// does to one process happens to both ends at once, and the same client cost is in every arm.
import { connect } from 'node:net';
import { createInterface } from 'node:readline';

const port = Number(process.env.PORT);
const MARK = '\r\n\r\n';

/** One connection that sends `request` whenever asked and calls `onAnswer` at each complete answer. */
function connection(request, bodyMarker, onAnswer) {
  const socket = connect(port, '127.0.0.1');
  socket.setNoDelay(true);
  let tail = '';
  socket.on('data', (chunk) => {
    const text = tail + chunk.toString('latin1');
    let from = 0;
    for (let at = text.indexOf(bodyMarker, from); at >= 0; at = text.indexOf(bodyMarker, from)) {
      from = at + bodyMarker.length;
      onAnswer();
    }
    tail = text.slice(Math.max(from, text.length - bodyMarker.length + 1));
  });
  return {
    ready: new Promise((resolve, reject) => {
      socket.once('connect', resolve);
      socket.once('error', reject);
    }),
    send: () => socket.write(request),
    close: () => socket.destroy(),
  };
}

async function run({ windows, perWindow, connections, path = '/api/health/live', bodyMarker = '{"status":"ok"}' }) {
  const request = Buffer.from(`GET ${path} HTTP/1.1\r\nHost: 127.0.0.1${MARK}`);
  const perConnection = perWindow / connections;
  const times = [];
  let resolveWindow;
  let outstanding = 0;
  const sockets = [];
  for (let i = 0; i < connections; i += 1) {
    let sent = 0;
    const link = connection(request, bodyMarker, () => {
      outstanding -= 1;
      if (sent < perConnection) {
        sent += 1;
        link.send();
      }
      if (outstanding === 0) resolveWindow();
    });
    link.reset = () => {
      sent = 1;
      link.send();
    };
    sockets.push(link);
  }
  await Promise.all(sockets.map((link) => link.ready));
  const cpuBefore = process.cpuUsage();
  const started = process.hrtime.bigint();
  for (let w = 0; w < windows; w += 1) {
    const done = new Promise((resolve) => {
      resolveWindow = resolve;
    });
    outstanding = perWindow;
    const t0 = process.hrtime.bigint();
    for (const link of sockets) link.reset();
    await done;
    times.push(Number(process.hrtime.bigint() - t0) / 1000 / perWindow);
  }
  const wallUs = Number(process.hrtime.bigint() - started) / 1000;
  const cpu = process.cpuUsage(cpuBefore);
  for (const link of sockets) link.close();
  const probes = windows * perWindow;
  return { times, wallUsPerProbe: wallUs / probes, cpuUsPerProbe: (cpu.user + cpu.system) / probes };
}

const lines = createInterface({ input: process.stdin });
lines.on('line', (line) => {
  run(JSON.parse(line)).then(
    (result) => process.stdout.write(`SELFPROBE ${JSON.stringify(result)}\n`),
    (error) => process.stdout.write(`SELFPROBE ${JSON.stringify({ error: String(error) })}\n`),
  );
});
