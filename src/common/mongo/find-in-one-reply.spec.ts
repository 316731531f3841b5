import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { WireProtocolMongoServer } from '@medchat/mongo-wire-server';
import { MongoClient, ObjectId, type Db } from 'mongodb';
import { findInOneReply } from './find-in-one-reply.js';

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
});
