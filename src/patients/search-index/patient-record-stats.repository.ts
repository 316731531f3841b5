import { Injectable } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import type { Model } from 'mongoose';
import { PATIENT_RECORD_STATS_MODEL, type PatientRecordStats } from '../schemas/patient-record-stats.schema.js';

export type CorpusStats = Omit<PatientRecordStats, 'patient_id' | 'updated_at'>;

/** What an import adds to (or, negative, takes from) the corpus totals. */
export type CorpusChange = Omit<CorpusStats, 'terms_version'>;

/** The `patient_record_stats` collection: one document per patient with records. */
@Injectable()
export class PatientRecordStatsRepository {
  constructor(@InjectModel(PATIENT_RECORD_STATS_MODEL) private readonly model: Model<PatientRecordStats>) {}

  async find(patientId: string): Promise<CorpusStats | null> {
    return this.model
      .findOne({ patient_id: { $eq: patientId } }, { _id: 0, patient_id: 0, updated_at: 0 })
      .lean<CorpusStats>()
      .exec();
  }

  async store(patientId: string, stats: CorpusStats): Promise<void> {
    await this.model
      .replaceOne(
        { patient_id: { $eq: patientId } },
        {
          patient_id: patientId,
          terms_version: stats.terms_version,
          records: stats.records,
          text_length: stats.text_length,
          notes: stats.notes,
          note_length: stats.note_length,
          updated_at: new Date(),
        },
        { upsert: true },
      )
      .exec();
  }

  /**
   * Adds an import's change to the patient's statistics in one atomic update, when they exist and
   * are of `version` (or, with `create`, when there are none: the change is then the whole
   * corpus); returns whether it was applied (otherwise they must be counted again).
   */
  async add(patientId: string, version: string, change: CorpusChange, create: boolean): Promise<boolean> {
    try {
      const result = await this.model
        .updateOne(
          { patient_id: { $eq: patientId }, terms_version: { $eq: version } },
          { $inc: { ...change }, $set: { updated_at: new Date() } },
          { upsert: create },
        )
        .exec();
      return result.matchedCount + result.upsertedCount === 1;
    } catch (error) {
      // Created meanwhile, or of another version (the unique patient_id refused the upsert).
      if ((error as { code?: unknown }).code === 11000) return false;
      throw error;
    }
  }

  async delete(patientId: string): Promise<void> {
    await this.model.deleteOne({ patient_id: { $eq: patientId } }).exec();
  }
}
