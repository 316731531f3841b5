import type { EmbeddedMongo, EmbeddedMongoOptions } from './embedded-mongo.js';
import { MongodEmbeddedMongo } from './mongod-embedded-mongo.js';
import { WireEmbeddedMongo } from './wire-embedded-mongo.js';

/** Starts the best embedded MongoDB this machine can run and says in the log which one it is. */
export async function launchEmbeddedMongo(options: EmbeddedMongoOptions): Promise<EmbeddedMongo> {
  if (options.engine !== 'wire') {
    try {
      const mongod = await MongodEmbeddedMongo.launch(options.mongodTimeoutMs);
      options.logger.log(`Embedded MongoDB: started a real mongod at ${mongod.uri}`, 'Database');
      return mongod;
    } catch (error) {
      if (options.engine === 'mongod') throw error;
      options.logger.warn(
        `Embedded MongoDB: no mongod available (${(error as Error).message}); using the in-process wire-protocol server`,
        'Database',
      );
    }
  }
  const wire = await WireEmbeddedMongo.launch();
  options.logger.log(`Embedded MongoDB: started the in-process wire-protocol server at ${wire.uri}`, 'Database');
  return wire;
}
