import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { WireProtocolMongoServer } from '@medchat/mongo-wire-server';
import mongoose from 'mongoose';
import { MongoClient, MongoNetworkError, MongoNetworkTimeoutError, MongoServerError, ObjectId, type Db } from 'mongodb';
import { findDocumentBytesInOneReply, findInOneReply, isRetryableRead } from './find-in-one-reply.js';

interface Row {
  _id: ObjectId;
  owner: string;
  at: Date;
  text: string;
}

describe('findInOneReply', () => {
  let server: WireProtocolMongoServer;
  let client: MongoClient;
  let db: Db;

  beforeAll(async () => {
    server = new WireProtocolMongoServer({ host: '127.0.0.1', port: 0 });
    await server.start();
    client = await new MongoClient(server.uri).connect();
    db = client.db('find_in_one_reply');
    const base = Date.UTC(2026, 0, 1);
    // Two rows share each instant, so the _id decides their order.
    await db.collection<Row>('rows').insertMany(
      Array.from({ length: 30 }, (_, index) => ({
        _id: new ObjectId(),
        owner: index % 3 === 0 ? 'other' : 'me',
        at: new Date(base + Math.floor(index / 2) * 1000),
        text: `row ${index}`,
      })),
    );
  });

  afterAll(async () => {
    await client.close();
    await server.stop();
  });

  it('answers what the driver cursor answers for the same filter, sort, limit and projection', async () => {
    const filter = { owner: { $eq: 'me' } };
    const sort = { at: -1, _id: -1 } as const;
    for (const limit of [1, 7, 20, 21, 50]) {
      const expected = await db.collection<Row>('rows').find(filter).sort(sort).limit(limit).toArray();
      expect(await findInOneReply<Row>(db, 'rows', filter, { sort, limit })).toEqual(expected);
    }
    const projected = await findInOneReply<Row>(db, 'rows', filter, {
      limit: 3,
      sort,
      projection: { _id: 0, text: 1 },
    });
    expect(projected).toEqual(
      await db
        .collection<Row>('rows')
        .find(filter, { projection: { _id: 0, text: 1 } })
        .sort(sort)
        .limit(3)
        .toArray(),
    );
    expect(await findInOneReply<Row>(db, 'rows', { owner: { $eq: 'nobody' } }, { limit: 5 })).toEqual([]);
  });

  it('as bytes: each document of the reply undecoded, the same documents as findInOneReply decodes', async () => {
    const filter = { owner: { $eq: 'me' } };
    const sort = { at: -1, _id: -1 } as const;
    for (const limit of [1, 21]) {
      const bytes = await findDocumentBytesInOneReply<Row>(db, 'rows', filter, { sort, limit });
      const decoded = await findInOneReply<Row>(db, 'rows', filter, { sort, limit });
      expect(bytes).toHaveLength(decoded.length);
      expect(bytes.map((document) => mongoose.mongo.BSON.deserialize(document))).toEqual(decoded);
    }
  });

  it('without a limit, answers every match in one reply, as the driver cursor does', async () => {
    const filter = { owner: { $eq: 'me' } };
    const sort = { at: 1, _id: 1 } as const;
    const expected = await db.collection<Row>('rows').find(filter).sort(sort).toArray();
    expect(expected).toHaveLength(20);
    expect(await findInOneReply<Row>(db, 'rows', filter, { sort })).toEqual(expected);

    // Past the 101 documents of a first batch by default: asked for all of them at once.
    const commands: Record<string, unknown>[] = [];
    const many = Array.from({ length: 150 }, (_, index) => ({ _id: index }));
    const fake = {
      readPreference: db.readPreference,
      command: async (command: Record<string, unknown>) => {
        commands.push(command);
        return { cursor: { id: 0, firstBatch: many }, ok: 1 };
      },
    } as unknown as Db;
    expect(await findInOneReply(fake, 'rows', { owner: 'me' }, {})).toBe(many);
    expect(commands).toEqual([{ find: 'rows', filter: { owner: 'me' }, batchSize: 2 ** 31 - 1 }]);
  });

  it('kills a cursor the server left open (a reply past 16 MB) and reads the rest through the driver', async () => {
    const commands: Record<string, unknown>[] = [];
    const rest = [{ _id: 1 }, { _id: 2 }, { _id: 3 }];
    const reads: unknown[] = [];
    const fake = {
      readPreference: db.readPreference,
      command: async (command: Record<string, unknown>) => {
        commands.push(command);
        return command.find ? { cursor: { id: 42, firstBatch: [{ _id: 1 }] }, ok: 1 } : { ok: 1 };
      },
      collection: () => ({
        find: (filter: unknown, options: unknown) => {
          reads.push({ filter, options });
          return { toArray: async () => rest };
        },
      }),
    } as unknown as Db;

    const found = await findInOneReply(fake, 'rows', { owner: 'me' }, { limit: 3, sort: { at: -1 } });

    expect(found).toEqual(rest);
    expect(commands).toEqual([
      { find: 'rows', filter: { owner: 'me' }, limit: 3, batchSize: 3, sort: { at: -1 } },
      { killCursors: 'rows', cursors: [42] },
    ]);
    expect(reads).toEqual([
      {
        filter: { owner: 'me' },
        options: { sort: { at: -1 }, projection: undefined, limit: 3, readPreference: db.readPreference },
      },
    ]);
  });

  it('as bytes, reads the rest of an open cursor through the driver as bytes too', async () => {
    const reads: unknown[] = [];
    const rest = [Buffer.from('a'), Buffer.from('b')];
    const fake = {
      readPreference: db.readPreference,
      command: async (command: Record<string, unknown>) =>
        command.find ? { cursor: { id: 42, firstBatch: [Buffer.from('x')] }, ok: 1 } : { ok: 1 },
      collection: () => ({
        find: (filter: unknown, options: unknown) => {
          reads.push({ filter, options });
          return { toArray: async () => rest };
        },
      }),
    } as unknown as Db;

    expect(await findDocumentBytesInOneReply(fake, 'rows', { owner: 'me' }, { limit: 2 })).toBe(rest);
    expect(reads).toEqual([
      {
        filter: { owner: 'me' },
        options: { sort: undefined, projection: undefined, limit: 2, readPreference: db.readPreference, raw: true },
      },
    ]);
  });

  describe('retried once, as the driver retries a cursor read', () => {
    /** A database whose `find` commands fail with the given errors, in turn, then answer. */
    function failing(errors: unknown[], retryReads = true) {
      const commands: unknown[] = [];
      const fake = {
        readPreference: db.readPreference,
        client: { options: { retryReads } },
        command: async (command: unknown) => {
          commands.push(command);
          const error = errors.shift();
          if (error !== undefined) throw error;
          return { cursor: { id: 0, firstBatch: [{ _id: 1 }] }, ok: 1 };
        },
      } as unknown as Db;
      return { fake, commands };
    }
    const steppedDown = new MongoServerError({ code: 189, codeName: 'PrimarySteppedDown', errmsg: 'stepped down' });

    it('sends the read again after a network error or a failover answer, and returns what the second one read', async () => {
      for (const error of [new MongoNetworkError('connection reset'), steppedDown]) {
        const { fake, commands } = failing([error]);
        expect(await findInOneReply(fake, 'rows', {}, { limit: 1 })).toEqual([{ _id: 1 }]);
        expect(commands).toHaveLength(2);
        expect(commands[1]).toEqual(commands[0]);
      }
    });

    it('only once, never for an error of the read itself, and not when the client disables retryable reads', async () => {
      const twice = failing([steppedDown, new MongoNetworkError('again')]);
      await expect(findInOneReply(twice.fake, 'rows', {}, { limit: 1 })).rejects.toThrow('again');
      expect(twice.commands).toHaveLength(2);

      const badFilter = new MongoServerError({ code: 2, codeName: 'BadValue', errmsg: 'unknown operator: $nope' });
      const refused = failing([badFilter]);
      await expect(findInOneReply(refused.fake, 'rows', {}, { limit: 1 })).rejects.toBe(badFilter);
      expect(refused.commands).toHaveLength(1);

      const disabled = failing([steppedDown], false);
      await expect(findInOneReply(disabled.fake, 'rows', {}, { limit: 1 })).rejects.toBe(steppedDown);
      expect(disabled.commands).toHaveLength(1);
    });

    it("retries a network error of whichever copy of the driver threw it (the app's connection is mongoose's)", () => {
      expect(isRetryableRead(new mongoose.mongo.MongoNetworkError('connection reset'))).toBe(true);
      expect(isRetryableRead(new mongoose.mongo.MongoNetworkTimeoutError('timed out'))).toBe(true);
      expect(isRetryableRead(new MongoNetworkTimeoutError('timed out'))).toBe(true);
      expect(isRetryableRead(new mongoose.mongo.MongoServerError({ code: 2, errmsg: 'BadValue' }))).toBe(false);
    });

    it("retries what the specification lists: the codes, and older servers' words", () => {
      for (const code of [6, 7, 89, 91, 134, 189, 262, 9001, 10107, 11600, 11602, 13435, 13436])
        expect(isRetryableRead(new MongoServerError({ code, errmsg: 'x' }))).toBe(true);
      expect(isRetryableRead(new MongoServerError({ errmsg: 'not master and secondaryOk=false' }))).toBe(true);
      expect(isRetryableRead(new MongoServerError({ errmsg: 'node is recovering' }))).toBe(true);
      for (const code of [2, 11000, 13, 50])
        expect(isRetryableRead(new MongoServerError({ code, errmsg: 'x' }))).toBe(false);
      expect(isRetryableRead(new Error('boom'))).toBe(false);
    });
  });
});
