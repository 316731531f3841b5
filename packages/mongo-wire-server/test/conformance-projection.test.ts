import { useConformanceServer } from './conformance-kit.js';

/*
 * Conformance (see conformance-kit.ts): inclusion projections of top-level fields (answered
 * without mingo on the embedded server) return the fields mongod returns, in the stored order,
 * `_id` unless excluded, on index-answered, sorted and scanned reads alike; other projections
 * keep their meaning.
 */
const kit = useConformanceServer();
const { freshCollection } = kit;

const stored = [
  { _id: 1, patient: 'p', day: '2020-01-02', kind: 'lab', terms: ['a', 'b'], stats: { tf: [1, 2] } },
  { _id: 2, patient: 'p', day: '2020-01-01', kind: 'vital', terms: ['b'] },
  { _id: 3, patient: 'q', day: '2020-01-03', kind: 'lab', terms: ['a'], stats: { tf: [3] } },
];

describe('inclusion projections', () => {
  it('return the named fields in stored order, with _id unless excluded, missing fields absent', async () => {
    const records = freshCollection('projected');
    await records.createIndex({ patient: 1, terms: 1 });
    await records.insertMany(stored);

    const byTerm = await records
      .find({ patient: 'p', terms: { $in: ['a', 'b'] } }, { projection: { stats: 1, day: 1 } })
      .sort({ day: 1 })
      .toArray();
    expect(byTerm.map((document) => Object.keys(document))).toEqual([
      ['_id', 'day'],
      ['_id', 'day', 'stats'],
    ]);
    expect(byTerm).toEqual([
      { _id: 2, day: '2020-01-01' },
      { _id: 1, day: '2020-01-02', stats: { tf: [1, 2] } },
    ]);

    const withoutId = await records.find({ kind: 'lab' }, { projection: { _id: 0, kind: 1, patient: 1 } }).toArray();
    expect(withoutId).toEqual([
      { patient: 'p', kind: 'lab' },
      { patient: 'q', kind: 'lab' },
    ]);
    expect(await records.find({ patient: 'q' }, { projection: { _id: 1 } }).toArray()).toEqual([{ _id: 3 }]);
    expect(await records.find({ _id: 2 }, { projection: { _id: true, kind: true } }).toArray()).toEqual([
      { _id: 2, kind: 'vital' },
    ]);
  });

  it('leave exclusions, dotted paths and operators their own meaning', async () => {
    const records = freshCollection('projected_other');
    await records.insertMany(stored);
    expect(await records.find({ _id: 2 }, { projection: { _id: 0 } }).toArray()).toEqual([
      { patient: 'p', day: '2020-01-01', kind: 'vital', terms: ['b'] },
    ]);
    expect(await records.find({ _id: 1 }, { projection: { 'stats.tf': 1 } }).toArray()).toEqual([
      { _id: 1, stats: { tf: [1, 2] } },
    ]);
    expect(await records.find({ _id: 1 }, { projection: { terms: { $slice: 1 }, kind: 1 } }).toArray()).toEqual([
      { _id: 1, kind: 'lab', terms: ['a'] },
    ]);
  });
});
