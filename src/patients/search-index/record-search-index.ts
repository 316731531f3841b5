import { Injectable, Logger } from '@nestjs/common';
import type { Types } from 'mongoose';
import { PatientRecordSealer } from '../patient-record-sealer.js';
import { PatientRecordStatsRepository, type CorpusStats } from './patient-record-stats.repository.js';
import { RankedRecordRepository } from './ranked-record.repository.js';
import type { RecordLexicon } from './record-lexicon.js';

/** Records whose terms are derived again and written back per bulk write. */
const REINDEX_BATCH = 500;

const EMPTY: CorpusStats = { terms_version: '', records: 0, text_length: 0, notes: 0, note_length: 0 };

/**
 * Keeps a patient's search index (each record's derived terms, and the patient's corpus
 * statistics) in step with the records. Imports derive each record's terms as they write it;
 * `refresh` runs after every import and every undone import, derives the terms of any record
 * still lacking current ones (records stored before the index existed, or under another key),
 * and counts the statistics again from the records themselves, so they are never adjusted by
 * deltas that a failure could leave half-applied. Retrieval calls `statsOf`, which refreshes a
 * patient whose statistics are missing or of another version, once.
 */
@Injectable()
export class RecordSearchIndex {
  private readonly logger = new Logger(RecordSearchIndex.name);

  constructor(
    private readonly records: RankedRecordRepository,
    private readonly stats: PatientRecordStatsRepository,
    private readonly sealer: PatientRecordSealer,
  ) {}

  /** The patient's corpus statistics, current (derived first when missing or stale). */
  async statsOf(patientId: string): Promise<CorpusStats> {
    const stored = await this.stats.find(patientId);
    if (stored && stored.terms_version === this.sealer.termsVersion) return stored;
    return this.refresh(patientId);
  }

  async refresh(patientId: string): Promise<CorpusStats> {
    const reindexed = await this.reindexStale(patientId);
    if (reindexed > 0)
      this.logger.log({ msg: 'Patient record search terms derived again', patient_id: patientId, records: reindexed });
    const totals = await this.records.corpusTotals(patientId);
    if (totals.records === 0) {
      await this.stats.delete(patientId);
      return EMPTY;
    }
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
