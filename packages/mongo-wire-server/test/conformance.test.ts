import {
  Binary,
  Decimal128,
  type Db,
  type Document,
  type Long,
  MongoBulkWriteError,
  MongoClient,
  MongoServerError,
  ObjectId,
} from 'mongodb';
import { connect, type Socket } from 'node:net';
import { deserialize, serialize } from 'bson';
import { WireProtocolMongoServer } from '../src/index.js';

/*
 * Conformance of the embedded wire-protocol server, driven by the official driver. With
 * MONGODB_URI set the same assertions run against a real MongoDB (in a database of their own),
 * which is how the expectations themselves are kept honest.
 */
const externalUri = process.env.MONGODB_URI;
const server = externalUri ? undefined : new WireProtocolMongoServer({ ttlMonitorIntervalMs: 100 });
const embeddedOnly = server ? it : it.skip;
const runId = `${process.pid}_${Date.now().toString(36)}`;

let client: MongoClient;
let db: Db;
let collectionCounter = 0;
const commandsStarted: Array<{ name: string; command: Document }> = [];
const commandsSucceeded: Array<{ name: string; reply: Document }> = [];

/** Test documents use numeric and string `_id`s as well as ObjectIds. */
type LooseDocument = { _id?: ObjectId | string | number; [field: string]: any };

function freshCollection<T extends Document = LooseDocument>(label: string) {
  collectionCounter += 1;
  return db.collection<T>(`${label}_${collectionCounter}`);
}

async function eventually<T>(probe: () => Promise<T>, accept: (value: T) => boolean, timeoutMs: number): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (accept(value) || Date.now() > deadline) return value;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

beforeAll(async () => {
  await server?.start();
  client = new MongoClient(externalUri ?? server!.uri, {
    monitorCommands: true,
    serverSelectionTimeoutMS: 10_000,
    heartbeatFrequencyMS: 500,
  });
  client.on('commandStarted', (event) => commandsStarted.push({ name: event.commandName, command: event.command }));
  client.on('commandSucceeded', (event) =>
    commandsSucceeded.push({ name: event.commandName, reply: event.reply as Document }),
  );
  await client.connect();
  db = client.db(`medchat_conformance_${runId}`);
});

afterAll(async () => {
  await db?.dropDatabase();
  await client?.close();
  await server?.stop();
});

describe('handshake and server commands', () => {
  it('answers hello, ping and buildInfo like a writable standalone', async () => {
    const admin = db.admin();
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
    const failure = await db.command({ fooBar: 1 }).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(MongoServerError);
    expect(failure).toMatchObject({ code: 59, codeName: 'CommandNotFound' });
    expect((failure as MongoServerError).message).toContain("no such command: 'fooBar'");
  });
});

describe('insert and find', () => {
  it('generates ObjectIds and round-trips BSON types', async () => {
    const patients = freshCollection('types');
    const bytes = new Binary(Buffer.from([1, 2, 3]));
    const when = new Date('2024-05-01T10:00:00.000Z');
    const { insertedId } = await patients.insertOne({
      name: 'Ada',
      visits: 3,
      weight: 61.5,
      dose: Decimal128.fromString('0.125'),
      scan: bytes,
      seenAt: when,
      tags: ['a', 'b'],
      address: { city: 'Lyon', zip: '69001' },
      nothing: null,
    });
    expect(insertedId).toBeInstanceOf(ObjectId);

    const found = await patients.findOne({ _id: insertedId });
    expect(found).toEqual({
      _id: insertedId,
      name: 'Ada',
      visits: 3,
      weight: 61.5,
      dose: Decimal128.fromString('0.125'),
      scan: bytes,
      seenAt: when,
      tags: ['a', 'b'],
      address: { city: 'Lyon', zip: '69001' },
      nothing: null,
    });
  });

  it('filters, projects, sorts, skips and limits', async () => {
    const turns = freshCollection('turns');
    await turns.insertMany(
      Array.from({ length: 10 }, (_, i) => ({
        _id: i,
        session: i % 2 === 0 ? 'even' : 'odd',
        n: i,
        text: `turn ${i}`,
      })),
    );
    const page = await turns
      .find({ session: 'even', n: { $gte: 2 } }, { projection: { _id: 0, n: 1 } })
      .sort({ n: -1 })
      .skip(1)
      .limit(2)
      .toArray();
    expect(page).toEqual([{ n: 6 }, { n: 4 }]);

    expect(
      await turns
        .find({ text: { $regex: /^turn [13]$/ } })
        .map((d) => d._id)
        .toArray(),
    ).toEqual([1, 3]);
    expect(await turns.find({ $or: [{ n: 0 }, { n: 9 }] }, { projection: { text: 0, session: 0 } }).toArray()).toEqual([
      { _id: 0, n: 0 },
      { _id: 9, n: 9 },
    ]);
    expect(await turns.findOne({ n: { $in: [7, 8] } }, { sort: { n: 1 } })).toMatchObject({ _id: 7 });
  });

  it('pages a cursor across getMore batches', async () => {
    const turns = freshCollection('paged');
    await turns.insertMany(Array.from({ length: 250 }, (_, i) => ({ i })));
    const before = commandsStarted.length;

    const seen = await turns.find({}, { batchSize: 20 }).sort({ i: 1 }).toArray();

    expect(seen.map((d) => d.i)).toEqual(Array.from({ length: 250 }, (_, i) => i));
    const getMores = commandsStarted.slice(before).filter((c) => c.name === 'getMore');
    expect(getMores).toHaveLength(12);
  });

  it('kills a cursor on request and forgets it afterwards', async () => {
    const turns = freshCollection('killed');
    await turns.insertMany(Array.from({ length: 30 }, (_, i) => ({ i })));
    const cursor = turns.find({}, { batchSize: 5 });
    await cursor.next();
    const cursorId = cursor.id as Long;
    expect(cursorId.isZero()).toBe(false);

    const before = commandsSucceeded.length;
    await cursor.close();
    const killReply = commandsSucceeded.slice(before).find((c) => c.name === 'killCursors')?.reply;
    expect(killReply?.cursorsKilled.map(String)).toEqual([cursorId.toString()]);

    const failure = await db.command({ getMore: cursorId, collection: turns.collectionName }).catch((e: unknown) => e);
    expect(failure).toMatchObject({ code: 43 });
  });

  it('processes unacknowledged (w: 0) writes without replying to them', async () => {
    const events = freshCollection('unacknowledged');
    await events.insertOne({ marker: 'fire-and-forget' }, { writeConcern: { w: 0 } });
    const found = await eventually(
      () => events.countDocuments({ marker: 'fire-and-forget' }),
      (n) => n === 1,
      3000,
    );
    expect(found).toBe(1);
    expect(await db.command({ ping: 1 })).toMatchObject({ ok: 1 });
  });
});

describe('updates and deletes', () => {
  it('applies update operators to one or many documents', async () => {
    interface Patient {
      _id: number;
      name: string;
      visits: number;
      notes?: string[];
      contact?: { phone: string };
      active?: boolean;
      scores?: number[];
    }
    const patients = freshCollection<Patient>('updates');
    await patients.insertMany([
      { _id: 1, name: 'a', visits: 1, notes: [] },
      { _id: 2, name: 'b', visits: 5, notes: [] },
      { _id: 3, name: 'c', visits: 9, notes: [] },
    ]);

    const one = await patients.updateOne(
      { _id: 1 },
      { $inc: { visits: 2 }, $push: { notes: 'first' }, $set: { 'contact.phone': '555' } },
    );
    expect(one).toMatchObject({ matchedCount: 1, modifiedCount: 1, upsertedCount: 0 });
    expect(await patients.findOne({ _id: 1 })).toEqual({
      _id: 1,
      name: 'a',
      visits: 3,
      notes: ['first'],
      contact: { phone: '555' },
    });

    const many = await patients.updateMany({ visits: { $gte: 3 } }, { $set: { active: true }, $unset: { notes: '' } });
    expect(many).toMatchObject({ matchedCount: 3, modifiedCount: 3 });
    expect(await patients.countDocuments({ active: true, notes: { $exists: false } })).toBe(3);

    const noop = await patients.updateOne({ _id: 2 }, { $set: { name: 'b' } });
    expect(noop).toMatchObject({ matchedCount: 1, modifiedCount: 0 });

    await patients.updateOne({ _id: 3 }, { $set: { scores: [3, 7, 9] } });
    const filtered = await patients.updateOne(
      { _id: 3 },
      { $set: { 'scores.$[high]': 0 } },
      { arrayFilters: [{ high: { $gt: 5 } }] },
    );
    expect(filtered).toMatchObject({ matchedCount: 1, modifiedCount: 1 });
    const positional = await patients.updateOne({ _id: 3, scores: 3 }, { $inc: { 'scores.$': 10 } });
    expect(positional.modifiedCount).toBe(1);
    expect(await patients.findOne({ _id: 3 }, { projection: { _id: 0, scores: 1 } })).toEqual({ scores: [13, 0, 0] });
  });

  it('upserts from the filter plus $setOnInsert and reports the upserted id', async () => {
    const sessions = freshCollection('upserts');
    const created = await sessions.updateOne(
      { patientId: 'p-1', channel: { $eq: 'web' } },
      { $set: { lastSeen: 1 }, $setOnInsert: { createdBy: 'upsert' } },
      { upsert: true },
    );
    expect(created).toMatchObject({ matchedCount: 0, modifiedCount: 0, upsertedCount: 1 });
    expect(created.upsertedId).toBeInstanceOf(ObjectId);
    expect(await sessions.findOne({ _id: created.upsertedId! })).toEqual({
      _id: created.upsertedId,
      patientId: 'p-1',
      channel: 'web',
      lastSeen: 1,
      createdBy: 'upsert',
    });

    const matched = await sessions.updateOne(
      { patientId: 'p-1' },
      { $set: { lastSeen: 2 }, $setOnInsert: { createdBy: 'ignored' } },
      { upsert: true },
    );
    expect(matched).toMatchObject({ matchedCount: 1, modifiedCount: 1, upsertedCount: 0, upsertedId: null });
    expect(await sessions.findOne({ patientId: 'p-1' }, { projection: { _id: 0 } })).toEqual({
      patientId: 'p-1',
      channel: 'web',
      lastSeen: 2,
      createdBy: 'upsert',
    });
  });

  it('replaces a document but keeps its _id, and refuses to change _id', async () => {
    const records = freshCollection('replace');
    const { insertedId } = await records.insertOne({ a: 1, b: 2 });
    const replaced = await records.replaceOne({ _id: insertedId }, { c: 3 });
    expect(replaced).toMatchObject({ matchedCount: 1, modifiedCount: 1 });
    expect(await records.findOne({ _id: insertedId })).toEqual({ _id: insertedId, c: 3 });

    const failure = await records
      .replaceOne({ _id: insertedId }, { _id: new ObjectId(), c: 4 })
      .catch((e: unknown) => e);
    expect(failure).toMatchObject({ code: 66 });
    const immutable = await records.updateOne({ _id: insertedId }, { $set: { _id: 5 } }).catch((e: unknown) => e);
    expect(immutable).toMatchObject({ code: 66 });
  });

  it('deletes one or many documents', async () => {
    const turns = freshCollection('deletes');
    await turns.insertMany([{ k: 'x' }, { k: 'x' }, { k: 'x' }, { k: 'y' }]);
    expect(await turns.deleteOne({ k: 'x' })).toMatchObject({ deletedCount: 1 });
    expect(await turns.deleteMany({ k: 'x' })).toMatchObject({ deletedCount: 2 });
    expect(await turns.deleteMany({ k: 'missing' })).toMatchObject({ deletedCount: 0 });
    expect(await turns.find({}, { projection: { _id: 0 } }).toArray()).toEqual([{ k: 'y' }]);
  });

  it('finds and modifies: before/after images, sort, projection, upsert and remove', async () => {
    const queue = freshCollection('fam');
    await queue.insertMany([
      { _id: 1, priority: 1, state: 'new' },
      { _id: 2, priority: 5, state: 'new' },
    ]);

    const before = await queue.findOneAndUpdate(
      { state: 'new' },
      { $set: { state: 'taken' } },
      { sort: { priority: -1 }, returnDocument: 'before' },
    );
    expect(before).toEqual({ _id: 2, priority: 5, state: 'new' });

    const after = await queue.findOneAndUpdate(
      { state: 'new' },
      { $set: { state: 'taken' } },
      { returnDocument: 'after', projection: { state: 1 } },
    );
    expect(after).toEqual({ _id: 1, state: 'taken' });

    expect(await queue.findOneAndUpdate({ state: 'new' }, { $set: { state: 'x' } })).toBeNull();

    const upserted = await queue.findOneAndUpdate(
      { _id: 3 },
      { $set: { state: 'new', priority: 0 } },
      { upsert: true, returnDocument: 'after' },
    );
    expect(upserted).toEqual({ _id: 3, state: 'new', priority: 0 });

    const metadata = await queue.findOneAndUpdate(
      { _id: 4 },
      { $set: { state: 'new' } },
      { upsert: true, returnDocument: 'before', includeResultMetadata: true },
    );
    expect(metadata.value).toBeNull();
    expect(metadata.lastErrorObject).toMatchObject({ n: 1, updatedExisting: false, upserted: 4 });

    expect(await queue.findOneAndReplace({ _id: 3 }, { state: 'replaced' }, { returnDocument: 'after' })).toEqual({
      _id: 3,
      state: 'replaced',
    });
    expect(await queue.findOneAndDelete({ _id: 1 })).toEqual({ _id: 1, priority: 1, state: 'taken' });
    expect(await queue.countDocuments()).toBe(3);
  });
});

describe('reads that compute', () => {
  it('runs aggregation pipelines', async () => {
    const turns = freshCollection('agg_turns');
    const sessions = freshCollection('agg_sessions');
    await sessions.insertMany([
      { _id: 's1', patient: 'Ada' },
      { _id: 's2', patient: 'Grace' },
    ]);
    await turns.insertMany([
      { session: 's1', role: 'user', tokens: 10, tags: ['a', 'b'] },
      { session: 's1', role: 'assistant', tokens: 30, tags: ['b'] },
      { session: 's2', role: 'user', tokens: 5, tags: [] },
      { session: 's2', role: 'assistant', tokens: 50, tags: ['c'] },
      { session: 's2', role: 'assistant', tokens: 15, tags: ['a'] },
    ]);

    const totals = await turns
      .aggregate([
        { $match: { role: 'assistant' } },
        { $group: { _id: '$session', tokens: { $sum: '$tokens' }, replies: { $sum: 1 } } },
        { $sort: { tokens: -1 } },
        { $lookup: { from: sessions.collectionName, localField: '_id', foreignField: '_id', as: 'session' } },
        { $project: { _id: 0, session: '$_id', patient: { $first: '$session.patient' }, tokens: 1, replies: 1 } },
      ])
      .toArray();
    expect(totals).toEqual([
      { tokens: 65, replies: 2, session: 's2', patient: 'Grace' },
      { tokens: 30, replies: 1, session: 's1', patient: 'Ada' },
    ]);

    const tags = await turns
      .aggregate([
        { $unwind: '$tags' },
        { $sortByCount: '$tags' },
        { $sort: { count: -1, _id: 1 } },
        { $skip: 1 },
        { $limit: 2 },
      ])
      .toArray();
    expect(tags).toEqual([
      { _id: 'b', count: 2 },
      { _id: 'c', count: 1 },
    ]);

    expect(await turns.aggregate([{ $match: { tokens: { $gt: 10 } } }, { $count: 'n' }]).toArray()).toEqual([{ n: 3 }]);

    // A pipeline that adds nested fields must not write into the stored documents.
    await turns.aggregate([{ $addFields: { 'meta.flag': true } }]).toArray();
    expect(await turns.countDocuments({ meta: { $exists: true } })).toBe(0);
  });

  it('counts and lists distinct values', async () => {
    const turns = freshCollection('counts');
    await turns.insertMany([
      { role: 'user', tags: ['x', 'y'] },
      { role: 'assistant', tags: ['y'] },
      { role: 'user', tags: 'z' },
      { role: 'system' },
    ]);
    expect(await turns.countDocuments()).toBe(4);
    expect(await turns.countDocuments({ role: 'user' })).toBe(2);
    expect(await turns.countDocuments({}, { skip: 1, limit: 2 })).toBe(2);
    expect(await turns.estimatedDocumentCount()).toBe(4);
    expect((await turns.distinct('role')).sort()).toEqual(['assistant', 'system', 'user']);
    expect((await turns.distinct('tags', { role: 'user' })).sort()).toEqual(['x', 'y', 'z']);
    expect(await freshCollection('never_written').estimatedDocumentCount()).toBe(0);
  });
});

describe('indexes', () => {
  it('enforces a unique index on insert, update, upsert and findAndModify with E11000', async () => {
    const users = freshCollection('unique');
    const indexName = await users.createIndex({ email: 1 }, { unique: true });
    expect(indexName).toBe('email_1');
    await users.insertOne({ email: 'a@example.org' });
    const { insertedId: secondId } = await users.insertOne({ email: 'b@example.org' });

    const onInsert = await users.insertOne({ email: 'a@example.org' }).catch((e: unknown) => e);
    expect(onInsert).toBeInstanceOf(MongoServerError);
    expect(onInsert).toMatchObject({ code: 11000, keyPattern: { email: 1 }, keyValue: { email: 'a@example.org' } });
    expect((onInsert as Error).message).toMatch(
      /^E11000 duplicate key error collection: \S+\.unique_\d+ index: email_1 dup key: \{ email: "a@example\.org" \}$/,
    );

    const onUpdate = await users
      .updateOne({ _id: secondId }, { $set: { email: 'a@example.org' } })
      .catch((e: unknown) => e);
    expect(onUpdate).toMatchObject({ code: 11000 });
    expect(await users.findOne({ _id: secondId })).toMatchObject({ email: 'b@example.org' });

    const onUpsert = await users
      .updateOne({ email: 'a@example.org', nope: true }, { $set: { x: 1 } }, { upsert: true })
      .catch((e: unknown) => e);
    expect(onUpsert).toMatchObject({ code: 11000 });

    const onFindAndModify = await users
      .findOneAndUpdate({ _id: secondId }, { $set: { email: 'a@example.org' } })
      .catch((e: unknown) => e);
    expect(onFindAndModify).toBeInstanceOf(MongoServerError);
    expect(onFindAndModify).toMatchObject({ code: 11000 });

    const duplicateId = await users.insertOne({ _id: secondId, email: 'c@example.org' }).catch((e: unknown) => e);
    expect(duplicateId).toMatchObject({ code: 11000 });
    expect((duplicateId as Error).message).toContain('index: _id_ dup key: { _id: ObjectId(');

    const bulk = await users
      .insertMany([{ email: 'c@example.org' }, { email: 'a@example.org' }, { email: 'd@example.org' }], {
        ordered: false,
      })
      .catch((e: unknown) => e);
    expect(bulk).toBeInstanceOf(MongoBulkWriteError);
    expect((bulk as MongoBulkWriteError).insertedCount).toBe(2);
    expect((bulk as MongoBulkWriteError).writeErrors).toHaveLength(1);
    expect(await users.countDocuments()).toBe(4);

    // Freed keys can be reused once the holder is gone.
    await users.deleteOne({ email: 'a@example.org' });
    await users.insertOne({ email: 'a@example.org' });
  });

  it('enforces compound unique indexes and refuses to build over existing duplicates', async () => {
    const slots = freshCollection('compound');
    await slots.createIndex({ doctor: 1, slot: 1 }, { unique: true, name: 'doctor_slot' });
    await slots.insertMany([
      { doctor: 'd1', slot: 1 },
      { doctor: 'd1', slot: 2 },
      { doctor: 'd2', slot: 1 },
    ]);
    const failure = await slots.insertOne({ doctor: 'd1', slot: 2 }).catch((e: unknown) => e);
    expect(failure).toMatchObject({ code: 11000, keyValue: { doctor: 'd1', slot: 2 } });
    expect((failure as Error).message).toContain('index: doctor_slot dup key: { doctor: "d1", slot: 2 }');

    const loose = freshCollection('compound_build');
    await loose.insertMany([{ k: 1 }, { k: 1 }]);
    const build = await loose.createIndex({ k: 1 }, { unique: true }).catch((e: unknown) => e);
    expect(build).toMatchObject({ code: 11000 });
    expect((await loose.listIndexes().toArray()).map((i) => i.name)).toEqual(['_id_']);
  });

  it('lists and drops indexes', async () => {
    const records = freshCollection('index_admin');
    expect(
      await records
        .listIndexes()
        .toArray()
        .catch((e: unknown) => e),
    ).toMatchObject({ code: 26 });

    await records.createIndexes([
      { key: { a: 1 }, name: 'a_1' },
      { key: { b: -1, c: 1 }, name: 'b_c', sparse: true },
    ]);
    const listed = await records.listIndexes().toArray();
    expect(listed.map((i) => i.name)).toEqual(['_id_', 'a_1', 'b_c']);
    expect(listed[0]).toMatchObject({ key: { _id: 1 }, name: '_id_' });
    expect(listed[2]).toMatchObject({ key: { b: -1, c: 1 }, sparse: true });
    expect(await records.indexExists('a_1')).toBe(true);

    // Creating the same index again is a no-op; a different index under the same name is refused.
    await records.createIndex({ a: 1 }, { name: 'a_1' });
    expect(await records.createIndex({ z: 1 }, { name: 'a_1' }).catch((e: unknown) => e)).toBeInstanceOf(
      MongoServerError,
    );

    await records.dropIndex('a_1');
    expect((await records.listIndexes().toArray()).map((i) => i.name)).toEqual(['_id_', 'b_c']);
    expect(await records.dropIndex('missing').catch((e: unknown) => e)).toMatchObject({ code: 27 });
    expect(await records.dropIndex('_id_').catch((e: unknown) => e)).toMatchObject({ code: 72 });

    await records.dropIndexes();
    expect((await records.listIndexes().toArray()).map((i) => i.name)).toEqual(['_id_']);
  });

  it('answers equality queries on indexed fields consistently with writes', async () => {
    const turns = freshCollection('indexed_reads');
    await turns.createIndex({ session: 1, at: 1 });
    await turns.createIndex({ tags: 1 });
    await turns.insertMany([
      { _id: 1, session: 's1', at: 1, tags: ['red', 'blue'] },
      { _id: 2, session: 's2', at: 2, tags: 'red' },
      { _id: 3, session: 's1', at: 3, tags: [] },
      { _id: 4, session: 's3', at: 4 },
    ]);
    const ids = (filter: Document) =>
      turns
        .find(filter)
        .sort({ _id: 1 })
        .map((d) => d._id)
        .toArray();

    expect(await ids({ session: 's1' })).toEqual([1, 3]);
    expect(await ids({ session: { $in: ['s2', 's3'] } })).toEqual([2, 4]);
    expect(await ids({ session: { $eq: 's1' }, at: { $gt: 1 } })).toEqual([3]);
    expect(await ids({ tags: 'red' })).toEqual([1, 2]);
    expect(await ids({ tags: ['red', 'blue'] })).toEqual([1]);
    expect(await ids({ tags: null })).toEqual([4]);
    expect(await ids({ _id: { $in: [4, 2, 99] } })).toEqual([2, 4]);

    await turns.updateOne({ _id: 1 }, { $set: { session: 's2', tags: ['blue'] } });
    await turns.deleteOne({ _id: 3 });
    expect(await ids({ session: 's1' })).toEqual([]);
    expect(await ids({ session: 's2' })).toEqual([1, 2]);
    expect(await ids({ tags: 'red' })).toEqual([2]);
    expect(await turns.countDocuments({ session: 's2' })).toBe(2);
  });

  it('examines only the documents an index prefix selects for equality and $in, multikey included', async () => {
    const records = freshCollection('indexed_prefixes');
    await records.createIndex({ patient: 1, terms: 1 });
    const documents = Array.from({ length: 60 }, (_, n) => ({
      _id: n,
      patient: `p${n % 3}`,
      terms: [`t${n % 4}`, `t${n % 5}`],
      day: n,
    }));
    await records.insertMany(documents);
    const explained = async (filter: Document) => {
      const explanation = await records.find(filter).explain('executionStats');
      return {
        returned: explanation.executionStats.nReturned as number,
        examined: explanation.executionStats.totalDocsExamined as number,
      };
    };
    const matching = (test: (document: (typeof documents)[number]) => boolean) => documents.filter(test).length;

    // Both fields of the index: only the patient's records holding one of the terms are read.
    const p1WithT1OrT2 = matching((d) => d.patient === 'p1' && d.terms.some((t) => t === 't1' || t === 't2'));
    expect(await explained({ patient: { $eq: 'p1' }, terms: { $in: ['t1', 't2'] } })).toEqual({
      returned: p1WithT1OrT2,
      examined: p1WithT1OrT2,
    });
    // A condition outside the index is applied to what the index selected.
    expect(await explained({ patient: 'p1', terms: 't3', day: { $gte: 30 } })).toEqual({
      returned: matching((d) => d.patient === 'p1' && d.terms.includes('t3') && d.day >= 30),
      examined: matching((d) => d.patient === 'p1' && d.terms.includes('t3')),
    });
    // The leading field alone is a prefix; a later field alone is not, so the collection is scanned.
    expect(await explained({ patient: 'p2' })).toEqual({ returned: 20, examined: 20 });
    expect(await explained({ terms: 't0' })).toEqual({
      returned: matching((d) => d.terms.includes('t0')),
      examined: 60,
    });

    // Kept in step with writes: a record whose terms change leaves one posting for the other.
    await records.updateOne({ _id: 1 }, { $set: { terms: ['t9'] } });
    await records.deleteOne({ _id: 4 });
    expect(await explained({ patient: 'p1', terms: 't9' })).toEqual({ returned: 1, examined: 1 });
    const ids = await records
      .find({ patient: 'p1', terms: { $in: ['t1', 't9'] } })
      .sort({ _id: 1 })
      .map((d) => d._id)
      .toArray();
    expect(ids).toEqual(
      documents
        .filter((d) => d.patient === 'p1' && d._id !== 4 && (d._id === 1 || d.terms.includes('t1')))
        .map((d) => d._id),
    );
    expect(await records.countDocuments({ patient: 'p1', terms: 't9' })).toBe(1);
  });

  it('narrows through the prefix of a compound index and counts by it', async () => {
    const records = freshCollection('indexed_compound');
    await records.createIndex({ patient: 1, kind: 1, source: 1 }, { unique: true });
    await records.insertMany(
      Array.from({ length: 40 }, (_, n) => ({ patient: `p${n % 2}`, kind: `k${n % 5}`, source: `s${n}` })),
    );
    const explanation = await records.find({ patient: 'p0', kind: { $in: ['k0', 'k2'] } }).explain('executionStats');
    expect(explanation.executionStats).toEqual(expect.objectContaining({ nReturned: 8, totalDocsExamined: 8 }));
    expect(await records.countDocuments({ patient: 'p1', kind: 'k1' })).toBe(4);
    const newest = await records
      .find({ patient: 'p0', kind: 'k4' }, { projection: { _id: 0, source: 1 } })
      .sort({ source: -1 })
      .limit(2)
      .toArray();
    expect(newest).toEqual([{ source: 's4' }, { source: 's34' }]);
  });

  it('creates TTL indexes', async () => {
    const sessions = freshCollection('ttl_spec');
    await sessions.createIndex({ expiresAt: 1 }, { expireAfterSeconds: 0 });
    const ttl = (await sessions.listIndexes().toArray()).find((i) => i.name === 'expiresAt_1');
    expect(ttl).toMatchObject({ key: { expiresAt: 1 }, expireAfterSeconds: 0 });
  });

  embeddedOnly('removes expired documents with the TTL monitor', async () => {
    const sessions = freshCollection('ttl_expiry');
    await sessions.createIndex({ lastSeen: 1 }, { expireAfterSeconds: 60 });
    await sessions.insertMany([
      { _id: 'stale', lastSeen: new Date(Date.now() - 3_600_000) },
      { _id: 'fresh', lastSeen: new Date() },
      { _id: 'undated', lastSeen: 'not a date' },
      { _id: 'stale-array', lastSeen: [new Date(Date.now() - 3_600_000), new Date()] },
    ]);
    const remaining = await eventually(
      () =>
        sessions
          .find()
          .map((d) => d._id)
          .toArray(),
      (ids) => ids.length === 2,
      5000,
    );
    expect(remaining).toEqual(['fresh', 'undated']);
  });
});

describe('collections and databases', () => {
  it('creates, lists and drops collections', async () => {
    const name = `explicit_${runId}`;
    await db.createCollection(name);
    // Since MongoDB 7.0 creating it again with the same options succeeds.
    await db.createCollection(name);
    const listed = await db.listCollections({ name }).toArray();
    expect(listed).toHaveLength(1);
    expect(listed[0]).toMatchObject({ name, type: 'collection', idIndex: { name: '_id_' } });
    expect(await db.listCollections({ name }, { nameOnly: true }).toArray()).toEqual([{ name, type: 'collection' }]);

    expect(await db.collection(name).drop()).toBe(true);
    expect(await db.listCollections({ name }).toArray()).toEqual([]);
    // Dropping what is not there is not an error (mongod 7 answers ok, older ones NamespaceNotFound).
    await expect(db.collection(name).drop()).resolves.toEqual(expect.any(Boolean));
  });

  it('drops a whole database', async () => {
    const scratch = client.db(`medchat_scratch_${runId}`);
    await scratch.collection('a').insertOne({ x: 1 });
    await scratch.collection('b').insertOne({ x: 2 });
    expect((await scratch.listCollections().toArray()).map((c) => c.name).sort()).toEqual(['a', 'b']);

    expect(await scratch.dropDatabase()).toBe(true);
    expect(await scratch.listCollections().toArray()).toEqual([]);
    const { databases } = await client.db('admin').admin().listDatabases({ nameOnly: true });
    expect(databases.map((d) => d.name)).not.toContain(scratch.databaseName);
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

      const legacyFind = opQuery(`${db.databaseName}.$cmd`, { find: 'anything' });
      raw.send(legacyFind.bytes);
      expect((await raw.read()).document).toMatchObject({ ok: 0, code: 352 });
    },
  );

  embeddedOnly('merges OP_MSG document sequences and stays silent for moreToCome requests', async () => {
    raw = await RawConnection.open(server!.port);
    const name = `raw_${runId}`;
    const insert = opMsg({ insert: name, $db: db.databaseName }, { documents: [{ _id: 1 }, { _id: 2 }] });
    raw.send(insert.bytes);
    expect(await raw.read()).toMatchObject({ opCode: OP_MSG, responseTo: insert.requestId, document: { n: 2, ok: 1 } });

    const moreToCome = 1 << 1;
    raw.send(
      opMsg({ insert: name, $db: db.databaseName, writeConcern: { w: 0 } }, { documents: [{ _id: 3 }] }, moreToCome)
        .bytes,
    );
    const ping = opMsg({ ping: 1, $db: 'admin' });
    raw.send(ping.bytes);
    // The next reply on the wire answers the ping: nothing was sent back for the w:0 insert.
    expect(await raw.read()).toMatchObject({ responseTo: ping.requestId, document: { ok: 1 } });

    const count = opMsg({ count: name, $db: db.databaseName });
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
