import { Types } from 'mongoose';
import type { PatientRecordSealer } from '../patient-record-sealer.js';
import {
  CHANGING,
  STALE,
  type CorpusChange,
  type CorpusStats,
  type PatientRecordStatsRepository,
  type StoredCorpusStats,
} from './patient-record-stats.repository.js';
import type { RankedRecordRepository } from './ranked-record.repository.js';
import type { GroupedRecord, RecordGroup, RecordGroupRepository } from './record-group.repository.js';
import type { TermStats } from './record-lexicon.js';
import { RecordSearchIndex, type HeldClaim, type IndexedRecord } from './record-search-index.js';

const VERSION = '2:key';
const COUNTED = { records: 7, text_length: 70, notes: 1, note_length: 30 };

/**
 * Statistics kept in memory as the repository keeps them (claims and releases at a revision);
 * the records' own totals are COUNTED.
 */
function indexWith(initial: CorpusStats | null) {
  const state: { stored: StoredCorpusStats | null; counted: number } = {
    stored: initial && { ...initial, revision: 1, updated_at: new Date() },
    counted: 0,
  };
  /** The groups as kept: lexicon → size. */
  const groups = new Map<string, number>();
  const at = (claimed: number) => state.stored !== null && state.stored.revision === claimed;
  const stats = {
    find: async () => state.stored && { ...state.stored },
    claim: async (_patientId: string, seen: StoredCorpusStats | null, change: CorpusChange = NO_CHANGE) => {
      if (seen === null ? state.stored !== null : !at(seen.revision ?? 0)) return null;
      const base = state.stored ?? { records: 0, text_length: 0, notes: 0, note_length: 0, revision: 0 };
      state.stored = {
        terms_version: CHANGING,
        records: base.records + change.records,
        text_length: base.text_length + change.text_length,
        notes: base.notes + change.notes,
        note_length: base.note_length + change.note_length,
        revision: (base.revision ?? 0) + 1,
        updated_at: new Date(),
      };
      return state.stored.revision;
    },
    release: async (_patientId: string, claimed: number, version: string, count?: CorpusChange) => {
      if (!at(claimed)) return false;
      state.stored = { ...state.stored!, ...count, terms_version: version, revision: claimed + 1 };
      if (count) state.stored.counted_in = claimed;
      return true;
    },
    abandon: async (_patientId: string, claimed: number) => {
      if (!at(claimed)) return false;
      state.stored = { ...state.stored!, terms_version: STALE, revision: claimed + 1 };
      return true;
    },
    renew: async (_patientId: string, claimed: number) => at(claimed) && state.stored!.terms_version === CHANGING,
    invalidate: async () => undefined,
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
    replace: async (
      _patientId: string,
      _revision: number,
      counted: readonly RecordGroup[],
      confirmClaim: () => Promise<void>,
    ) => {
      await confirmClaim();
      groups.clear();
      for (const group of counted) groups.set(group.lexicon, group.count);
    },
  };
  const index = new RecordSearchIndex(
    records as unknown as RankedRecordRepository,
    stats as unknown as PatientRecordStatsRepository,
    { termsVersion: VERSION } as unknown as PatientRecordSealer,
    keptGroups as unknown as RecordGroupRepository,
  );
  /** The statistics' version and totals as kept, without what guards them. */
  const corpus = () => {
    if (state.stored === null) return null;
    const { terms_version, records: count, text_length, notes, note_length } = state.stored;
    return { terms_version, records: count, text_length, notes, note_length };
  };
  /** An import as the importer runs it: the index read before writing, then the records added. */
  const importing = async (written: IndexedRecord[], replaced: IndexedRecord[], first: boolean) =>
    index.applyImport('p', await index.snapshot('p'), written, replaced, first);
  return { index, state, groups, stats, records, keptGroups, corpus, importing };
}

const NO_CHANGE: CorpusChange = { records: 0, text_length: 0, notes: 0, note_length: 0 };

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
    const { importing, corpus, state } = indexWith({ terms_version: VERSION, ...COUNTED });
    await importing([text(5), note(4, 20), text(6)], [text(3)], false);
    expect(corpus()).toEqual({ terms_version: VERSION, records: 9, text_length: 82, notes: 2, note_length: 50 });
    expect(state.counted).toBe(0);
  });

  it("makes a first import's records the corpus", async () => {
    const { importing, corpus, state } = indexWith(null);
    await importing([text(5), note(4, 20)], [], true);
    expect(corpus()).toEqual({ terms_version: VERSION, records: 2, text_length: 9, notes: 1, note_length: 20 });
    expect(state.counted).toBe(0);
  });

  it('counts again when the statistics are of another version, or missing for a patient with records', async () => {
    const stale = indexWith({ terms_version: '1:key', ...COUNTED });
    await stale.importing([text(5)], [], false);
    expect([stale.corpus(), stale.state.counted]).toEqual([{ terms_version: VERSION, ...COUNTED }, 1]);

    const missing = indexWith(null);
    await missing.importing([text(5)], [], false);
    expect([missing.corpus(), missing.state.counted]).toEqual([{ terms_version: VERSION, ...COUNTED }, 1]);
  });

  it('counts instead of adding when the index changed after the import read it (its records may be counted already)', async () => {
    const { index, corpus, state, groups } = indexWith({ terms_version: VERSION, ...COUNTED });
    const seen = await index.snapshot('p');
    await index.refresh('p');
    await index.applyImport('p', seen, [text(5)], [], false);
    expect([corpus(), state.counted]).toEqual([{ terms_version: VERSION, ...COUNTED }, 2]);
    expect(Object.fromEntries(groups)).toEqual({ counted: 7 });
  });

  it('adds written records to their groups and takes replaced ones from theirs; a recount counts them again', async () => {
    const kept = indexWith({ terms_version: VERSION, ...COUNTED });
    await kept.importing([text(5), text(5), text(6)], [], false);
    await kept.importing([text(6)], [text(5), text(5)], false);
    expect(Object.fromEntries(kept.groups)).toEqual({ '6:-': 2 });

    const stale = indexWith({ terms_version: '1:key', ...COUNTED });
    await stale.importing([text(5)], [], false);
    expect(Object.fromEntries(stale.groups)).toEqual({ counted: 7 });
  });

  it('passes on a failed group change and leaves the index STALE, so that the next question counts it', async () => {
    const { importing, index, keptGroups, corpus, state } = indexWith({ terms_version: VERSION, ...COUNTED });
    const failure = new Error('connection lost');
    keptGroups.change = async () => Promise.reject(failure);
    await expect(importing([text(5)], [], false)).rejects.toBe(failure);
    expect(corpus()?.terms_version).toBe(STALE);

    expect(await index.statsOf('p')).toEqual({ terms_version: VERSION, ...COUNTED });
    expect(state.counted).toBe(1);
  });
});

describe('RecordSearchIndex.statsOf (what a question reads)', () => {
  it('reads current statistics as they are, and counts the totals alone while another change holds the index', async () => {
    const { index, stats, state } = indexWith({ terms_version: VERSION, ...COUNTED, records: 3 });
    expect(await index.statsOf('p')).toEqual({ terms_version: VERSION, ...COUNTED, records: 3 });
    expect(state.counted).toBe(0);

    await stats.claim('p', state.stored, NO_CHANGE);
    expect(await index.statsOf('p')).toEqual({ terms_version: VERSION, ...COUNTED });
    expect(state.stored?.terms_version).toBe(CHANGING);
  });

  it('shares one refresh among the concurrent questions of a stale patient', async () => {
    const { index, state } = indexWith({ terms_version: '1:key', ...COUNTED });
    const answers = await Promise.all([index.statsOf('p'), index.statsOf('p'), index.statsOf('p')]);
    expect(answers).toEqual(Array(3).fill({ terms_version: VERSION, ...COUNTED }));
    expect(state.counted).toBe(1);
  });
});

describe('RecordSearchIndex under other changes of the index', () => {
  it("answers a question without waiting when another change claims the index while the question's refresh begins", async () => {
    const { index, stats, records, state } = indexWith({ terms_version: '1:key', ...COUNTED });
    let otherClaim: number | null = null;
    records.streamUnindexed = async function* () {
      otherClaim = (await stats.claim('p', state.stored)) ?? null;
      // No record lacks current terms.
      yield* [];
    };
    expect(await index.statsOf('p')).toEqual({ terms_version: VERSION, ...COUNTED });
    expect(otherClaim).not.toBeNull();
    expect([state.stored?.terms_version, state.stored?.revision]).toEqual([CHANGING, otherClaim]);
  });

  it("takes over an import's own claim it failed to release, instead of waiting out its lease", async () => {
    const { index, stats, corpus, state } = indexWith({ terms_version: VERSION, ...COUNTED });
    const failure = new Error('connection lost');
    const release = stats.release;
    stats.release = async () => {
      stats.release = release;
      throw failure;
    };
    const held: HeldClaim = {};
    await expect(index.applyImport('p', await index.snapshot('p'), [text(5)], [], false, held)).rejects.toBe(failure);
    expect(corpus()?.terms_version).toBe(CHANGING);
    expect(held.revision).toBe(state.stored?.revision);

    expect(await index.refresh('p', { ownClaim: held.revision })).toEqual({ terms_version: VERSION, ...COUNTED });
    expect(corpus()).toEqual({ terms_version: VERSION, ...COUNTED });
  });

  it('keeps the claim of an import whose group change and abandoning both failed, for its undo to take over', async () => {
    const { index, stats, keptGroups, corpus, state } = indexWith({ terms_version: VERSION, ...COUNTED });
    const failure = new Error('connection lost');
    keptGroups.change = async () => Promise.reject(failure);
    const abandon = stats.abandon;
    stats.abandon = async () => {
      stats.abandon = abandon;
      throw new Error('connection lost again');
    };
    const held: HeldClaim = {};
    await expect(index.applyImport('p', await index.snapshot('p'), [text(5)], [], false, held)).rejects.toBe(failure);
    expect([corpus()?.terms_version, held.revision]).toEqual([CHANGING, state.stored?.revision]);

    expect(await index.refresh('p', { ownClaim: held.revision })).toEqual({ terms_version: VERSION, ...COUNTED });
  });

  it('writes no groups once another change took over its count, and returns the statistics that change counted', async () => {
    const { index, stats, records, state, groups } = indexWith({ terms_version: '1:key', ...COUNTED });
    const counted = records.countGroups;
    // While this count reads the records, its claim is taken over and the other change counts and releases.
    records.countGroups = async () => {
      const other = (await stats.claim('p', state.stored))!;
      groups.clear();
      groups.set('other', 3);
      await stats.release('p', other, VERSION, { ...COUNTED, records: 3 });
      return counted();
    };
    expect(await index.refresh('p')).toEqual({ terms_version: VERSION, ...COUNTED, records: 3 });
    expect(Object.fromEntries(groups)).toEqual({ other: 3 });
  });
});
