import type { WireProtocolMongoServer } from '@medchat/mongo-wire-server';
import type { EmbeddedMongo } from './embedded-mongo.js';

/**
 * The project's own in-process server speaking the MongoDB wire protocol. Its package is a
 * development dependency, loaded only here: production refuses the embedded store, and its image
 * is installed without development dependencies, so neither the server nor mingo is in it.
 */
export class WireEmbeddedMongo implements EmbeddedMongo {
  readonly engine = 'wire' as const;

  private constructor(private readonly server: WireProtocolMongoServer) {}

  static async launch(): Promise<WireEmbeddedMongo> {
    const server = new (await loadWireServer())({ host: '127.0.0.1', port: 0 });
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

async function loadWireServer(): Promise<typeof WireProtocolMongoServer> {
  try {
    return (await import('@medchat/mongo-wire-server')).WireProtocolMongoServer;
  } catch (error) {
    throw new Error(
      'The in-process MongoDB (@medchat/mongo-wire-server, a development dependency) is not installed or not built: ' +
        `set MONGODB_URI, or run \`npm ci\` and \`npm run build\` (${(error as Error).message})`,
      { cause: error },
    );
  }
}
