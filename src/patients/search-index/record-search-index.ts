import { Injectable, Logger } from '@nestjs/common';
import type { Types } from 'mongoose';
import { PatientRecordSealer } from '../patient-record-sealer.js';
import {
  PatientRecordStatsRepository,
  type CorpusChange,
  type CorpusStats,
} from './patient-record-stats.repository.js';
import { RankedRecordRepository } from './ranked-record.repository.js';
import { RecordGroupRepository, type GroupedRecord } from './record-group.repository.js';
import type { RecordLexicon } from './record-lexicon.js';

/** Records whose terms are derived again and written back per bulk write. */
const REINDEX_BATCH = 500;

const EMPTY: CorpusStats = { terms_version: '', records: 0, text_length: 0, notes: 0, note_length: 0 };

/**
 * Keeps a patient's search index (each record's derived terms, the patient's corpus statistics
 * and record groups) in step with the records. Imports derive each record's terms as they write
 * it and add what they wrote to the statistics and groups (applyImport); `refresh` runs after
 * every undone import, derives the terms of any record still lacking current ones (records
 * stored before the index existed, or under another key), and counts the statistics and groups
 * again from the records themselves. Retrieval calls `statsOf`, which refreshes a patient whose
 * statistics are missing or of another version, once.
 */
@Injectable()
export class RecordSearchIndex {
  private readonly logger = new Logger(RecordSearchIndex.name);

  constructor(
    private readonly records: RankedRecordRepository,
    private readonly stats: PatientRecordStatsRepository,
    private readonly sealer: PatientRecordSealer,
    private readonly groups: RecordGroupRepository,
  ) {}

  /** The patient's corpus statistics, current (derived first when missing or stale). */
  async statsOf(patientId: string): Promise<CorpusStats> {
    const stored = await this.stats.find(patientId);
    if (stored && stored.terms_version === this.sealer.termsVersion) return stored;
    return this.refresh(patientId);
  }

  /**
   * An import's written records into the statistics: their term statistics added, those of the
   * versions they replaced taken away, in one atomic `$inc`, and likewise each record into its
   * group, so an import costs what it writes, not what the patient holds. Counted again instead
   * (refresh) when the statistics are missing for a patient with records, of another version
   * (records not yet derived with the current key), or would be left empty.
   */
  async applyImport(
    patientId: string,
    written: readonly IndexedRecord[],
    replaced: readonly IndexedRecord[],
    /** Whether the import found none of the patient's records stored: its records are then the corpus. */
    first: boolean,
  ): Promise<void> {
    const change = subtract(totalsOf(written), totalsOf(replaced));
    const stored = await this.stats.find(patientId);
    const version = this.sealer.termsVersion;
    const applicable =
      stored === null
        ? first && change.records > 0
        : stored.terms_version === version && stored.records + change.records > 0;
    if (applicable && (await this.stats.add(patientId, version, change, stored === null))) {
      await this.groups.change(patientId, written, replaced);
      return;
    }
    await this.refresh(patientId);
  }

  async refresh(patientId: string): Promise<CorpusStats> {
    const reindexed = await this.reindexStale(patientId);
    if (reindexed > 0)
      this.logger.log({ msg: 'Patient record search terms derived again', patient_id: patientId, records: reindexed });
    const totals = await this.records.corpusTotals(patientId);
    if (totals.records === 0) {
      await this.stats.delete(patientId);
      await this.groups.delete(patientId);
      return EMPTY;
    }
    await this.groups.replace(patientId, await this.records.countGroups(patientId));
    const stats = { ...totals, terms_version: this.sealer.termsVersion };
    await this.stats.store(patientId, stats);
    return stats;
  }

  private async reindexStale(patientId: string): Promise<number> {
    let batch: Array<{ _id: Types.ObjectId; lexicon: RecordLexicon }> = [];
    let count = 0;
    for await (const record of this.records.streamUnindexed(patientId, this.sealer.termsVersion)) {
      batch.push({ _id: record._id, lexicon: this.sealer.lexicon(record, patientId) });
      count += 1;
      if (batch.length === REINDEX_BATCH) {
        await this.records.storeLexicons(batch);
        batch = [];
      }
    }
    await this.records.storeLexicons(batch);
    return count;
  }
}

/** What the index keeps of a written or replaced record: its term statistics and its group. */
export type IndexedRecord = GroupedRecord;

function totalsOf(records: readonly IndexedRecord[]): CorpusChange {
  const totals = { records: records.length, text_length: 0, notes: 0, note_length: 0 };
  for (const { term_stats: record } of records) {
    totals.text_length += record.text_length;
    if (record.note_length !== undefined) {
      totals.notes += 1;
      totals.note_length += record.note_length;
    }
  }
  return totals;
}

function subtract(left: CorpusChange, right: CorpusChange): CorpusChange {
  return {
    records: left.records - right.records,
    text_length: left.text_length - right.text_length,
    notes: left.notes - right.notes,
    note_length: left.note_length - right.note_length,
  };
}
