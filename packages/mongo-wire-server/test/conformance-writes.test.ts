import { type Document, ObjectId } from 'mongodb';
import { useConformanceServer } from './conformance-kit.js';

/*
 * Conformance (see conformance-kit.ts): update operators, upserts, replacements, deletes and
 * findAndModify; creating and dropping collections and databases.
 */
const kit = useConformanceServer();
const { runId, freshCollection } = kit;

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

  it('sets top-level fields in place or after the others, counting only a change as modified', async () => {
    const turns = freshCollection('set_fields');
    await turns.insertOne({ _id: 1, status: 'pending', response: null, at: 1 });
    const answer = { text: 'Rest.', sources: ['a'] };
    const first = await turns.updateOne(
      { _id: 1, status: 'pending' },
      { $set: { status: 'done', response: answer, done: true } },
    );
    expect(first).toMatchObject({ matchedCount: 1, modifiedCount: 1 });
    const stored = await turns.findOne({ _id: 1 });
    expect(stored).toEqual({ _id: 1, status: 'done', response: answer, at: 1, done: true });
    expect(Object.keys(stored!)).toEqual(['_id', 'status', 'response', 'at', 'done']);
    const again = await turns.updateOne({ _id: 1 }, { $set: { status: 'done' } });
    expect(again).toMatchObject({ matchedCount: 1, modifiedCount: 0 });
    expect(await turns.updateOne({ _id: 1, status: 'pending' }, { $set: { status: 'x' } })).toMatchObject({
      matchedCount: 0,
      modifiedCount: 0,
    });
  });

  it('never lets a $set of a prototype name change what a stored document inherits', async () => {
    const turns = freshCollection('set_prototype_name');
    await turns.insertOne({ _id: 1, s: 'x' });
    // JSON.parse makes `__proto__` an own field, as a client's payload would carry it.
    const modifier = JSON.parse('{"$set": {"__proto__": {"polluted": 1}, "s": "y"}}') as Document;
    await turns.updateOne({ _id: 1 }, modifier).catch(() => undefined);
    expect(await turns.countDocuments({ polluted: 1 })).toBe(0);
    expect(await turns.countDocuments({ polluted: { $exists: true } })).toBe(0);
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

describe('collections and databases', () => {
  it('creates, lists and drops collections', async () => {
    const name = `explicit_${runId}`;
    await kit.db.createCollection(name);
    // Since MongoDB 7.0 creating it again with the same options succeeds.
    await kit.db.createCollection(name);
    const listed = await kit.db.listCollections({ name }).toArray();
    expect(listed).toHaveLength(1);
    expect(listed[0]).toMatchObject({ name, type: 'collection', idIndex: { name: '_id_' } });
    expect(await kit.db.listCollections({ name }, { nameOnly: true }).toArray()).toEqual([
      { name, type: 'collection' },
    ]);

    expect(await kit.db.collection(name).drop()).toBe(true);
    expect(await kit.db.listCollections({ name }).toArray()).toEqual([]);
    // Dropping what is not there is not an error (mongod 7 answers ok, older ones NamespaceNotFound).
    await expect(kit.db.collection(name).drop()).resolves.toEqual(expect.any(Boolean));
  });

  it('drops a whole database', async () => {
    const scratch = kit.client.db(`medchat_scratch_${runId}`);
    await scratch.collection('a').insertOne({ x: 1 });
    await scratch.collection('b').insertOne({ x: 2 });
    expect((await scratch.listCollections().toArray()).map((c) => c.name).sort()).toEqual(['a', 'b']);

    expect(await scratch.dropDatabase()).toBe(true);
    expect(await scratch.listCollections().toArray()).toEqual([]);
    const { databases } = await kit.client.db('admin').admin().listDatabases({ nameOnly: true });
    expect(databases.map((d) => d.name)).not.toContain(scratch.databaseName);
  });
});
