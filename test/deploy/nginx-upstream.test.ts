import 'reflect-metadata';
import { readFileSync } from 'node:fs';
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { Socket } from 'node:net';
import { EnvironmentVariables } from '../../src/config/environment-variables.js';
import { NGINX_CONF, startNginxProxy, type NginxProxy } from '../support/nginx-proxy.js';
import { rawRequest, webSocketHandshake } from './http-client.js';

/**
 * What deploy/nginx/medchat.conf sends to its upstream, seen by a recording server in place of
 * the app (the app does not echo request headers), and how its limits compare with the app's.
 */
describe('deploy/nginx/medchat.conf towards its upstream', () => {
  const received: Array<{ url: string; headers: IncomingHttpHeaders }> = [];
  const sockets = new Set<Socket>();
  let upstream: Server;
  let proxy: NginxProxy;

  beforeAll(async () => {
    upstream = createServer((req, res) => {
      received.push({ url: req.url ?? '', headers: req.headers });
      res.writeHead(200, { 'content-type': 'application/json' }).end('{}');
    });
    // A WebSocket upgrade answered 101, then every byte echoed back through the tunnel.
    upstream.on('upgrade', (req, socket: Socket) => {
      received.push({ url: req.url ?? '', headers: req.headers });
      sockets.add(socket);
      socket.write('HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n\r\n');
      socket.on('data', (chunk) => socket.write(chunk));
      socket.on('error', () => undefined);
    });
    await new Promise<void>((resolve) => upstream.listen(0, '127.0.0.1', resolve));
    const address = upstream.address();
    if (!address || typeof address === 'string') throw new Error('no upstream port');
    proxy = await startNginxProxy({ upstreamPort: address.port, trustedProxy: '127.0.0.1' });
  });
  afterAll(async () => {
    await proxy?.stop();
    for (const socket of sockets) socket.destroy();
    upstream.closeAllConnections();
    await new Promise<void>((resolve) => upstream.close(() => resolve()));
  });
  beforeEach(() => {
    received.length = 0;
  });

  it('forwards the client address, scheme, request id and host; keeps the upstream connection alive', async () => {
    await rawRequest(proxy.url, {
      path: '/api/v1/health?x=1',
      headers: { host: 'medchat.example.org', 'x-forwarded-for': '203.0.113.7', 'x-request-id': 'abc-123' },
    });
    await rawRequest(proxy.url, {
      path: '/api/health',
      localAddress: '127.0.0.2',
      headers: { 'x-forwarded-for': '198.51.100.9' },
    });

    expect(received.map((request) => request.url)).toEqual(['/api/v1/health?x=1', '/api/health']);
    expect(received[0].headers).toMatchObject({
      host: 'medchat.example.org',
      'x-forwarded-for': '203.0.113.7',
      'x-real-ip': '203.0.113.7',
      'x-forwarded-proto': 'http',
      'x-request-id': 'abc-123',
    });
    // Not the load balancer: its own X-Forwarded-For is replaced by its address.
    expect(received[1].headers['x-forwarded-for']).toBe('127.0.0.2');
    expect(received[1].headers['x-request-id']).toMatch(/^[0-9a-f]{32}$/);
    for (const request of received) {
      expect(request.headers.connection).toBeUndefined();
      expect(request.headers.upgrade).toBeUndefined();
    }
  });

  it.each(['/api/chat/ws', '/api/v1/chat/ws'])(
    'upgrades a WebSocket on %s and carries its frames both ways',
    async (path) => {
      const { status, socket } = await webSocketHandshake(proxy.url, path);
      sockets.add(socket);
      expect(status).toBe(101);
      expect(received.at(-1)!.headers).toMatchObject({ upgrade: 'websocket', connection: 'upgrade' });

      const echoed = new Promise<string>((resolve) =>
        socket.once('data', (chunk: Buffer) => resolve(chunk.toString())),
      );
      socket.write('frame-bytes');
      expect(await echoed).toBe('frame-bytes');
      socket.destroy();
    },
  );
});

/** Sizes as nginx writes them (1m, 52m, 512k) in bytes. */
function bytes(size: string): number {
  const match = /^(\d+)([km]?)$/i.exec(size);
  if (!match) throw new Error(`not an nginx size: ${size}`);
  return Number(match[1]) * { '': 1, k: 1024, m: 1024 * 1024 }[match[2].toLowerCase() as '' | 'k' | 'm'];
}

function seconds(time: string): number {
  const match = /^(\d+)(s|m|h)?$/.exec(time);
  if (!match) throw new Error(`not an nginx time: ${time}`);
  return Number(match[1]) * { s: 1, m: 60, h: 3600 }[(match[2] ?? 's') as 's' | 'm' | 'h'];
}

describe('deploy/nginx/medchat.conf limits match the app defaults', () => {
  const config = readFileSync(NGINX_CONF, 'utf8');
  const defaults = new EnvironmentVariables();
  /** The body of the location whose pattern contains `marker`. */
  const location = (marker: string): string => {
    const start = config.indexOf(marker);
    if (start < 0) throw new Error(`no location matching ${marker}`);
    return config.slice(start, config.indexOf('}', start));
  };
  const directive = (text: string, name: string): string => {
    const match = new RegExp(`^\\s*${name}\\s+([^;]+);`, 'm').exec(text);
    if (!match) throw new Error(`no ${name} directive`);
    return match[1].trim();
  };
  const serverLevel = config.slice(config.indexOf('server {'), config.indexOf('location /api/'));

  it('JSON bodies: exactly BODY_LIMIT_BYTES', () => {
    expect(bytes(directive(serverLevel, 'client_max_body_size'))).toBe(defaults.BODY_LIMIT_BYTES);
  });

  it('uploads: room for the largest file plus multipart framing, streamed to the app', () => {
    const uploads = location('upload/(image|audio)');
    const limit = bytes(directive(uploads, 'client_max_body_size'));
    expect(limit).toBeGreaterThan(Math.max(defaults.UPLOAD_MAX_AUDIO_MB, defaults.UPLOAD_MAX_IMAGE_MB) * 1024 * 1024);
    expect(limit).toBeLessThanOrEqual((defaults.UPLOAD_MAX_AUDIO_MB + 4) * 1024 * 1024);
    expect(directive(uploads, 'proxy_request_buffering')).toBe('off');
  });

  it('FHIR import: exactly IMPORT_BODY_LIMIT_BYTES', () => {
    expect(bytes(directive(location('admin/patients/import'), 'client_max_body_size'))).toBe(
      defaults.IMPORT_BODY_LIMIT_BYTES,
    );
  });

  it('timeouts: above the longest chat turn and REQUEST_TIMEOUT_MS; idle upstream connections dropped before KEEP_ALIVE_TIMEOUT_MS', () => {
    const longestTurnSeconds =
      defaults.LLM_QUEUE_MAX_WAIT_SECONDS + ((defaults.OLLAMA_MAX_RETRIES + 1) * defaults.OLLAMA_TIMEOUT_MS) / 1000;
    expect(seconds(directive(serverLevel, 'proxy_read_timeout'))).toBeGreaterThan(longestTurnSeconds);
    expect(seconds(directive(serverLevel, 'proxy_send_timeout'))).toBeGreaterThan(defaults.REQUEST_TIMEOUT_MS / 1000);
    const upstreamBlock = config.slice(config.indexOf('upstream medchat'), config.indexOf('server {'));
    expect(seconds(directive(upstreamBlock, 'keepalive_timeout'))).toBeLessThan(defaults.KEEP_ALIVE_TIMEOUT_MS / 1000);
    expect(seconds(directive(serverLevel, 'proxy_read_timeout')) * 1000).toBeGreaterThan(
      defaults.CHAT_STREAM_HEARTBEAT_MS,
    );
  });

  it('event streams are never buffered or compressed by nginx', () => {
    const streams = location('message/stream');
    expect(directive(streams, 'proxy_buffering')).toBe('off');
    expect(directive(streams, 'gzip')).toBe('off');
  });
});
