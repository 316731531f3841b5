import { Injectable, Logger } from '@nestjs/common';
import { PatientRecordSealer } from '../patient-record-sealer.js';
import { isDuplicateKey } from '../../common/mongo/duplicate-key.js';
import {
  CHANGING,
  PatientRecordStatsRepository,
  type CorpusChange,
  type CorpusStats,
  type StoredCorpusStats,
} from './patient-record-stats.repository.js';
import { CHANGE_LEASE_MS, ClaimLostError, underLease } from './claim-lease.js';
import { RankedRecordRepository, type UnindexedRecord } from './ranked-record.repository.js';
import { RecordGroupRepository, type GroupedRecord } from './record-group.repository.js';
import type { RecordLexicon } from './record-lexicon.js';

/** Records whose terms are derived again and written back per bulk write. */
const REINDEX_BATCH = 500;

/** How long a change's refresh waits for other changes of the index before leaving it STALE. */
const REFRESH_PATIENCE_MS = CHANGE_LEASE_MS + 30_000;
/** First and longest pause between two looks at an index another change holds. */
const FIRST_WAIT_MS = 10;
const LONGEST_WAIT_MS = 500;

/**
 * Keeps a patient's search index (each record's derived terms, the patient's corpus statistics
 * and record groups) in step with the records. Imports derive each record's terms as they write
 * it and add what they wrote to the statistics and groups (applyImport); `refresh` runs after
 * every undone import, derives the terms of any record still lacking current ones (records
 * stored before the index existed, or under another key), and counts the statistics and groups
 * again from the records themselves. Retrieval calls `statsOf`, which refreshes a patient whose
 * statistics are missing, of another version or STALE, one refresh per instance at a time.
 *
 * Concurrency (imports, refreshes, several instances) without transactions: every change of the
 * index claims the statistics (PatientRecordStatsRepository.claim: atomic, only at the revision
 * it read, marking them CHANGING) before touching the groups and releases them after, renewing
 * its lease meanwhile (ClaimLease). An import claims at the revision it read before writing its
 * records, so if anyone changed the index in between it counts instead; a change's refresh waits
 * while another change holds the index (up to its lease), then counts, unless a count that began
 * after it already did; a question's never waits. So no two changes overlap, and a change that
 * fails half-way leaves the index STALE (or CHANGING until its lease ends, or its own undo takes
 * its claim over): the next question counts it again. A count whose process stalled past its
 * lease confirms its claim before writing groups and writes nothing once taken over.
 */
@Injectable()
export class RecordSearchIndex {
  private readonly logger = new Logger(RecordSearchIndex.name);
  /** This instance's refreshes for questions, by patient: concurrent questions share one. */
  private readonly refreshing = new Map<string, Promise<CorpusStats>>();

  constructor(
    private readonly records: RankedRecordRepository,
    private readonly stats: PatientRecordStatsRepository,
    private readonly sealer: PatientRecordSealer,
    private readonly groups: RecordGroupRepository,
  ) {}

  /**
   * The patient's corpus statistics, current: counted first when missing, stale or STALE; while
   * another change holds the index, the totals are counted for this question alone, the index
   * left to that change.
   */
  async statsOf(patientId: string): Promise<CorpusStats> {
    const stored = await this.stats.find(patientId);
    if (stored?.terms_version === this.sealer.termsVersion) return corpusOf(stored);
    if (stored !== null && heldByAnother(stored)) return this.countTotals(patientId);
    const underWay = this.refreshing.get(patientId);
    if (underWay) return underWay;
    const refresh = this.refresh(patientId, { forQuestion: true }).finally(() => this.refreshing.delete(patientId));
    this.refreshing.set(patientId, refresh);
    return refresh;
  }

  /**
   * The index as an import finds it before writing: applyImport adds to it only if nothing
   * changed it since (otherwise the import's records may have been counted already).
   */
  snapshot(patientId: string): Promise<StoredCorpusStats | null> {
    return this.stats.find(patientId);
  }

  /**
   * An import's written records into the statistics: their term statistics added, those of the
   * versions they replaced taken away, in the atomic claim, and likewise each record into its
   * group, so an import costs what it writes, not what the patient holds. Counted again instead
   * (refresh) when the statistics were missing for a patient with records, not current
   * (records not yet derived with the current key, or another change under way), would be left
   * empty, or were changed by anyone since `seen` (read before the import wrote).
   */
  async applyImport(
    patientId: string,
    seen: StoredCorpusStats | null,
    written: readonly IndexedRecord[],
    replaced: readonly IndexedRecord[],
    /** Whether the import found none of the patient's records stored: its records are then the corpus. */
    first: boolean,
    /** Holds the import's claim while it is not ended, for the undo of a failed import (see refresh). */
    held: HeldClaim = {},
  ): Promise<void> {
    const change = subtract(totalsOf(written), totalsOf(replaced));
    const version = this.sealer.termsVersion;
    const incremental =
      seen === null ? first && change.records > 0 : seen.terms_version === version && seen.records + change.records > 0;
    const claimed = incremental ? await this.stats.claim(patientId, seen, change) : null;
    if (claimed !== null) {
      held.revision = claimed;
      try {
        await underLease(claimed, this.renewal(patientId, claimed), () =>
          this.groups.change(patientId, written, replaced),
        );
      } catch (error) {
        if (await this.abandon(patientId, claimed)) held.revision = undefined;
        // A group created meanwhile under a unique key: counting settles it. Anything else fails the import.
        if (!isDuplicateKey(error)) throw error;
        await this.refresh(patientId, { ownClaim: held.revision });
        return;
      }
      const released = await this.stats.release(patientId, claimed, version);
      held.revision = undefined;
      if (released) return;
    }
    await this.refresh(patientId);
  }

  /**
   * Counts the patient's statistics and groups again from the records (after deriving the terms
   * of those lacking current ones), within a claim; waits first while another change holds the
   * index, and is done without counting if a count that began after it was released meanwhile.
   * Leaves the index STALE if other changes held it past REFRESH_PATIENCE_MS. Returns the
   * statistics. A question's refresh never waits: while another change holds the index it counts
   * the totals for itself and leaves the index to that change (a chat turn must not hang behind
   * an import). A claim of the caller's own that it failed to end (`ownClaim`, an import's undo)
   * is taken over at once instead of waited out.
   */
  async refresh(patientId: string, { forQuestion = false, ownClaim }: RefreshOptions = {}): Promise<CorpusStats> {
    const reindexed = await this.reindexStale(patientId);
    if (reindexed > 0)
      this.logger.log({ msg: 'Patient record search terms derived again', patient_id: patientId, records: reindexed });
    const version = this.sealer.termsVersion;
    // Every record written before now must be counted: by this refresh, or by a count claimed later.
    const started = (await this.stats.find(patientId))?.revision ?? 0;
    const patience = Date.now() + REFRESH_PATIENCE_MS;
    let pause = FIRST_WAIT_MS;
    while (Date.now() < patience) {
      const seen = await this.stats.find(patientId);
      if (seen?.terms_version === version && (seen.counted_in ?? -1) > started) return corpusOf(seen);
      const own = ownClaim !== undefined && seen?.revision === ownClaim;
      if (seen !== null && !own && heldByAnother(seen)) {
        if (forQuestion) return this.countTotals(patientId);
        await delay(pause);
        pause = Math.min(2 * pause, LONGEST_WAIT_MS);
        continue;
      }
      const claimed = await this.stats.claim(patientId, seen);
      if (claimed === null) continue;
      const totals = await this.countClaimed(patientId, claimed);
      if (totals && (await this.stats.release(patientId, claimed, version, totals)))
        return { ...totals, terms_version: version };
    }
    await this.stats.invalidate(patientId);
    this.logger.warn({
      msg: 'Patient record search index held by other changes throughout a refresh; left STALE for the next question',
      patient_id: patientId,
    });
    return this.countTotals(patientId);
  }

  /**
   * Counts the totals and groups of a refresh claimed at `revision`, writes the groups and returns
   * the totals, renewing the claim's lease meanwhile; leaves the index STALE if this fails
   * (undefined for a key a unique index refused). Undefined, and nothing written, once another
   * change took the index over (this count stalled past its lease).
   */
  private async countClaimed(patientId: string, revision: number): Promise<CorpusChange | undefined> {
    try {
      return await underLease(revision, this.renewal(patientId, revision), async (lease) => {
        const totals = await this.records.corpusTotals(patientId);
        const groups = await this.records.countGroups(patientId);
        await this.groups.replace(patientId, revision, groups, () => lease.confirm());
        return totals;
      });
    } catch (error) {
      if (error instanceof ClaimLostError) return undefined;
      await this.abandon(patientId, revision);
      if (isDuplicateKey(error)) return undefined;
      throw error;
    }
  }

  /**
   * Leaves the index of a change that failed, claimed at `claimed`, STALE (unless another change
   * took it over). Returns whether the claim is no longer the failed change's; false when the
   * database failed this too, and the claim is still held until its lease ends or its undo takes
   * it over.
   */
  private async abandon(patientId: string, claimed: number): Promise<boolean> {
    try {
      await this.stats.abandon(patientId, claimed);
      return true;
    } catch {
      return false;
    }
  }

  /** Renews the lease of the change claimed at `revision` (see ClaimLease). */
  private renewal(patientId: string, revision: number): () => Promise<boolean> {
    return () => this.stats.renew(patientId, revision);
  }

  private async countTotals(patientId: string): Promise<CorpusStats> {
    return { ...(await this.records.corpusTotals(patientId)), terms_version: this.sealer.termsVersion };
  }

  private async reindexStale(patientId: string): Promise<number> {
    let batch: Array<{ record: UnindexedRecord; lexicon: RecordLexicon }> = [];
    let count = 0;
    for await (const record of this.records.streamUnindexed(patientId, this.sealer.termsVersion)) {
      batch.push({ record, lexicon: this.sealer.lexicon(record, patientId) });
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

/** The revision at which a change holds the patient's index, while it has not ended its claim. */
export interface HeldClaim {
  revision?: number;
}

export interface RefreshOptions {
  /** A question's refresh: never waits for another change of the index. */
  forQuestion?: boolean;
  /** A claim the caller holds and failed to end (an import's undo): taken over, not waited out. */
  ownClaim?: number;
}

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

/** Whether another change holds the index now (CHANGING, and its lease not over). */
function heldByAnother(stats: StoredCorpusStats): boolean {
  return stats.terms_version === CHANGING && Date.now() - new Date(stats.updated_at).getTime() < CHANGE_LEASE_MS;
}

function corpusOf({ terms_version, records, text_length, notes, note_length }: StoredCorpusStats): CorpusStats {
  return { terms_version, records, text_length, notes, note_length };
}

function delay(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
