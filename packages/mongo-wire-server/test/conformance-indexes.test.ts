import { type Document, MongoBulkWriteError, MongoServerError } from 'mongodb';
import { useConformanceServer, eventually } from './conformance-kit.js';

/*
 * Conformance (see conformance-kit.ts): unique and compound indexes with E11000 errors, index
 * administration, index selection as explain reports it, and TTL indexes.
 */
const kit = useConformanceServer();
const { embeddedOnly, freshCollection } = kit;

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
