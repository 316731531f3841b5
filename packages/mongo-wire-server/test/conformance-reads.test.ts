import { Binary, Decimal128, type Long, ObjectId } from 'mongodb';
import { useConformanceServer, eventually } from './conformance-kit.js';

/*
 * Conformance (see conformance-kit.ts): inserting and reading back BSON, queries, cursors and
 * getMore, unacknowledged writes, aggregation pipelines, counts and distinct.
 */
const kit = useConformanceServer();
const { freshCollection, commandsStarted, commandsSucceeded } = kit;

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

  it('matches equalities on strings, booleans, ObjectIds and null as mongod does, arrays, missing fields and other types included', async () => {
    const things = freshCollection('equalities');
    const id = new ObjectId();
    await things.insertMany([
      { _id: 1, name: 'a', on: true, ref: id, owner: null },
      { _id: 2, name: ['b', 'a'], on: [false, true], ref: [id], owner: [null, 'p'] },
      { _id: 3, name: 'A', on: 1, ref: id.toHexString(), owner: 'p' },
      { _id: 4, name: { a: 1 }, on: false },
      { _id: 5, name: [['a']], on: 'true', ref: new ObjectId(), owner: [] },
    ]);
    const ids = async (filter: object) => (await things.find(filter).sort({ _id: 1 }).toArray()).map((d) => d._id);
    expect(await ids({ name: 'a' })).toEqual([1, 2]);
    expect(await ids({ name: { $eq: 'a' }, on: true })).toEqual([1, 2]);
    expect(await ids({ on: false })).toEqual([2, 4]);
    expect(await ids({ ref: id })).toEqual([1, 2]);
    expect(await ids({ ref: { $eq: id }, owner: null })).toEqual([1, 2]);
    expect(await ids({ owner: null })).toEqual([1, 2, 4]);
    expect(await ids({ owner: 'p', name: 'A' })).toEqual([3]);
    expect(await ids({ _id: 3, on: true })).toEqual([]);
    expect(await ids({ constructor: null })).toEqual([1, 2, 3, 4, 5]);
    // Updates select the same way.
    await things.updateMany({ owner: null, on: true }, { $set: { seen: true } });
    expect(await ids({ seen: true })).toEqual([1, 2]);
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

    const failure = await kit.db
      .command({ getMore: cursorId, collection: turns.collectionName })
      .catch((e: unknown) => e);
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
    expect(await kit.db.command({ ping: 1 })).toMatchObject({ ok: 1 });
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
