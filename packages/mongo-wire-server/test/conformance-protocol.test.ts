import { type Document, MongoClient, MongoServerError } from 'mongodb';
import { connect, type Socket } from 'node:net';
import { deserialize, serialize } from 'bson';
import { useConformanceServer } from './conformance-kit.js';

/*
 * Conformance (see conformance-kit.ts): the handshake and server commands, wire-protocol details
 * the driver never exercises on its own (sent over a raw socket), and a server restart.
 */
const kit = useConformanceServer();
const { server, embeddedOnly, runId, freshCollection } = kit;

describe('handshake and server commands', () => {
  it('answers hello, ping and buildInfo like a writable standalone', async () => {
    const admin = kit.db.admin();
    expect(await admin.command({ ping: 1 })).toMatchObject({ ok: 1 });

    const hello = await admin.command({ hello: 1 });
    expect(hello).toMatchObject({ isWritablePrimary: true, ok: 1 });
    expect(hello.maxWireVersion).toBeGreaterThanOrEqual(21);
    expect(hello.maxBsonObjectSize).toBe(16 * 1024 * 1024);

    const buildInfo = await admin.command({ buildInfo: 1 });
    expect(typeof buildInfo.version).toBe('string');
    if (server) expect(buildInfo.version).toBe('7.0.0-medchat-embedded');
  });

  it('answers an unsupported command with CommandNotFound instead of ignoring it', async () => {
    const failure = await kit.db.command({ fooBar: 1 }).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(MongoServerError);
    expect(failure).toMatchObject({ code: 59, codeName: 'CommandNotFound' });
    expect((failure as MongoServerError).message).toContain("no such command: 'fooBar'");
  });
});

/** Raw wire-protocol helpers for the few behaviours the driver never exercises on its own. */
const OP_REPLY = 1;
const OP_QUERY = 2004;
const OP_MSG = 2013;
let requestCounter = 1000;

function frame(opCode: number, body: Buffer[]): { requestId: number; bytes: Buffer } {
  const requestId = (requestCounter += 1);
  const header = Buffer.alloc(16);
  const length = 16 + body.reduce((sum, part) => sum + part.length, 0);
  header.writeInt32LE(length, 0);
  header.writeInt32LE(requestId, 4);
  header.writeInt32LE(0, 8);
  header.writeInt32LE(opCode, 12);
  return { requestId, bytes: Buffer.concat([header, ...body]) };
}

function opMsg(command: Document, sequences: Record<string, Document[]> = {}, flags = 0) {
  const parts = [Buffer.alloc(4), Buffer.from([0]), Buffer.from(serialize(command))];
  parts[0]!.writeUInt32LE(flags, 0);
  for (const [identifier, documents] of Object.entries(sequences)) {
    const payload = Buffer.concat([Buffer.from(`${identifier}\0`), ...documents.map((d) => Buffer.from(serialize(d)))]);
    const size = Buffer.alloc(4);
    size.writeInt32LE(4 + payload.length, 0);
    parts.push(Buffer.from([1]), size, payload);
  }
  return frame(OP_MSG, parts);
}

function opQuery(fullCollectionName: string, query: Document) {
  const flags = Buffer.alloc(4);
  const skipAndReturn = Buffer.alloc(8);
  skipAndReturn.writeInt32LE(-1, 4);
  return frame(OP_QUERY, [flags, Buffer.from(`${fullCollectionName}\0`), skipAndReturn, Buffer.from(serialize(query))]);
}

interface RawReply {
  opCode: number;
  responseTo: number;
  document: Document;
  numberReturned?: number;
}

/** Reads replies off a raw socket, one complete message at a time. */
class RawConnection {
  #pending = Buffer.alloc(0);
  #waiters: Array<() => void> = [];
  closed = false;

  private constructor(readonly socket: Socket) {
    socket.on('data', (chunk) => {
      this.#pending = Buffer.concat([this.#pending, chunk]);
      this.#waiters.splice(0).forEach((wake) => wake());
    });
    socket.on('close', () => {
      this.closed = true;
      this.#waiters.splice(0).forEach((wake) => wake());
    });
  }

  static open(port: number): Promise<RawConnection> {
    return new Promise((resolve, reject) => {
      const socket = connect(port, '127.0.0.1', () => resolve(new RawConnection(socket)));
      socket.once('error', reject);
    });
  }

  send(bytes: Buffer): void {
    this.socket.write(bytes);
  }

  async read(): Promise<RawReply> {
    while (this.#pending.length < 4 || this.#pending.length < this.#pending.readInt32LE(0)) {
      if (this.closed) throw new Error('connection closed');
      await new Promise<void>((resolve) => this.#waiters.push(resolve));
    }
    const length = this.#pending.readInt32LE(0);
    const message = this.#pending.subarray(0, length);
    this.#pending = this.#pending.subarray(length);
    const opCode = message.readInt32LE(12);
    const responseTo = message.readInt32LE(8);
    if (opCode === OP_REPLY) {
      return {
        opCode,
        responseTo,
        numberReturned: message.readInt32LE(32),
        document: deserialize(message.subarray(36)),
      };
    }
    return { opCode, responseTo, document: deserialize(message.subarray(21)) };
  }

  async waitForClose(timeoutMs: number): Promise<boolean> {
    const deadline = Date.now() + timeoutMs;
    while (!this.closed && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 10));
    return this.closed;
  }

  close(): void {
    this.socket.destroy();
  }
}

describe('wire protocol details', () => {
  let raw: RawConnection | undefined;
  afterEach(() => raw?.close());

  embeddedOnly(
    'answers the legacy OP_QUERY handshake with an OP_REPLY and refuses other OP_QUERY commands',
    async () => {
      raw = await RawConnection.open(server!.port);
      const handshake = opQuery('admin.$cmd', { isMaster: 1, helloOk: true, client: { driver: { name: 'raw' } } });
      raw.send(handshake.bytes);
      const reply = await raw.read();
      expect(reply).toMatchObject({ opCode: OP_REPLY, responseTo: handshake.requestId, numberReturned: 1 });
      expect(reply.document).toMatchObject({ ismaster: true, helloOk: true, maxWireVersion: 21, ok: 1 });

      const legacyFind = opQuery(`${kit.db.databaseName}.$cmd`, { find: 'anything' });
      raw.send(legacyFind.bytes);
      expect((await raw.read()).document).toMatchObject({ ok: 0, code: 352 });
    },
  );

  embeddedOnly('merges OP_MSG document sequences and stays silent for moreToCome requests', async () => {
    raw = await RawConnection.open(server!.port);
    const name = `raw_${runId}`;
    const insert = opMsg({ insert: name, $db: kit.db.databaseName }, { documents: [{ _id: 1 }, { _id: 2 }] });
    raw.send(insert.bytes);
    expect(await raw.read()).toMatchObject({ opCode: OP_MSG, responseTo: insert.requestId, document: { n: 2, ok: 1 } });

    const moreToCome = 1 << 1;
    raw.send(
      opMsg({ insert: name, $db: kit.db.databaseName, writeConcern: { w: 0 } }, { documents: [{ _id: 3 }] }, moreToCome)
        .bytes,
    );
    const ping = opMsg({ ping: 1, $db: 'admin' });
    raw.send(ping.bytes);
    // The next reply on the wire answers the ping: nothing was sent back for the w:0 insert.
    expect(await raw.read()).toMatchObject({ responseTo: ping.requestId, document: { ok: 1 } });

    const count = opMsg({ count: name, $db: kit.db.databaseName });
    raw.send(count.bytes);
    expect((await raw.read()).document).toMatchObject({ n: 3, ok: 1 });
  });

  embeddedOnly('closes the connection on a malformed message', async () => {
    raw = await RawConnection.open(server!.port);
    const garbage = Buffer.alloc(16);
    garbage.writeInt32LE(3, 0);
    raw.send(garbage);
    expect(await raw.waitForClose(2000)).toBe(true);
  });
});

describe('outages', () => {
  embeddedOnly('keeps data across stop()/start() on the same port and the driver reconnects', async () => {
    const embedded = server!;
    const notes = freshCollection('outage');
    await notes.insertOne({ _id: 'kept', text: 'survives' });
    const port = embedded.port;

    const observer = new MongoClient(embedded.uri, { serverSelectionTimeoutMS: 300, heartbeatFrequencyMS: 500 });
    await observer.connect();
    try {
      await embedded.stop();
      expect(embedded.running).toBe(false);
      await expect(observer.db('admin').command({ ping: 1 })).rejects.toThrow();

      await embedded.start();
      expect(embedded.running).toBe(true);
      expect(embedded.port).toBe(port);
      expect(await notes.findOne({ _id: 'kept' })).toEqual({ _id: 'kept', text: 'survives' });
      await notes.insertOne({ _id: 'after', text: 'written after restart' });
      expect(await notes.countDocuments()).toBe(2);
    } finally {
      await observer.close();
    }
  });
});
