import { Injectable } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import type { Db, Document, Filter } from 'mongodb';
import type { Model, Types } from 'mongoose';
import { findInOneReply } from '../../common/mongo/find-in-one-reply.js';
import type { DayRange } from '../patient-record.repository.js';
import { PatientRecordSealer } from '../patient-record-sealer.js';
import {
  PATIENT_RECORD_MODEL,
  type PatientRecord,
  type StoredPatientRecord,
} from '../schemas/patient-record.schema.js';
import type { RecordLexicon } from './record-lexicon.js';
import { RecordGroupRepository, type RecordGroup } from './record-group.repository.js';
import { termGroupsOf, type TermGroup } from './term-groups.js';

export type { GroupMember, TermGroup } from './term-groups.js';

/**
 * What ranking reads of a record before choosing: no narrative, so nothing is decrypted for
 * the records that are not chosen. The embedding only when asked for.
 */
export type RankedRecord = Pick<
  StoredPatientRecord,
  '_id' | 'resource_type' | 'date' | 'terms' | 'term_stats' | 'wording' | 'embedding' | 'embedding_model'
>;

/** A chosen record, decrypted: what a question's answer cites. */
export type RecordNarrative = Pick<StoredPatientRecord, '_id' | 'resource_type' | 'date' | 'text'>;

export interface TermMatchQuery {
  patientId: string;
  /** Hashed terms (RecordTermHasher); a record holding any of them is selected. */
  terms: string[];
  /** Only the records of this period are read; those outside it are counted. */
  period?: DayRange;
  /**
   * Most members returned per group, the newest: a group is one document of the result, which
   * MongoDB caps at 16 MB (a daily weight over years is one group). Its `count` stays exact.
   */
  memberLimit: number;
}

/** A record whose terms are derived again, decrypted, with the import that wrote its version. */
export type UnindexedRecord = Pick<StoredPatientRecord, '_id' | 'text' | 'note_text' | 'import_id'>;

/** A record's stored embedding and the model that made it. */
export type RecordEmbedding = Pick<StoredPatientRecord, '_id' | 'embedding' | 'embedding_model'>;

export interface NewestQuery {
  patientId: string;
  dateRange?: DayRange;
  /** Only these resource types, when given. */
  resourceTypes?: string[];
  /** Continue after this record (the last of the previous page). */
  after?: { date: string; _id: Types.ObjectId };
  limit: number;
  withEmbeddings: boolean;
  /**
   * Whether the records' terms and term statistics are read (unless false). Ranking scores
   * term matches from their groups and reads none of a newest record's: its candidates go
   * without them, a third to a half of each record's bytes.
   */
  withTerms?: boolean;
}

/**
 * Retrieval's reads of `patient_records`: records selected by a question's hashed terms (the
 * `{patient_id, terms}` index) or newest first (the `{patient_id, date}` and `{patient_id,
 * resource_type, ...}` indexes), read without their narratives; then the narratives of the few
 * chosen, decrypted. Like every read of the collection, each names the patient with `$eq`.
 */
@Injectable()
export class RankedRecordRepository {
  constructor(
    @InjectModel(PATIENT_RECORD_MODEL) private readonly model: Model<PatientRecord>,
    private readonly sealer: PatientRecordSealer,
    private readonly groups: RecordGroupRepository,
  ) {}

  /**
   * Every record of the patient holding one of the terms, by group (see TermGroup), from the
   * kept record groups (RecordGroupRepository): one indexed read of the groups holding a term,
   * each with its statistics once and an id, a day and a wording key per member; members
   * outside the period are only counted.
   */
  async findTermGroups(query: TermMatchQuery): Promise<TermGroup[]> {
    return termGroupsOf(await this.groups.holding(query.patientId, query.terms), query.period, query.memberLimit);
  }

  /** The stored embeddings of the given records of the patient (the id alone is not trusted). */
  findEmbeddings(patientId: string, ids: Types.ObjectId[]): Promise<RecordEmbedding[]> {
    return this.findOwn<RecordEmbedding>(patientId, ids, { embedding: 1, embedding_model: 1 });
  }

  /** The patient's newest records (of the given types, within the date range), as ranking reads them. */
  findNewest(query: NewestQuery): Promise<RankedRecord[]> {
    const filter: Filter<Document> = { patient_id: { $eq: query.patientId } };
    if (query.resourceTypes) filter.resource_type = { $in: query.resourceTypes };
    const dates: Record<string, string> = {};
    if (query.dateRange) Object.assign(dates, { $gte: query.dateRange.from, $lt: query.dateRange.to });
    if (query.after) {
      const { date, _id } = query.after;
      filter.$or = [{ date: { $lt: date } }, { date: { $eq: date }, _id: { $lt: _id } }];
      // The same bound as a range, so the date index starts the page at the cursor.
      dates.$lte = date;
    }
    if (Object.keys(dates).length > 0) filter.date = dates;
    return this.findInOneReply<RankedRecord>(filter, {
      sort: { date: -1, _id: -1 },
      limit: query.limit,
      projection: rankedProjection(query),
    });
  }

  /** The chosen records' narratives, decrypted; only the patient's own (the id alone is not trusted). */
  async findNarratives(patientId: string, ids: Types.ObjectId[]): Promise<RecordNarrative[]> {
    const records = await this.findOwn<RecordNarrative>(patientId, ids, { resource_type: 1, date: 1, text: 1 });
    return records.map((record) => this.sealer.open(record, patientId));
  }

  /** The given records, only those of the patient: a record id from a ranking is not trusted alone. */
  private findOwn<T extends Document>(
    patientId: string,
    ids: Types.ObjectId[],
    projection: Record<string, 1>,
  ): Promise<T[]> {
    return this.findInOneReply<T>({ patient_id: { $eq: patientId }, _id: { $in: ids } }, { projection });
  }

  /**
   * A read of a question's, as one find command (see findInOneReply): several per question,
   * each through Mongoose's query and the driver's cursor cost about as much client CPU as the
   * round trip. The filters are built here of the stored types (ids as ObjectIds, days as
   * strings), so Mongoose's casting has nothing to do.
   */
  private findInOneReply<T extends Document>(
    filter: Filter<Document>,
    read: { sort?: Document; limit?: number; projection: Document },
  ): Promise<T[]> {
    return findInOneReply<T>(
      this.model.db.db as unknown as Db,
      this.model.collection.collectionName,
      filter as Filter<T>,
      read,
    );
  }

  /**
   * The patient's records whose terms were derived by another version (or never), decrypted,
   * a page at a time, with the import that wrote each version: what RecordSearchIndex derives
   * again.
   */
  async *streamUnindexed(patientId: string, version: string): AsyncGenerator<UnindexedRecord> {
    const cursor = this.model
      .find(
        { patient_id: { $eq: patientId }, terms_version: { $ne: version } },
        { text: 1, note_text: 1, import_id: 1 },
      )
      .lean<UnindexedRecord[]>()
      .cursor();
    for await (const record of cursor) yield this.sealer.open(record, patientId);
  }

  /**
   * Stores records' derived terms (see streamUnindexed), each only over the version its terms
   * were derived from: not once an import replaced the record meanwhile (or its undo put an
   * earlier version back), which carries another import's id, nor over terms of the current
   * version. Such a record keeps the terms its writer derived from its own text.
   */
  async storeLexicons(updates: Array<{ record: UnindexedRecord; lexicon: RecordLexicon }>): Promise<void> {
    if (updates.length === 0) return;
    const version = this.sealer.termsVersion;
    await this.model.bulkWrite(
      updates.map(({ record: { _id, import_id }, lexicon }) => ({
        updateOne: {
          filter: { _id, import_id: { $eq: import_id }, terms_version: { $ne: version } },
          update: { $set: { ...lexicon, terms_version: version } },
        },
      })),
      { ordered: false },
    );
  }

  /** The patient's record groups (see PatientRecordGroup), counted over their records. */
  countGroups(patientId: string): Promise<RecordGroup[]> {
    return this.model
      .aggregate<RecordGroup>([
        { $match: { patient_id: { $eq: patientId } } },
        {
          $group: {
            _id: { lexicon: '$lexicon', resource_type: '$resource_type' },
            terms: { $first: '$terms' },
            term_stats: { $first: '$term_stats' },
            count: { $sum: 1 },
            members: { $push: { _id: '$_id', date: '$date', wording: '$wording' } },
          },
        },
        {
          $project: {
            _id: 0,
            lexicon: '$_id.lexicon',
            resource_type: '$_id.resource_type',
            terms: 1,
            term_stats: 1,
            count: 1,
            members: 1,
          },
        },
      ])
      .exec();
  }

  /** The corpus totals BM25 needs, counted over the patient's records. */
  async corpusTotals(
    patientId: string,
  ): Promise<{ records: number; text_length: number; notes: number; note_length: number }> {
    const [totals] = await this.model
      .aggregate<{ records: number; text_length: number; notes: number; note_length: number }>([
        { $match: { patient_id: { $eq: patientId } } },
        {
          $group: {
            _id: null,
            records: { $sum: 1 },
            text_length: { $sum: '$term_stats.text_length' },
            // Not `$gt: [..., null]`: the embedded server's comparison (mingo) finds no number above null.
            notes: { $sum: { $cond: [{ $isNumber: '$term_stats.note_length' }, 1, 0] } },
            note_length: { $sum: '$term_stats.note_length' },
          },
        },
        { $project: { _id: 0 } },
      ])
      .exec();
    return totals ?? { records: 0, text_length: 0, notes: 0, note_length: 0 };
  }
}

function rankedProjection(query: { withEmbeddings: boolean; withTerms?: boolean }): Record<string, 1> {
  const projection: Record<string, 1> = { resource_type: 1, date: 1, wording: 1 };
  if (query.withTerms !== false) Object.assign(projection, { terms: 1, term_stats: 1 });
  if (query.withEmbeddings) Object.assign(projection, { embedding: 1, embedding_model: 1 });
  return projection;
}
