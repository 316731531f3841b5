import { Injectable } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import type { AnyBulkWriteOperation, Model, QueryFilter } from 'mongoose';
import type { PatientRecordDraft } from './fhir/index.js';
import { PATIENT_RECORD_MODEL, type PatientRecord, type StoredPatientRecord } from './schemas/patient-record.schema.js';

/** A record as an import writes it: the draft plus, when configured, its embedding. */
export interface RecordToWrite extends PatientRecordDraft {
  embedding?: number[];
  embedding_model?: string;
}

export interface RecordWrites {
  created: RecordToWrite[];
  updated: RecordToWrite[];
}

/** Days are `YYYY-MM-DD`; `from` is included, `to` is not. */
export interface DayRange {
  from: string;
  to: string;
}

export interface CandidateQuery {
  patientId: string;
  dateRange?: DayRange;
  /** Newest first, at most this many. */
  limit: number;
  withEmbeddings: boolean;
}

/** What ranking needs of a record; the embedding only when asked for. */
export type CandidateRecord = Pick<
  StoredPatientRecord,
  '_id' | 'resource_type' | 'date' | 'text' | 'note_text' | 'embedding' | 'embedding_model'
>;

/**
 * The `patient_records` collection. Every read and write names the patient in the filter
 * itself (with `$eq`, so no value can act as an operator): no query can reach another
 * patient's records and be narrowed afterwards.
 */
@Injectable()
export class PatientRecordStore {
  constructor(@InjectModel(PATIENT_RECORD_MODEL) private readonly model: Model<PatientRecord>) {}

  /** Every stored record of the patient, in full: an import's view of what is already there. */
  findAllOf(patientId: string): Promise<StoredPatientRecord[]> {
    return this.model.find({ patient_id: { $eq: patientId } }).lean<StoredPatientRecord[]>().exec();
  }

  /**
   * Writes an import's records in one ordered bulk write, each marked with the import that
   * wrote it: new ones are inserted (the unique index refuses a concurrent duplicate), changed
   * ones replaced by their key.
   */
  async writeAll(patientId: string, records: RecordWrites, importId: string, importedAt: Date): Promise<void> {
    const stamp = (record: RecordToWrite) => ({ ...record, patient_id: patientId, import_id: importId, imported_at: importedAt });
    const operations: AnyBulkWriteOperation<PatientRecord>[] = [
      ...records.created.map((record) => ({ insertOne: { document: stamp(record) } })),
      ...records.updated.map((record) => ({
        replaceOne: { filter: keyFilter(patientId, record.resource_type, record.source_id), replacement: stamp(record), upsert: true },
      })),
    ];
    if (operations.length > 0) await this.model.bulkWrite(operations, { ordered: true });
  }

  /** The records an import wrote, for undoing it. */
  writtenBy(patientId: string, importId: string): Promise<Array<Pick<StoredPatientRecord, '_id' | 'resource_type' | 'source_id'>>> {
    return this.model
      .find({ patient_id: { $eq: patientId }, import_id: { $eq: importId } }, { resource_type: 1, source_id: 1 })
      .lean<Array<Pick<StoredPatientRecord, '_id' | 'resource_type' | 'source_id'>>>()
      .exec();
  }

  /**
   * Undoes one record of a failed import: back to its earlier version, or removed when the
   * import created it. Guarded by the import id, so a concurrent import's write is left alone.
   */
  async revert(importId: string, written: Pick<StoredPatientRecord, '_id'>, previous: StoredPatientRecord | undefined): Promise<void> {
    const filter = { _id: written._id, import_id: { $eq: importId } };
    if (previous === undefined) await this.model.deleteOne(filter).exec();
    else await this.model.replaceOne(filter, previous).exec();
  }

  /** The patient's records within the date range, newest first. */
  findCandidates(query: CandidateQuery): Promise<CandidateRecord[]> {
    const filter: QueryFilter<PatientRecord> = { patient_id: { $eq: query.patientId } };
    if (query.dateRange) filter.date = { $gte: query.dateRange.from, $lt: query.dateRange.to };
    const projection: Record<string, 1> = { resource_type: 1, date: 1, text: 1, note_text: 1 };
    if (query.withEmbeddings) Object.assign(projection, { embedding: 1, embedding_model: 1 });
    return this.model
      .find(filter, projection)
      .sort({ date: -1, _id: -1 })
      .limit(query.limit)
      .lean<CandidateRecord[]>()
      .exec();
  }

  /** Stored records per resource type: of one patient, or of everyone. */
  async countByType(patientId?: string): Promise<Record<string, number>> {
    const match = patientId === undefined ? {} : { patient_id: { $eq: patientId } };
    const groups = await this.model
      .aggregate<{ _id: string; count: number }>([{ $match: match }, { $group: { _id: '$resource_type', count: { $sum: 1 } } }, { $sort: { _id: 1 } }])
      .exec();
    return Object.fromEntries(groups.map((group) => [group._id, group.count]));
  }
}

function keyFilter(patientId: string, resourceType: string, sourceId: string): QueryFilter<PatientRecord> {
  return { patient_id: { $eq: patientId }, resource_type: { $eq: resourceType }, source_id: { $eq: sourceId } };
}
