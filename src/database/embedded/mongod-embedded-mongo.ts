import { lookup } from 'node:dns/promises';
import type { EmbeddedMongo } from './embedded-mongo.js';

type MongoMemoryServerInstance = import('mongodb-memory-server-core').MongoMemoryServer;

const DEFAULT_DOWNLOAD_HOST = 'https://fastdl.mongodb.org/';

/** A real mongod managed by mongodb-memory-server-core (system binary, cache or download). */
export class MongodEmbeddedMongo implements EmbeddedMongo {
  readonly engine = 'mongod' as const;

  private constructor(private readonly server: MongoMemoryServerInstance) {}

  static async launch(timeoutMs: number): Promise<MongodEmbeddedMongo> {
    const deadline = Date.now() + timeoutMs;
    // The binary is looked for by the package's locator alone: the whole package (its own copy of
    // the mongodb driver among it) costs about 0.25 s more CPU to load, which a machine without a
    // binary or a reachable download, that starts the wire-protocol server instead, never needs.
    const { DryMongoBinary } = await import('mongodb-memory-server-core/lib/util/DryMongoBinary.js');
    const binary = await DryMongoBinary.locateBinary(await DryMongoBinary.generateOptions());
    if (!binary) await assertDownloadReachable(timeoutMs);
    const { MongoMemoryServer } = await import('mongodb-memory-server-core');

    const server = new MongoMemoryServer({ instance: { ip: '127.0.0.1' } });
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(
        () => reject(new Error(`mongod did not start within ${timeoutMs} ms`)),
        Math.max(0, deadline - Date.now()),
      );
    });
    try {
      await Promise.race([server.start(), timeout]);
      return new MongodEmbeddedMongo(server);
    } catch (error) {
      // A download may still be running; stopping releases whatever did start.
      void server.stop({ doCleanup: true, force: true }).catch(() => undefined);
      throw error;
    } finally {
      clearTimeout(timer);
    }
  }

  get uri(): string {
    return this.server.getUri();
  }

  async stop(): Promise<void> {
    await this.server.stop({ doCleanup: false });
  }

  async start(): Promise<void> {
    await this.server.start(true);
  }

  async dispose(): Promise<void> {
    await this.server.stop({ doCleanup: true, force: true });
  }
}

/**
 * Without a binary, mongodb-memory-server would download one, retrying for a long time on a
 * machine without network. One quick request tells whether a download can answer at all. The
 * host's name is resolved first: where it does not resolve (no network, no DNS), that is the
 * answer, without the request's cost (loading fetch and building a TLS context, about 0.1-0.2 s
 * of CPU at start-up).
 */
async function assertDownloadReachable(timeoutMs: number): Promise<void> {
  if (downloadUnreachable) throw downloadUnreachable;
  const host = process.env.MONGOMS_DOWNLOAD_MIRROR ?? DEFAULT_DOWNLOAD_HOST;
  const signal = AbortSignal.timeout(Math.min(timeoutMs, 3000));
  try {
    await resolvedWithin(new URL(host).hostname, signal);
    await fetch(host, { method: 'HEAD', signal });
  } catch (error) {
    // Remembered for the life of the process: CLIs and test runs start many embedded servers.
    downloadUnreachable = new Error(
      `no mongod binary is installed or cached and ${new URL(host).host} is unreachable (${(error as Error).message})`,
    );
    throw downloadUnreachable;
  }
}

let downloadUnreachable: Error | undefined;

/** Resolves `hostname` (getaddrinfo, as a request would), or fails when `signal` aborts first. */
async function resolvedWithin(hostname: string, signal: AbortSignal): Promise<void> {
  signal.throwIfAborted();
  let onAbort: (() => void) | undefined;
  const aborted = new Promise<never>((_, reject) => {
    onAbort = () => reject(signal.reason as Error);
    signal.addEventListener('abort', onAbort, { once: true });
  });
  try {
    await Promise.race([lookup(hostname), aborted]);
  } finally {
    signal.removeEventListener('abort', onAbort!);
  }
}
