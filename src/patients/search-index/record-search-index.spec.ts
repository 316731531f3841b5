import { Types } from 'mongoose';
import type { PatientRecordSealer } from '../patient-record-sealer.js';
import type { CorpusChange, CorpusStats, PatientRecordStatsRepository } from './patient-record-stats.repository.js';
import type { RankedRecordRepository } from './ranked-record.repository.js';
import type { GroupedRecord, RecordGroup, RecordGroupRepository } from './record-group.repository.js';
import type { TermStats } from './record-lexicon.js';
import { RecordSearchIndex, type IndexedRecord } from './record-search-index.js';

const VERSION = '2:key';
const COUNTED = { records: 7, text_length: 70, notes: 1, note_length: 30 };

/** Statistics kept in memory as the repository keeps them; the records' own totals are COUNTED. */
function indexWith(stored: CorpusStats | null) {
  const state = { stored, counted: 0 };
  /** The groups as kept: lexicon → size. */
  const groups = new Map<string, number>();
  const stats = {
    find: async () => state.stored,
    add: async (_patientId: string, version: string, change: CorpusChange, create: boolean) => {
      if (state.stored === null && !create) return false;
      if (state.stored !== null && state.stored.terms_version !== version) return false;
      const base = state.stored ?? { terms_version: version, records: 0, text_length: 0, notes: 0, note_length: 0 };
      state.stored = {
        terms_version: version,
        records: base.records + change.records,
        text_length: base.text_length + change.text_length,
        notes: base.notes + change.notes,
        note_length: base.note_length + change.note_length,
      };
      return true;
    },
    store: async (_patientId: string, value: CorpusStats) => {
      state.stored = value;
    },
    delete: async () => {
      state.stored = null;
    },
  };
  const records = {
    streamUnindexed: async function* () {},
    storeLexicons: async () => undefined,
    corpusTotals: async () => {
      state.counted += 1;
      return COUNTED;
    },
    countGroups: async (): Promise<RecordGroup[]> => [COUNTED_GROUP],
  };
  const keptGroups = {
    change: async (_patientId: string, added: readonly GroupedRecord[], removed: readonly GroupedRecord[]) => {
      for (const { lexicon } of added) groups.set(lexicon, (groups.get(lexicon) ?? 0) + 1);
      for (const { lexicon } of removed) groups.set(lexicon, (groups.get(lexicon) ?? 0) - 1);
      for (const [lexicon, count] of groups) if (count <= 0) groups.delete(lexicon);
    },
    replace: async (_patientId: string, counted: readonly RecordGroup[]) => {
      groups.clear();
      for (const group of counted) groups.set(group.lexicon, group.count);
    },
    delete: async () => groups.clear(),
  };
  const index = new RecordSearchIndex(
    records as unknown as RankedRecordRepository,
    stats as unknown as PatientRecordStatsRepository,
    { termsVersion: VERSION } as unknown as PatientRecordSealer,
    keptGroups as unknown as RecordGroupRepository,
  );
  return { index, state, groups };
}

const COUNTED_GROUP: RecordGroup = {
  lexicon: 'counted',
  resource_type: 'Observation',
  terms: ['t'],
  term_stats: { text_tf: [1], text_length: 10 },
  count: 7,
  members: [],
};
/** A written or replaced record of the given statistics, in the group of its lengths. */
const indexed = (term_stats: TermStats): IndexedRecord => ({
  _id: new Types.ObjectId(),
  date: '2020-01-01',
  lexicon: `${term_stats.text_length}:${term_stats.note_length ?? '-'}`,
  resource_type: 'Observation',
  terms: ['t'],
  term_stats,
});
const text = (length: number): IndexedRecord => indexed({ text_tf: [1], text_length: length });
const note = (length: number, noteLength: number): IndexedRecord =>
  indexed({ text_tf: [1], text_length: length, note_tf: [1], note_length: noteLength });

describe('RecordSearchIndex.applyImport (statistics kept by each import)', () => {
  it("adds what an import wrote and takes away the versions it replaced, without counting the patient's records", async () => {
    const { index, state } = indexWith({ terms_version: VERSION, ...COUNTED });
    await index.applyImport('p', [text(5), note(4, 20), text(6)], [text(3)], false);
    expect(state.stored).toEqual({ terms_version: VERSION, records: 9, text_length: 82, notes: 2, note_length: 50 });
    expect(state.counted).toBe(0);
  });

  it("makes a first import's records the corpus", async () => {
    const { index, state } = indexWith(null);
    await index.applyImport('p', [text(5), note(4, 20)], [], true);
    expect(state.stored).toEqual({ terms_version: VERSION, records: 2, text_length: 9, notes: 1, note_length: 20 });
    expect(state.counted).toBe(0);
  });

  it('counts again when the statistics are of another version, or missing for a patient with records', async () => {
    const stale = indexWith({ terms_version: '1:key', ...COUNTED });
    await stale.index.applyImport('p', [text(5)], [], false);
    expect(stale.state).toEqual({ stored: { terms_version: VERSION, ...COUNTED }, counted: 1 });

    const missing = indexWith(null);
    await missing.index.applyImport('p', [text(5)], [], false);
    expect(missing.state).toEqual({ stored: { terms_version: VERSION, ...COUNTED }, counted: 1 });
  });

  it('adds written records to their groups and takes replaced ones from theirs; a recount counts them again', async () => {
    const kept = indexWith({ terms_version: VERSION, ...COUNTED });
    await kept.index.applyImport('p', [text(5), text(5), text(6)], [], false);
    await kept.index.applyImport('p', [text(6)], [text(5), text(5)], false);
    expect(Object.fromEntries(kept.groups)).toEqual({ '6:-': 2 });

    const stale = indexWith({ terms_version: '1:key', ...COUNTED });
    await stale.index.applyImport('p', [text(5)], [], false);
    expect(Object.fromEntries(stale.groups)).toEqual({ counted: 7 });
  });
});
