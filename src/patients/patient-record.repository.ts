import { Injectable } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import type { AnyBulkWriteOperation, Model, QueryFilter } from 'mongoose';
import { FieldCipher } from '../common/encryption/field-cipher.js';
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
 *
 * The narratives (`text`, `note_text`) and the codes' display names are encrypted here when
 * DATA_ENCRYPTION_KEY is set, each bound to its patient, and decrypted as they are read: after
 * the database has filtered by patient and date, before ranking. Patient, type, date and code
 * values stay in clear for those filters and for idempotent imports.
 */
@Injectable()
export class PatientRecordRepository {
  constructor(
    @InjectModel(PATIENT_RECORD_MODEL) private readonly model: Model<PatientRecord>,
    private readonly cipher: FieldCipher,
  ) {}

  /** Every stored record of the patient, in full: an import's view of what is already there. */
  async findAllOf(patientId: string): Promise<StoredPatientRecord[]> {
    const records = await this.model
      .find({ patient_id: { $eq: patientId } })
      .lean<StoredPatientRecord[]>()
      .exec();
    return records.map((record) => this.open(record, patientId));
  }

  /**
   * Writes an import's records in one ordered bulk write, each marked with the import that
   * wrote it: new ones are inserted (the unique index refuses a concurrent duplicate), changed
   * ones replaced by their key.
   */
  async writeAll(patientId: string, records: RecordWrites, importId: string, importedAt: Date): Promise<void> {
    const stamp = (record: RecordToWrite) => ({
      ...this.seal(record, patientId),
      patient_id: patientId,
      import_id: importId,
      imported_at: importedAt,
    });
    const operations: AnyBulkWriteOperation<PatientRecord>[] = [
      ...records.created.map((record) => ({ insertOne: { document: stamp(record) } })),
      ...records.updated.map((record) => ({
        replaceOne: {
          filter: keyFilter(patientId, record.resource_type, record.source_id),
          replacement: stamp(record),
          upsert: true,
        },
      })),
    ];
    if (operations.length > 0) await this.model.bulkWrite(operations, { ordered: true });
  }

  /** The records an import wrote, for undoing it. */
  writtenBy(
    patientId: string,
    importId: string,
  ): Promise<Array<Pick<StoredPatientRecord, '_id' | 'resource_type' | 'source_id'>>> {
    return this.model
      .find({ patient_id: { $eq: patientId }, import_id: { $eq: importId } }, { resource_type: 1, source_id: 1 })
      .lean<Array<Pick<StoredPatientRecord, '_id' | 'resource_type' | 'source_id'>>>()
      .exec();
  }

  /**
   * Undoes one record of a failed import: back to its earlier version, or removed when the
   * import created it. Guarded by the import id, so a concurrent import's write is left alone.
   */
  async revert(
    importId: string,
    written: Pick<StoredPatientRecord, '_id'>,
    previous: StoredPatientRecord | undefined,
  ): Promise<void> {
    const filter = { _id: written._id, import_id: { $eq: importId } };
    if (previous === undefined) await this.model.deleteOne(filter).exec();
    else await this.model.replaceOne(filter, this.seal(previous, previous.patient_id)).exec();
  }

  /** The patient's records within the date range, newest first, decrypted. */
  async findCandidates(query: CandidateQuery): Promise<CandidateRecord[]> {
    const filter: QueryFilter<PatientRecord> = { patient_id: { $eq: query.patientId } };
    if (query.dateRange) filter.date = { $gte: query.dateRange.from, $lt: query.dateRange.to };
    const projection: Record<string, 1> = { resource_type: 1, date: 1, text: 1, note_text: 1 };
    if (query.withEmbeddings) Object.assign(projection, { embedding: 1, embedding_model: 1 });
    const candidates = await this.model
      .find(filter, projection)
      .sort({ date: -1, _id: -1 })
      .limit(query.limit)
      .lean<CandidateRecord[]>()
      .exec();
    return candidates.map((record) => this.open(record, query.patientId));
  }

  /** Erasure: every record of the patient; returns how many. */
  async deleteByPatient(patientId: string): Promise<number> {
    return (await this.model.deleteMany({ patient_id: { $eq: patientId } }).exec()).deletedCount;
  }

  /** Export: the patient's records by date, decrypted one at a time from a cursor (no embeddings). */
  async *streamByPatient(patientId: string): AsyncGenerator<StoredPatientRecord> {
    const cursor = this.model
      .find({ patient_id: { $eq: patientId } }, { embedding: 0 })
      .sort({ date: 1, _id: 1 })
      .lean<StoredPatientRecord[]>()
      .cursor();
    for await (const record of cursor) yield this.open(record as StoredPatientRecord, patientId);
  }

  /** Stored records per resource type: of one patient, or of everyone. */
  async countByType(patientId?: string): Promise<Record<string, number>> {
    const match = patientId === undefined ? {} : { patient_id: { $eq: patientId } };
    const groups = await this.model
      .aggregate<{ _id: string; count: number }>([
        { $match: match },
        { $group: { _id: '$resource_type', count: { $sum: 1 } } },
        { $sort: { _id: 1 } },
      ])
      .exec();
    return Object.fromEntries(groups.map((group) => [group._id, group.count]));
  }

  private seal<T extends Pick<PatientRecord, 'text' | 'note_text' | 'codes'>>(record: T, patientId: string): T {
    if (!this.cipher.enabled) return record;
    return {
      ...record,
      text: this.cipher.encrypt(record.text, recordContext('text', patientId)),
      note_text: this.cipher.encryptOptional(record.note_text, recordContext('note_text', patientId)),
      codes: record.codes?.map((code) => ({
        ...code,
        display: this.cipher.encryptOptional(code.display, recordContext('codes.display', patientId)),
      })),
    };
  }

  private open<T extends Partial<Pick<PatientRecord, 'text' | 'note_text' | 'codes'>>>(
    record: T,
    patientId: string,
  ): T {
    return {
      ...record,
      ...(record.text === undefined
        ? {}
        : { text: this.cipher.decrypt(record.text, recordContext('text', patientId)) }),
      ...(record.note_text === undefined
        ? {}
        : { note_text: this.cipher.decryptOptional(record.note_text, recordContext('note_text', patientId)) }),
      ...(record.codes === undefined
        ? {}
        : {
            codes: record.codes.map((code) => ({
              ...code,
              display: this.cipher.decryptOptional(code.display, recordContext('codes.display', patientId)),
            })),
          }),
    };
  }
}

function recordContext(field: string, patientId: string): string {
  return `patient_records.${field}:${patientId}`;
}

function keyFilter(patientId: string, resourceType: string, sourceId: string): QueryFilter<PatientRecord> {
  return { patient_id: { $eq: patientId }, resource_type: { $eq: resourceType }, source_id: { $eq: sourceId } };
}
