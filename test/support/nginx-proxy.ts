import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createConnection, createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { NGINX, resolveSystemTool } from './system-tools.js';

export const NGINX_CONF = fileURLToPath(new URL('../../deploy/nginx/medchat.conf', import.meta.url));

export interface NginxProxy {
  /** e.g. http://127.0.0.1:41234 */
  url: string;
  port: number;
  /** The access log so far (format `medchat` of the config). */
  accessLog(): string;
  stop(): Promise<void>;
}

export interface NginxProxyOptions {
  /** Port of the upstream (the app) on 127.0.0.1. */
  upstreamPort: number;
  /** The address whose X-Forwarded-For nginx trusts (the load balancer in front of it). */
  trustedProxy: string;
}

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  await new Promise<void>((resolve) => server.close(() => resolve()));
  if (!address || typeof address === 'string') throw new Error('no free port');
  return address.port;
}

/** One exact line of deploy/nginx/medchat.conf replaced; a config that no longer has it fails loudly. */
function replaceLine(config: string, line: string, replacement: string): string {
  const count = config.split(line).length - 1;
  if (count !== 1) throw new Error(`deploy/nginx/medchat.conf should contain "${line}" once, found ${count}`);
  return config.replace(line, replacement);
}

/**
 * medchat.conf with test ports and paths, inside a minimal nginx.conf that keeps every file
 * nginx writes (pid, logs, temp bodies) in its own prefix directory: no root, no /var.
 */
function writeConfig(directory: string, port: number, options: NginxProxyOptions): string {
  let site = readFileSync(NGINX_CONF, 'utf8');
  site = replaceLine(site, 'server 127.0.0.1:8000;', `server 127.0.0.1:${options.upstreamPort};`);
  site = replaceLine(site, 'listen 80;', `listen 127.0.0.1:${port};`);
  site = replaceLine(
    site,
    'access_log /var/log/nginx/medchat.access.log medchat;',
    `access_log ${join(directory, 'access.log')} medchat;`,
  );
  site = replaceLine(site, 'set_real_ip_from 10.0.0.0/8;', `set_real_ip_from ${options.trustedProxy};`);
  writeFileSync(join(directory, 'medchat.conf'), site);
  const temp = ['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'];
  for (const name of temp) mkdirSync(join(directory, name));
  const main = [
    'daemon off;',
    // One process: nothing to hand privileges to, and one pid to stop.
    'master_process off;',
    `pid ${join(directory, 'nginx.pid')};`,
    `error_log ${join(directory, 'error.log')} info;`,
    'events { worker_connections 256; }',
    'http {',
    ...temp.map((name) => `  ${name}_temp_path ${join(directory, name)};`),
    `  include ${join(directory, 'medchat.conf')};`,
    '}',
  ];
  const path = join(directory, 'nginx.conf');
  writeFileSync(path, `${main.join('\n')}\n`);
  return path;
}

function accepts(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = createConnection({ host: '127.0.0.1', port }, () => {
      socket.end();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
  });
}

/** Debian's nginx running deploy/nginx/medchat.conf in front of `upstreamPort`. */
export async function startNginxProxy(options: NginxProxyOptions): Promise<NginxProxy> {
  const nginx = resolveSystemTool(NGINX);
  const directory = mkdtempSync(join(tmpdir(), 'medchat-nginx-'));
  const port = await freePort();
  const config = writeConfig(directory, port, options);
  const args = ['-p', `${directory}/`, '-c', config, '-e', join(directory, 'error.log')];
  const check = spawnSync(nginx, ['-t', ...args], { encoding: 'utf8' });
  if (check.status !== 0) throw new Error(`nginx -t refused deploy/nginx/medchat.conf:\n${check.stderr}`);

  const child: ChildProcess = spawn(nginx, args, { stdio: ['ignore', 'ignore', 'pipe'] });
  let exited = false;
  let stderr = '';
  child.stderr!.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const exit = new Promise<void>((resolve) =>
    child.once('exit', () => {
      exited = true;
      resolve();
    }),
  );
  const deadline = Date.now() + 10_000;
  while (!(await accepts(port))) {
    if (exited || Date.now() > deadline) {
      child.kill('SIGKILL');
      throw new Error(`nginx did not start: ${stderr}${readFileSync(join(directory, 'error.log'), 'utf8')}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
  return {
    url: `http://127.0.0.1:${port}`,
    port,
    accessLog: () => readFileSync(join(directory, 'access.log'), 'utf8'),
    async stop() {
      if (!exited) child.kill('SIGTERM');
      await exit;
      rmSync(directory, { recursive: true, force: true });
    },
  };
}
