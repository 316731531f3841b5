import { useConformanceServer } from './conformance-kit.js';

/*
 * Conformance (see conformance-kit.ts): a sorted, limited find that an index can answer in order
 * (the sort on the key fields after an equality prefix, then `_id`) returns what sorting every
 * match returns, in both senses, with skip, a filter the index does not hold, and after writes;
 * on the embedded server it reads only as far as the limit needs.
 */
const kit = useConformanceServer();
const { embeddedOnly, freshCollection } = kit;

type Reading = { _id: number; patient: string; day: string; kind: string };
const readings: Reading[] = Array.from({ length: 900 }, (_, n) => ({
  _id: n,
  patient: `p${n % 2}`,
  // Many readings share a day, so `_id` decides their order.
  day: `2020-${String(1 + (n % 12)).padStart(2, '0')}-${String(1 + (n % 7)).padStart(2, '0')}`,
  kind: n % 5 === 0 ? 'rare' : 'common',
}));

/** What a sort of every match gives: by day, then _id, in the given sense. */
function expected(test: (reading: Reading) => boolean, sense: 1 | -1, skip: number, limit: number): number[] {
  return readings
    .filter(test)
    .sort((a, b) => sense * (a.day === b.day ? a._id - b._id : a.day < b.day ? -1 : 1))
    .slice(skip, skip + limit)
    .map((reading) => reading._id);
}

describe('sorted reads in index order', () => {
  it('returns what sorting every match returns, newest or oldest first, with skip and other conditions', async () => {
    const records = freshCollection('ordered');
    await records.createIndex({ patient: 1, day: -1 });
    await records.insertMany(readings);
    const ids = (filter: object, sense: 1 | -1, skip: number, limit: number) =>
      records
        .find(filter, { projection: { _id: 1 } })
        .sort({ day: sense, _id: sense })
        .skip(skip)
        .limit(limit)
        .map((reading) => reading._id as number)
        .toArray();

    expect(await ids({ patient: 'p1' }, -1, 0, 10)).toEqual(expected((r) => r.patient === 'p1', -1, 0, 10));
    expect(await ids({ patient: 'p0' }, 1, 5, 10)).toEqual(expected((r) => r.patient === 'p0', 1, 5, 10));
    const rareBefore = (r: Reading) => r.patient === 'p1' && r.kind === 'rare' && r.day < '2020-06-01';
    expect(await ids({ patient: 'p1', kind: 'rare', day: { $lt: '2020-06-01' } }, -1, 0, 7)).toEqual(
      expected(rareBefore, -1, 0, 7),
    );

    // Writes change the order: a reading moved to the newest day, one removed.
    await records.updateOne({ _id: 3 }, { $set: { day: '2021-01-01' } });
    await records.deleteOne({ _id: 1 });
    const written = readings.filter((r) => r._id !== 1).map((r) => (r._id === 3 ? { ...r, day: '2021-01-01' } : r));
    const newest = written
      .filter((r) => r.patient === 'p1')
      .sort((a, b) => (a.day === b.day ? b._id - a._id : a.day < b.day ? 1 : -1))
      .slice(0, 5)
      .map((r) => r._id);
    expect(newest[0]).toBe(3);
    expect(await ids({ patient: 'p1' }, -1, 0, 5)).toEqual(newest);
  });

  it('returns what sorting every match returns after writes between reads: inserts anywhere in the order, updates of other fields', async () => {
    const records = freshCollection('ordered_writes');
    await records.createIndex({ patient: 1, day: -1 });
    // Enough readings per patient that a limited read goes in index order (see ORDERED_SCAN_THRESHOLD).
    const first = readings.slice(0, 700);
    await records.insertMany(first);
    const ids = (patient: string, sense: 1 | -1) =>
      records
        .find({ patient, kind: 'common' }, { projection: { _id: 1 } })
        .sort({ day: sense, _id: sense })
        .limit(300)
        .map((reading) => reading._id as number)
        .toArray();
    const sorted = (written: Reading[], patient: string, sense: 1 | -1) =>
      written
        .filter((r) => r.patient === patient && r.kind === 'common')
        .sort((a, b) => sense * (a.day === b.day ? a._id - b._id : a.day < b.day ? -1 : 1))
        .slice(0, 300)
        .map((r) => r._id);

    const written = [...first];
    // Each read is answered from the order the previous writes left: newest, oldest and middle days, one at a time.
    for (const [index, day] of ['2022-01-01', '2019-01-01', '2020-06-04', '2020-06-04', '2020-01-01'].entries()) {
      expect(await ids('p1', -1)).toEqual(sorted(written, 'p1', -1));
      expect(await ids('p0', 1)).toEqual(sorted(written, 'p0', 1));
      const reading: Reading = { _id: 1000 + index, patient: `p${index % 2}`, day, kind: 'common' };
      await records.insertOne(reading);
      written.push(reading);
    }
    expect(await ids('p1', -1)).toEqual(sorted(written, 'p1', -1));
    expect(await ids('p0', -1)).toEqual(sorted(written, 'p0', -1));

    // A field no index holds changes, then one that moves a reading into the other patient's order.
    await records.updateOne({ _id: 1002 }, { $set: { kind: 'rare' } });
    await records.updateOne({ _id: 1003 }, { $set: { patient: 'p0' } });
    written[written.findIndex((r) => r._id === 1002)] = { ...written.find((r) => r._id === 1002)!, kind: 'rare' };
    written[written.findIndex((r) => r._id === 1003)] = { ...written.find((r) => r._id === 1003)!, patient: 'p0' };
    expect(await ids('p1', 1)).toEqual(sorted(written, 'p1', 1));
    expect(await ids('p0', -1)).toEqual(sorted(written, 'p0', -1));
  });

  it('returns what sorting every match returns for a range of the sorted field, at either end or empty', async () => {
    const records = freshCollection('ordered_range');
    await records.createIndex({ patient: 1, day: -1 });
    await records.insertMany(readings);
    const ids = (filter: object, sense: 1 | -1, limit: number) =>
      records
        .find(filter, { projection: { _id: 1 } })
        .sort({ day: sense, _id: sense })
        .limit(limit)
        .map((reading) => reading._id as number)
        .toArray();
    const of = (patient: string, from: string, to: string, inclusive: boolean) => (r: Reading) =>
      r.patient === patient && r.day >= from && (inclusive ? r.day <= to : r.day < to);

    expect(await ids({ patient: 'p1', day: { $gte: '2020-03-01', $lt: '2020-05-01' } }, -1, 10)).toEqual(
      expected(of('p1', '2020-03-01', '2020-05-01', false), -1, 0, 10),
    );
    expect(await ids({ patient: 'p0', day: { $gte: '2020-03-02', $lte: '2020-03-02' } }, 1, 4)).toEqual(
      expected(of('p0', '2020-03-02', '2020-03-02', true), 1, 0, 4),
    );
    const after = (r: Reading) => r.patient === 'p1' && r.day > '2020-11-03';
    expect(await ids({ patient: 'p1', day: { $gt: '2020-11-03' } }, 1, 6)).toEqual(expected(after, 1, 0, 6));
    const kindBefore = (r: Reading) => r.patient === 'p0' && r.kind === 'rare' && r.day <= '2020-02-07';
    expect(await ids({ patient: 'p0', kind: 'rare', day: { $lte: '2020-02-07' } }, -1, 5)).toEqual(
      expected(kindBefore, -1, 0, 5),
    );
    expect(await ids({ patient: 'p1', day: { $gte: '2021-01-01' } }, -1, 5)).toEqual([]);
    expect(await ids({ patient: 'p1', day: { $gte: '2020-05-01', $lt: '2020-04-01' } }, -1, 5)).toEqual([]);
    // A bound of another type matches nothing here (mongod compares a range within one type).
    expect(await ids({ patient: 'p1', day: { $gte: 5 } }, -1, 5)).toEqual([]);
  });

  embeddedOnly('reads a range of the sorted field from its bound, not from the end of the order', async () => {
    const records = freshCollection('ordered_range_explain');
    await records.createIndex({ patient: 1, day: -1 });
    await records.insertMany(readings);
    const explanation = await records
      .find({ patient: 'p1', day: { $gte: '2020-02-01', $lt: '2020-02-03' } })
      .sort({ day: -1, _id: -1 })
      .limit(4)
      .explain('executionStats');
    expect(explanation.executionStats).toMatchObject({ nReturned: 4, totalDocsExamined: 4 });
  });

  embeddedOnly('reads only as far as the limit needs', async () => {
    const records = freshCollection('ordered_explain');
    await records.createIndex({ patient: 1, day: -1 });
    await records.insertMany(readings);
    const explanation = await records
      .find({ patient: 'p1' })
      .sort({ day: -1, _id: -1 })
      .limit(8)
      .explain('executionStats');
    expect(explanation.executionStats).toMatchObject({ nReturned: 8, totalDocsExamined: 8 });
  });
});

describe('filters an index answers whole', () => {
  it('returns exactly the matches of equality and $in conditions on the index prefix, multikey and nested arrays included', async () => {
    const records = freshCollection('answered_whole');
    await records.createIndex({ patient: 1, terms: 1 });
    await records.insertMany([
      { _id: 1, patient: 'p1', terms: ['t1', 't3'] },
      { _id: 2, patient: 'p1', terms: 't2' },
      { _id: 3, patient: 'p1', terms: [['t1']] },
      { _id: 4, patient: 'p2', terms: ['t1'] },
      { _id: 5, patient: 'p1', terms: ['t4'] },
      { _id: 6, patient: 'p1' },
    ]);
    const matched = async (filter: object) =>
      (await records.aggregate([{ $match: filter }, { $sort: { _id: 1 } }]).toArray()).map((d) => d._id as number);
    expect(await matched({ patient: { $eq: 'p1' }, terms: { $in: ['t1', 't2'] } })).toEqual([1, 2]);
    expect(await matched({ patient: 'p1', terms: 't1' })).toEqual([1]);
    expect(await records.countDocuments({ patient: 'p1', terms: { $in: ['t3', 't4'] } })).toBe(2);
    await records.updateOne({ _id: 5 }, { $set: { terms: ['t2'] } });
    expect(await matched({ patient: 'p1', terms: { $in: ['t2'] } })).toEqual([2, 5]);
  });
});
