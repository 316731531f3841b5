import type { EmbeddedMongo } from './embedded-mongo.js';

type MongoMemoryServerInstance = import('mongodb-memory-server-core').MongoMemoryServer;

/** A real mongod managed by mongodb-memory-server-core (system binary, cache or download). */
export class MongodEmbeddedMongo implements EmbeddedMongo {
  readonly engine = 'mongod' as const;

  private constructor(private readonly server: MongoMemoryServerInstance) {}

  static async launch(timeoutMs: number): Promise<MongodEmbeddedMongo> {
    const { MongoMemoryServer } = await import('mongodb-memory-server-core');
    const server = new MongoMemoryServer({ instance: { ip: '127.0.0.1' } });
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error(`no mongod binary became available within ${timeoutMs} ms`)), timeoutMs);
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
