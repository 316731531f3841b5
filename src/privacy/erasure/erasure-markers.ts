import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import type { Model } from 'mongoose';
import {
  PRIVACY_ERASURE_MODEL,
  type PrivacyErasure,
  type StoredPrivacyErasure,
} from '../schemas/privacy-erasure.schema.js';

/** The `privacy_erasures` collection: open, count into, close and find unfinished markers. */
@Injectable()
export class ErasureMarkers {
  constructor(@InjectModel(PRIVACY_ERASURE_MODEL) private readonly model: Model<PrivacyErasure>) {}

  /** The patient's unfinished marker, or a new one: two requests at once share one marker. */
  async open(patientId: string, requestedBy: string, now = new Date()): Promise<StoredPrivacyErasure> {
    return this.model
      .findOneAndUpdate(
        { patient_id: { $eq: patientId }, state: 'pending' },
        {
          $setOnInsert: {
            erasure_id: randomUUID(),
            patient_id: patientId,
            state: 'pending',
            requested_by: requestedBy,
            requested_at: now,
            completed_at: null,
            counts: {},
          },
        },
        { upsert: true, returnDocument: 'after' },
      )
      .lean<StoredPrivacyErasure>()
      .orFail()
      .exec();
  }

  async count(marker: StoredPrivacyErasure, counts: Record<string, number>): Promise<void> {
    const increments = Object.fromEntries(Object.entries(counts).map(([name, value]) => [`counts.${name}`, value]));
    await this.model.updateOne({ _id: marker._id }, { $inc: increments }).exec();
  }

  /** Closes the marker and forgets whose it was; null when another run closed it first. */
  close(marker: StoredPrivacyErasure, now = new Date()): Promise<StoredPrivacyErasure | null> {
    return this.model
      .findOneAndUpdate(
        { _id: marker._id, state: 'pending' },
        { $set: { state: 'done', completed_at: now, patient_id: null } },
        { returnDocument: 'after' },
      )
      .lean<StoredPrivacyErasure>()
      .exec();
  }

  /** Markers still pending since before `before`: their erasure stopped part-way. */
  findUnfinished(before: Date, limit: number): Promise<StoredPrivacyErasure[]> {
    return this.model
      .find({ state: 'pending', requested_at: { $lt: before } })
      .sort({ requested_at: 1 })
      .limit(limit)
      .lean<StoredPrivacyErasure[]>()
      .exec();
  }
}
