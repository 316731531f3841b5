import { type Collection, type Db, type Document, MongoClient, type ObjectId } from 'mongodb';
import { WireProtocolMongoServer } from '../src/index.js';

/*
 * Shared set-up of the conformance tests (conformance-*.test.ts): the embedded wire-protocol
 * server, driven by the official driver. With MONGODB_URI set the same assertions run against a
 * real MongoDB (in a database of their own), which is how the expectations themselves are kept
 * honest. Each test file gets its own server and client: Jest gives every file a module registry
 * of its own, so nothing here is shared between files.
 */

/** Test documents use numeric and string `_id`s as well as ObjectIds. */
export type LooseDocument = { _id?: ObjectId | string | number; [field: string]: any };

export interface ConformanceKit {
  /** The embedded server, or undefined when the tests run against MONGODB_URI. */
  readonly server: WireProtocolMongoServer | undefined;
  /** `it` for behaviour only the embedded server can show (restarts, raw sockets, a fast TTL monitor). */
  readonly embeddedOnly: jest.It;
  readonly runId: string;
  /** Every command the driver sent and every successful reply, in order, for tests that count them. */
  readonly commandsStarted: Array<{ name: string; command: Document }>;
  readonly commandsSucceeded: Array<{ name: string; reply: Document }>;
  /** Set in beforeAll; read them inside tests only. */
  client: MongoClient;
  db: Db;
  /** A collection no other test of the file has touched. */
  freshCollection<T extends Document = LooseDocument>(label: string): Collection<T>;
}

/** Starts a server (unless MONGODB_URI is set) and a monitoring client around the calling test file. */
export function useConformanceServer(): ConformanceKit {
  const externalUri = process.env.MONGODB_URI;
  const server = externalUri ? undefined : new WireProtocolMongoServer({ ttlMonitorIntervalMs: 100 });
  let collectionCounter = 0;
  const kit: ConformanceKit = {
    server,
    embeddedOnly: server ? it : it.skip,
    runId: `${process.pid}_${Date.now().toString(36)}`,
    commandsStarted: [],
    commandsSucceeded: [],
    client: undefined as unknown as MongoClient,
    db: undefined as unknown as Db,
    freshCollection<T extends Document = LooseDocument>(label: string) {
      collectionCounter += 1;
      return kit.db.collection<T>(`${label}_${collectionCounter}`);
    },
  };

  beforeAll(async () => {
    await server?.start();
    const client = new MongoClient(externalUri ?? server!.uri, {
      monitorCommands: true,
      serverSelectionTimeoutMS: 10_000,
      heartbeatFrequencyMS: 500,
    });
    client.on('commandStarted', (event) =>
      kit.commandsStarted.push({ name: event.commandName, command: event.command }),
    );
    client.on('commandSucceeded', (event) =>
      kit.commandsSucceeded.push({ name: event.commandName, reply: event.reply as Document }),
    );
    await client.connect();
    kit.client = client;
    kit.db = client.db(`medchat_conformance_${kit.runId}`);
  });

  afterAll(async () => {
    await kit.db?.dropDatabase();
    await kit.client?.close();
    await server?.stop();
  });

  return kit;
}

/** Polls `probe` until `accept` holds or the time is up, and returns the last value either way. */
export async function eventually<T>(
  probe: () => Promise<T>,
  accept: (value: T) => boolean,
  timeoutMs: number,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (accept(value) || Date.now() > deadline) return value;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}
