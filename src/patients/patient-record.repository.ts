import { Injectable } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import { type Model, Types, type mongo } from 'mongoose';
import type { PatientRecordDraft } from './fhir/index.js';
import { patientRecordDocument, type PatientRecordDocument } from './schemas/patient-record-document.js';
import { PATIENT_RECORD_MODEL, type PatientRecord, type StoredPatientRecord } from './schemas/patient-record.schema.js';
import { PatientRecordStatsRepository } from './search-index/patient-record-stats.repository.js';
import { PatientRecordSealer } from './patient-record-sealer.js';
import { RecordGroupRepository, type GroupedRecord } from './search-index/record-group.repository.js';

/** A record as an import writes it: the draft plus, when configured, its embedding. */
export interface RecordToWrite extends PatientRecordDraft {
  embedding?: number[];
  embedding_model?: string;
  /** A changed record's stored id, which its new version keeps. */
  _id?: Types.ObjectId;
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

/**
 * The `patient_records` collection. Every read and write names the patient in the filter
 * itself (with `$eq`, so no value can act as an operator): no query can reach another
 * patient's records and be narrowed afterwards.
 *
 * Every record is written through PatientRecordSealer (search terms derived, narratives and
 * code names encrypted when DATA_ENCRYPTION_KEY is set) and read back through it, decrypted.
 * Retrieval's reads are RankedRecordRepository's.
 */
@Injectable()
export class PatientRecordRepository {
  constructor(
    @InjectModel(PATIENT_RECORD_MODEL) private readonly model: Model<PatientRecord>,
    private readonly sealer: PatientRecordSealer,
    private readonly stats: PatientRecordStatsRepository,
    private readonly groups: RecordGroupRepository,
  ) {}

  /** Every stored record of the patient, in full: an import's view of what is already there. */
  async findAllOf(patientId: string): Promise<StoredPatientRecord[]> {
    const records = await this.model
      .find({ patient_id: { $eq: patientId } })
      .lean<StoredPatientRecord[]>()
      .exec();
    return records.map((record) => this.sealer.open(record, patientId));
  }

  /**
   * Writes an import's records in ordered bulk writes of WRITE_BATCH, each marked with the import that
   * wrote it: new ones are inserted (the unique index refuses a concurrent duplicate), changed
   * ones replaced by their key. Returns the written records' term statistics and groups
   * (created, then updated), for the search index.
   *
   * Through the driver, as plain documents checked by patientRecordDocument: Mongoose's document
   * building and casting of each record was most of a long record's import. A record refused
   * (by that check or by the database) fails the write after the batches before it: the
   * importer's undo removes what they wrote, as it did for an ordered bulk write stopped midway.
   */
  async writeAll(
    patientId: string,
    records: RecordWrites,
    importId: string,
    importedAt: Date,
  ): Promise<GroupedRecord[]> {
    const written: GroupedRecord[] = [];
    const seal = this.sealer.sealerFor(patientId);
    // The id is chosen here (a changed record keeps its stored one), so its group knows it.
    const stamp = ({ _id: id, ...record }: RecordToWrite, _id: Types.ObjectId, withId: boolean) => {
      const sealed = seal(record);
      const { terms, term_stats, lexicon, wording } = sealed;
      written.push({
        _id,
        date: record.date,
        wording,
        terms,
        term_stats,
        lexicon,
        resource_type: record.resource_type,
      });
      return patientRecordDocument({
        ...(withId ? { _id } : {}),
        ...sealed,
        patient_id: patientId,
        import_id: importId,
        imported_at: importedAt,
      });
    };
    const operation = (source: {
      record: RecordToWrite;
      created: boolean;
    }): mongo.AnyBulkWriteOperation<PatientRecordDocument> => {
      const { record, created } = source;
      if (created) return { insertOne: { document: stamp(record, new Types.ObjectId(), true) } };
      return {
        replaceOne: {
          filter: {
            patient_id: { $eq: patientId },
            resource_type: { $eq: record.resource_type },
            source_id: { $eq: record.source_id },
          },
          replacement: stamp(record, record._id ?? new Types.ObjectId(), false),
          upsert: true,
        },
      };
    };
    const sources = [
      ...records.created.map((record) => ({ record, created: true })),
      ...records.updated.map((record) => ({ record, created: false })),
    ];
    const collection = this.model.collection as unknown as mongo.Collection<PatientRecordDocument>;
    // Batches sealed while the previous one is written: the database works beside the sealing
    // (term derivation and encryption, the import's own CPU) instead of after all of it. One
    // write in flight at a time, in order, so the writes stay ordered as one bulk write was.
    let inFlight: Promise<unknown> | undefined;
    try {
      for (let start = 0; start < sources.length; start += WRITE_BATCH) {
        const operations: mongo.AnyBulkWriteOperation<PatientRecordDocument>[] = [];
        for (const source of sources.slice(start, start + WRITE_BATCH)) {
          operations.push(operation(source));
          // Lets the driver send the batch in flight and read its answer meanwhile.
          if (operations.length % YIELD_EVERY === 0) await yieldToEventLoop();
        }
        await inFlight;
        inFlight = collection.bulkWrite(operations, { ordered: true });
      }
      await inFlight;
    } catch (error) {
      // A batch refused while another is in flight: the importer's undo must see what it writes.
      await inFlight?.catch(() => undefined);
      throw error;
    }
    return written;
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
    else await this.model.replaceOne(filter, this.sealer.seal(previous, previous.patient_id)).exec();
  }

  /** Erasure: every record of the patient; returns how many. */
  async deleteByPatient(patientId: string): Promise<number> {
    const deleted = (await this.model.deleteMany({ patient_id: { $eq: patientId } }).exec()).deletedCount;
    // The statistics and groups derived from them go with them.
    await this.stats.delete(patientId);
    await this.groups.delete(patientId);
    return deleted;
  }

  /** Export: the patient's records by date, decrypted one at a time from a cursor (no embeddings). */
  async *streamByPatient(patientId: string): AsyncGenerator<StoredPatientRecord> {
    const cursor = this.model
      .find({ patient_id: { $eq: patientId } }, { embedding: 0, ...DERIVED_FIELDS_OFF })
      .sort({ date: 1, _id: 1 })
      .lean<StoredPatientRecord[]>()
      .cursor();
    for await (const record of cursor) yield this.sealer.open(record as StoredPatientRecord, patientId);
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
}

/** Records per bulk write: sealing one batch takes about as long as the database writing the last. */
const WRITE_BATCH = 1000;

/** Records sealed between two turns of the event loop while a batch is in flight. */
const YIELD_EVERY = 100;

function yieldToEventLoop(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}

/** Derived for retrieval, meaningless to a person: not exported. */
const DERIVED_FIELDS_OFF = { terms: 0, term_stats: 0, wording: 0, lexicon: 0, terms_version: 0 } as const;
