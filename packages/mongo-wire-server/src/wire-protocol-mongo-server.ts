import { type AddressInfo, createServer, type Server, type Socket } from 'node:net';
import { CommandDispatcher } from './command-dispatcher.js';
import type { CommandContext, ConnectionInfo } from './command-context.js';
import { CursorRegistry } from './cursor-registry.js';
import { InMemoryStorage } from './in-memory-storage.js';
import { DEFAULT_TTL_MONITOR_INTERVAL_MS, TtlMonitor } from './ttl-monitor.js';
import { WireConnection } from './wire-connection.js';

export interface WireProtocolMongoServerOptions {
  /** Interface to listen on; default 127.0.0.1. */
  host?: string;
  /** Port to listen on; default 0 picks a free port (kept for later restarts). */
  port?: number;
  /** How often expired TTL documents are removed; default 60000 like mongod, tests use ~100. */
  ttlMonitorIntervalMs?: number;
}

/**
 * An in-process server that speaks the MongoDB wire protocol (OP_MSG, plus OP_QUERY for the
 * legacy handshake) over TCP and keeps its data in memory. It stands in for mongod when no
 * binary is available, so the official driver and Mongoose run unmodified against it.
 *
 * Data lives as long as this object: stop() ends the "outage-free" period (listener closed,
 * every client socket destroyed so clients notice), start() listens again on the same port
 * with the same data, which lets applications exercise their reconnect path.
 */
export class WireProtocolMongoServer {
  readonly #host: string;
  #port: number;
  readonly #storage = new InMemoryStorage();
  readonly #cursors = new CursorRegistry();
  readonly #dispatcher = new CommandDispatcher();
  readonly #ttlMonitor: TtlMonitor;
  readonly #sockets = new Set<Socket>();
  #server: Server | undefined;
  #startedAt = Date.now();
  #nextConnectionId = 1;
  #totalConnections = 0;
  /** start() and stop() run one at a time, in call order. */
  #lifecycle: Promise<void> = Promise.resolve();

  constructor(options: WireProtocolMongoServerOptions = {}) {
    this.#host = options.host ?? '127.0.0.1';
    this.#port = options.port ?? 0;
    this.#ttlMonitor = new TtlMonitor(
      this.#storage,
      this.#cursors,
      options.ttlMonitorIntervalMs ?? DEFAULT_TTL_MONITOR_INTERVAL_MS,
    );
  }

  get port(): number {
    return this.#port;
  }

  get uri(): string {
    const host = this.#host === '0.0.0.0' || this.#host === '::' ? '127.0.0.1' : this.#host;
    return `mongodb://${host.includes(':') ? `[${host}]` : host}:${this.#port}/`;
  }

  get running(): boolean {
    return this.#server !== undefined;
  }

  start(): Promise<void> {
    return this.#enqueue(() => this.#listen());
  }

  stop(): Promise<void> {
    return this.#enqueue(() => this.#close());
  }

  #enqueue(step: () => Promise<void>): Promise<void> {
    const run = this.#lifecycle.then(step);
    this.#lifecycle = run.catch(() => undefined);
    return run;
  }

  async #listen(): Promise<void> {
    if (this.#server) return;
    const server = createServer((socket) => this.#accept(socket));
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(this.#port, this.#host, () => {
        server.off('error', reject);
        resolve();
      });
    });
    // Listening errors after startup (e.g. EMFILE on accept) must not crash the host app.
    server.on('error', (error) => process.emitWarning(`embedded MongoDB server: ${error.message}`));
    this.#port = (server.address() as AddressInfo).port;
    this.#server = server;
    this.#ttlMonitor.start();
  }

  async #close(): Promise<void> {
    const server = this.#server;
    if (!server) return;
    this.#server = undefined;
    this.#ttlMonitor.stop();
    // A restarted mongod has no cursors; clients re-run their queries after reconnecting.
    this.#cursors.clear();
    const closed = new Promise<void>((resolve) => server.close(() => resolve()));
    for (const socket of this.#sockets) socket.destroy();
    this.#sockets.clear();
    await closed;
  }

  #accept(socket: Socket): void {
    this.#sockets.add(socket);
    this.#totalConnections += 1;
    socket.on('close', () => this.#sockets.delete(socket));
    new WireConnection(socket, this.#nextConnectionId++, this.#dispatcher, (database, connection) =>
      this.#context(database, connection),
    );
  }

  #context(database: string, connection: ConnectionInfo): CommandContext {
    return {
      storage: this.#storage,
      cursors: this.#cursors,
      database,
      connection,
      server: {
        startedAt: this.#startedAt,
        host: this.#host,
        port: this.#port,
        currentConnections: this.#sockets.size,
        totalConnections: this.#totalConnections,
      },
    };
  }
}
