import type { EmbeddedMongo } from './embedded-mongo.js';
import { WireProtocolMongoServer } from './wire/wire-protocol-mongo-server.js';

/** The project's own in-process server speaking the MongoDB wire protocol. */
export class WireEmbeddedMongo implements EmbeddedMongo {
  readonly engine = 'wire' as const;

  private constructor(private readonly server: WireProtocolMongoServer) {}

  static async launch(): Promise<WireEmbeddedMongo> {
    const server = new WireProtocolMongoServer({ host: '127.0.0.1', port: 0 });
    await server.start();
    return new WireEmbeddedMongo(server);
  }

  get uri(): string {
    return this.server.uri;
  }

  stop(): Promise<void> {
    return this.server.stop();
  }

  start(): Promise<void> {
    return this.server.start();
  }

  dispose(): Promise<void> {
    return this.server.stop();
  }
}
