import { Injectable } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import type { Model } from 'mongoose';
import { ownerFilter, type UploadOwner } from './upload-owner.js';
import { UPLOAD_MODEL, type Upload } from './schemas/upload.schema.js';

/** An upload's metadata as read back (lean). */
export type UploadRecord = Upload;

/** The `uploads` collection. Reads for a caller always filter by owner in the query itself. */
@Injectable()
export class UploadRepository {
  constructor(@InjectModel(UPLOAD_MODEL) private readonly model: Model<Upload>) {}

  async insert(record: UploadRecord): Promise<UploadRecord> {
    const created = await this.model.create(record);
    const { _id: _ignored, ...stored } = created.toObject();
    return stored as UploadRecord;
  }

  findOwned(owner: UploadOwner, fileId: string): Promise<UploadRecord | null> {
    return this.model
      .findOne({ file_id: { $eq: fileId }, ...ownerFilter(owner) }, { _id: 0 })
      .lean<UploadRecord>()
      .exec();
  }

  /** Removes the caller's record; returns it (for its storage key), or null when it was not theirs. */
  deleteOwned(owner: UploadOwner, fileId: string): Promise<UploadRecord | null> {
    return this.model
      .findOneAndDelete({ file_id: { $eq: fileId }, ...ownerFilter(owner) }, { projection: { _id: 0 } })
      .lean<UploadRecord>()
      .exec();
  }

  /** Up to `limit` records created before `before`, oldest first. */
  findCreatedBefore(before: Date, limit: number): Promise<UploadRecord[]> {
    return this.model
      .find({ created_at: { $lt: before } }, { _id: 0 })
      .sort({ created_at: 1 })
      .limit(limit)
      .lean<UploadRecord[]>()
      .exec();
  }

  /** The next `limit` records in (created_at, file_id) order after `after`: a full sweep in batches. */
  findPage(after: { createdAt: Date; fileId: string } | undefined, limit: number): Promise<UploadRecord[]> {
    const filter = after
      ? {
          $or: [
            { created_at: { $gt: after.createdAt } },
            { created_at: after.createdAt, file_id: { $gt: after.fileId } },
          ],
        }
      : {};
    return this.model
      .find(filter, { _id: 0 })
      .sort({ created_at: 1, file_id: 1 })
      .limit(limit)
      .lean<UploadRecord[]>()
      .exec();
  }

  /** Which of these storage keys some record still names. */
  async keysInUse(keys: readonly string[]): Promise<Set<string>> {
    if (keys.length === 0) return new Set();
    const rows = await this.model
      .find({ storage_key: { $in: keys } }, { _id: 0, storage_key: 1 })
      .lean<Array<{ storage_key: string }>>()
      .exec();
    return new Set(rows.map((row) => row.storage_key));
  }

  /** Up to `limit` of the patient's records, oldest first: erasure takes them batch by batch. */
  findByPatient(patientId: string, limit: number): Promise<UploadRecord[]> {
    return this.model
      .find({ owner_patient_id: { $eq: patientId } }, { _id: 0 })
      .sort({ created_at: 1, file_id: 1 })
      .limit(limit)
      .lean<UploadRecord[]>()
      .exec();
  }

  /** Export: the patient's records oldest first, from a cursor. */
  async *streamByPatient(patientId: string): AsyncGenerator<UploadRecord> {
    yield* this.model
      .find({ owner_patient_id: { $eq: patientId } }, { _id: 0 })
      .sort({ created_at: 1, file_id: 1 })
      .lean<UploadRecord[]>()
      .cursor() as AsyncIterable<UploadRecord>;
  }

  /** How many files are stored, for the operator statistics. */
  count(): Promise<number> {
    return this.model.countDocuments({}).exec();
  }

  async deleteByFileId(fileId: string): Promise<boolean> {
    return (await this.model.deleteOne({ file_id: { $eq: fileId } }).exec()).deletedCount > 0;
  }
}
