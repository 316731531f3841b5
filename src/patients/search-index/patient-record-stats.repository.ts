import { Injectable } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import type { Db } from 'mongodb';
import type { Model } from 'mongoose';
import { isDuplicateKey } from '../../common/mongo/duplicate-key.js';
import { findInOneReply } from '../../common/mongo/find-in-one-reply.js';
import { PATIENT_RECORD_STATS_MODEL, type PatientRecordStats } from '../schemas/patient-record-stats.schema.js';

export type CorpusStats = Pick<
  PatientRecordStats,
  'terms_version' | 'records' | 'text_length' | 'notes' | 'note_length'
>;

/** What an import adds to (or, negative, takes from) the corpus totals. */
export type CorpusChange = Omit<CorpusStats, 'terms_version'>;

/** The statistics as stored, with what guards changes of the patient's index. */
export type StoredCorpusStats = CorpusStats & Pick<PatientRecordStats, 'revision' | 'counted_in' | 'updated_at'>;

/** The `terms_version` of a patient's index while a change of it is under way (see PatientRecordStats). */
export const CHANGING = 'changing';
/** The `terms_version` of a patient's index a change failed to complete: the next question counts it again. */
export const STALE = 'stale';

const NO_CHANGE: CorpusChange = { records: 0, text_length: 0, notes: 0, note_length: 0 };

/**
 * The `patient_record_stats` collection: one document per patient with records, which also
 * guards changes of the patient's index (claim, then release or abandon; see PatientRecordStats).
 */
@Injectable()
export class PatientRecordStatsRepository {
  constructor(@InjectModel(PATIENT_RECORD_STATS_MODEL) private readonly model: Model<PatientRecordStats>) {}

  /** Read by every record question: one find command, no Mongoose query or driver cursor (see findInOneReply). */
  async find(patientId: string): Promise<StoredCorpusStats | null> {
    const [stats] = await findInOneReply<StoredCorpusStats>(
      this.model.db.db as unknown as Db,
      this.model.collection.collectionName,
      { patient_id: { $eq: patientId } },
      { limit: 1, projection: { _id: 0, patient_id: 0 } },
    );
    return stats ?? null;
  }

  /**
   * Claims the patient's index for a change, in one atomic update and only if nobody changed it
   * since `seen` was read (with `seen` null: if there is still no document): marks it CHANGING,
   * adds `change` to the totals and moves the revision on. Returns the claimed revision, or
   * null when another change came first.
   */
  async claim(
    patientId: string,
    seen: StoredCorpusStats | null,
    change: CorpusChange = NO_CHANGE,
  ): Promise<number | null> {
    const revision = (seen?.revision ?? 0) + 1;
    const claimed = { terms_version: CHANGING, revision, updated_at: new Date() };
    if (seen === null) {
      try {
        await this.model.create({ patient_id: patientId, ...change, ...claimed });
        return revision;
      } catch (error) {
        // Another change created it first (the unique patient_id refused ours).
        if (isDuplicateKey(error)) return null;
        throw error;
      }
    }
    const result = await this.model
      .updateOne(
        { patient_id: { $eq: patientId }, revision: atRevision(seen.revision) },
        { $inc: { ...change }, $set: claimed },
      )
      .exec();
    return result.matchedCount === 1 ? revision : null;
  }

  /**
   * Ends the change claimed at `claimed`, if nothing claimed the index since: the statistics are
   * then current under `version`, with a count's totals (and `counted_in`) or those the claim
   * left. Returns whether it was released; if not, another change took the index over.
   */
  async release(patientId: string, claimed: number, version: string, count?: CorpusChange): Promise<boolean> {
    const counted = count && { ...count, counted_in: claimed };
    return this.endChange(patientId, claimed, { ...counted, terms_version: version });
  }

  /**
   * Extends the lease of the change claimed at `claimed` (its `updated_at`) while it still holds
   * the index. Returns whether it does; if not, another change took the index over.
   */
  async renew(patientId: string, claimed: number): Promise<boolean> {
    const result = await this.model
      .updateOne(
        { patient_id: { $eq: patientId }, revision: { $eq: claimed }, terms_version: { $eq: CHANGING } },
        { $set: { updated_at: new Date() } },
      )
      .exec();
    return result.matchedCount === 1;
  }

  /** Ends the change claimed at `claimed` as failed (STALE), if nothing claimed the index since. */
  abandon(patientId: string, claimed: number): Promise<boolean> {
    return this.endChange(patientId, claimed, { terms_version: STALE });
  }

  /** Marks the patient's index STALE whatever its revision: no change under way can release it. */
  async invalidate(patientId: string): Promise<void> {
    await this.model
      .updateOne(
        { patient_id: { $eq: patientId } },
        { $set: { terms_version: STALE, updated_at: new Date() }, $inc: { revision: 1 } },
      )
      .exec();
  }

  async delete(patientId: string): Promise<void> {
    await this.model.deleteOne({ patient_id: { $eq: patientId } }).exec();
  }

  private async endChange(patientId: string, claimed: number, fields: Record<string, unknown>): Promise<boolean> {
    const result = await this.model
      .updateOne(
        { patient_id: { $eq: patientId }, revision: { $eq: claimed } },
        { $set: { ...fields, revision: claimed + 1, updated_at: new Date() } },
      )
      .exec();
    return result.matchedCount === 1;
  }
}

/** A document of before revisions has none: it is claimed as revision 0. */
function atRevision(revision: number | undefined) {
  return revision === undefined ? { $exists: false } : { $eq: revision };
}
