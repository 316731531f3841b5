import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * How long a wait for an event may last before the test gives up on it. A 2-core CI host running
 * two jest workers beside other jobs can stall a process for seconds (a GC of a 1 GB worker, CPU
 * starvation); a bound of 5 s turned such a stall into a failure even when the event was already
 * on its way. Below jest's 60 s test timeout, so a wait that really hangs still says what it waited for.
 */
export const HANG_GUARD_MS = 30_000;

/**
 * One request/response pair. Tracks who closed the connection, so a fake can tell a
 * client abort (the thing tests want to prove) from its own scripted resets and shutdowns.
 */
export class Exchange {
  private closed = false;
  private serverInitiatedClose = false;
  private readonly closeWaiters = new Set<() => void>();

  constructor(
    readonly req: IncomingMessage,
    readonly res: ServerResponse,
    onClientAbort: () => void,
  ) {
    // A write racing a client disconnect must not crash the test process.
    res.on('error', () => undefined);
    res.on('close', () => {
      this.closed = true;
      if (!res.writableFinished && !this.serverInitiatedClose) onClientAbort();
      for (const wake of this.closeWaiters) wake();
      this.closeWaiters.clear();
    });
  }

  /** False once the connection is gone (client abort, server reset, or stop()). */
  get open(): boolean {
    return !this.closed && !this.res.destroyed;
  }

  json(status: number, body: unknown): void {
    this.send(status, 'application/json; charset=utf-8', JSON.stringify(body));
  }

  send(status: number, contentType: string, body: string): void {
    if (!this.open) return;
    this.res.writeHead(status, { 'Content-Type': contentType, 'Content-Length': Buffer.byteLength(body) });
    this.res.end(body);
  }

  /** Resolves once the chunk reached the socket, so a reset right after it cannot swallow it. */
  write(chunk: string): Promise<void> {
    return new Promise((resolve) => {
      if (!this.open) return resolve();
      this.res.write(chunk, () => resolve());
    });
  }

  end(): void {
    if (this.open) this.res.end();
  }

  /** Drops the connection without a complete response; never counted as a client abort. */
  destroy(): void {
    this.serverInitiatedClose = true;
    this.res.destroy();
    this.req.socket.destroy();
  }

  /** Sleeps, but wakes early if the connection closes so no timer outlives stop(). */
  sleep(ms: number): Promise<void> {
    if (ms <= 0 || !this.open) return Promise.resolve();
    return new Promise((resolve) => {
      const wake = (): void => {
        clearTimeout(timer);
        this.closeWaiters.delete(wake);
        resolve();
      };
      const timer = setTimeout(wake, ms);
      this.closeWaiters.add(wake);
    });
  }

  /** Never answers: resolves only when the client gives up or the fake is reset/stopped. */
  untilClosed(): Promise<void> {
    if (!this.open) return Promise.resolve();
    return new Promise((resolve) => this.closeWaiters.add(resolve));
  }
}

/** A FIFO of scripted entries, each good for a number of uses (Infinity = persistent). */
export class ScriptQueue<T> {
  private entries: Array<{ item: T; remaining: number }> = [];

  push(item: T, times = Infinity): void {
    if (!(times > 0)) throw new RangeError(`times must be positive, got ${times}`);
    this.entries.push({ item, remaining: times });
  }

  /** Takes one use of the first entry matching `accept`. */
  take(accept: (item: T) => boolean = () => true): T | undefined {
    const index = this.entries.findIndex((entry) => accept(entry.item));
    if (index < 0) return undefined;
    const entry = this.entries[index];
    entry.remaining -= 1;
    if (entry.remaining <= 0) this.entries.splice(index, 1);
    return entry.item;
  }

  /** Puts one use back at the front, e.g. a reply whose stream was cut so a retry gets it again. */
  unshift(item: T): void {
    this.entries.unshift({ item, remaining: 1 });
  }

  clear(): void {
    this.entries = [];
  }
}

export const readBody = (req: IncomingMessage): Promise<Buffer> =>
  new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => resolve(Buffer.concat(chunks)));
    req.on('error', reject);
  });

export const randomBetween = (min: number, max: number): number => min + Math.random() * Math.max(0, max - min);

/**
 * Lifecycle shared by the fakes: 127.0.0.1 on a free port, in-flight tracking, and a stop()
 * that destroys every open socket (keep-alive and hung requests included) so Jest never hangs.
 */
export abstract class HttpFake {
  private server?: Server;
  private baseUrl?: string;
  private readonly live = new Set<Exchange>();
  private abortedCount = 0;

  /** Base URL without trailing slash, e.g. `http://127.0.0.1:41234`. */
  get url(): string {
    if (!this.baseUrl) throw new Error(`${this.constructor.name} is not started`);
    return this.baseUrl;
  }

  /** Requests whose client closed the connection before the response was complete. */
  get aborted(): number {
    return this.abortedCount;
  }

  /** Requests received and not yet answered, failed or dropped. */
  get inFlight(): number {
    return this.live.size;
  }

  /** `port` 0 (the default) takes a free one; a stopped fake restarts on its old port to play a host coming back. */
  async start(port = 0): Promise<void> {
    if (this.server) throw new Error(`${this.constructor.name} already started`);
    const server = createServer((req, res) => this.dispatch(req, res));
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(port, '127.0.0.1', () => resolve());
    });
    this.server = server;
    this.baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  }

  async stop(): Promise<void> {
    const server = this.server;
    if (!server) return;
    this.server = undefined;
    this.baseUrl = undefined;
    this.dropInFlight();
    const closed = new Promise<void>((resolve) => server.close(() => resolve()));
    server.closeAllConnections();
    await closed;
  }

  /**
   * Polls `condition` (cheap, no fixed sleeps in tests); rejects after `timeoutMs`, a hang guard
   * that must outlast a loaded host's stalls (see HANG_GUARD_MS), not a measure of speed.
   */
  async waitFor(condition: () => boolean, timeoutMs = HANG_GUARD_MS): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    while (!condition()) {
      if (Date.now() > deadline) throw new Error(`${this.constructor.name}.waitFor timed out after ${timeoutMs} ms`);
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
  }

  protected abstract handle(exchange: Exchange): Promise<void>;

  /** Releases hung or streaming requests by dropping their connections (not counted as aborts). */
  protected dropInFlight(): void {
    for (const exchange of this.live) exchange.destroy();
    this.live.clear();
  }

  protected resetAbortCount(): void {
    this.abortedCount = 0;
  }

  private dispatch(req: IncomingMessage, res: ServerResponse): void {
    const exchange = new Exchange(req, res, () => (this.abortedCount += 1));
    this.live.add(exchange);
    res.on('close', () => this.live.delete(exchange));
    this.handle(exchange).catch((error: unknown) => {
      const message = error instanceof Error ? error.message : String(error);
      exchange.json(500, { error: `fake server error: ${message}` });
    });
  }
}
