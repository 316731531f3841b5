import type { PatientRecordSealer } from '../patient-record-sealer.js';
import type { CorpusChange, CorpusStats, PatientRecordStatsRepository } from './patient-record-stats.repository.js';
import type { RankedRecordRepository } from './ranked-record.repository.js';
import type { TermStats } from './record-lexicon.js';
import { RecordSearchIndex } from './record-search-index.js';

const VERSION = '2:key';
const COUNTED = { records: 7, text_length: 70, notes: 1, note_length: 30 };

/** Statistics kept in memory as the repository keeps them; the records' own totals are COUNTED. */
function indexWith(stored: CorpusStats | null) {
  const state = { stored, counted: 0 };
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
  };
  const index = new RecordSearchIndex(
    records as unknown as RankedRecordRepository,
    stats as unknown as PatientRecordStatsRepository,
    { termsVersion: VERSION } as unknown as PatientRecordSealer,
  );
  return { index, state };
}

const text = (length: number): TermStats => ({ text_tf: [1], text_length: length });
const note = (length: number, noteLength: number): TermStats => ({
  ...text(length),
  note_tf: [1],
  note_length: noteLength,
});

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
});
