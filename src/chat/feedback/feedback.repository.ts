import { Injectable } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import type { Db } from 'mongodb';
import type { Model, QueryFilter } from 'mongoose';
import { FieldCipher } from '../../common/encryption/field-cipher.js';
import { findInOneReply } from '../../common/mongo/find-in-one-reply.js';
import type { HistoryCursor } from '../history-cursor.js';
import {
  FEEDBACK_MODEL,
  type Feedback,
  type FeedbackRating,
  type FeedbackReason,
  type StoredFeedback,
} from './feedback.schema.js';

export interface FeedbackOwner {
  messageId: string;
  sessionId: string;
  patientId: string | null;
}

export interface FeedbackInput {
  rating: FeedbackRating;
  reasons: FeedbackReason[];
  comment: string | null;
}

export interface FeedbackSearch {
  rating?: FeedbackRating;
  reason?: FeedbackReason;
  since?: Date;
  before?: HistoryCursor;
  limit: number;
}

/** Bound to the answer's owner, as the conversation's own fields are. */
const commentContext = (owner: { patient_id: string | null; session_id: string }) =>
  `feedback.comment:${owner.patient_id ?? `session:${owner.session_id}`}`;

/**
 * The `feedback` collection. Comments are encrypted on the way in and decrypted on the way out.
 * The privacy module erases a patient's feedback through PatientChatData, the statistics count it through ChatStatistics.
 */
@Injectable()
export class FeedbackRepository {
  constructor(
    @InjectModel(FEEDBACK_MODEL) private readonly model: Model<Feedback>,
    private readonly cipher: FieldCipher,
  ) {}

  /** Stores the answer's feedback, replacing any earlier one: one per answer. */
  async put(owner: FeedbackOwner, input: FeedbackInput): Promise<StoredFeedback> {
    const now = new Date();
    const stored = await this.model
      .findOneAndUpdate(
        { message_id: { $eq: owner.messageId } },
        {
          $set: {
            session_id: owner.sessionId,
            patient_id: owner.patientId,
            rating: input.rating,
            reasons: input.reasons,
            comment:
              input.comment === null
                ? null
                : this.cipher.encrypt(
                    input.comment,
                    commentContext({ patient_id: owner.patientId, session_id: owner.sessionId }),
                  ),
            updated_at: now,
          },
          $setOnInsert: { message_id: owner.messageId, created_at: now },
        },
        { upsert: true, returnDocument: 'after' },
      )
      .lean<StoredFeedback>()
      .exec();
    return this.open(stored!);
  }

  /** The feedback on each of these answers that has one, by message id. */
  async findForMessages(messageIds: readonly string[]): Promise<Map<string, StoredFeedback>> {
    if (messageIds.length === 0) return new Map();
    // Every history read asks this: the find command itself, without Mongoose's casting or a
    // driver cursor (see findInOneReply). message_id is unique: at most one per id.
    const found = await findInOneReply<StoredFeedback>(
      this.model.db.db as unknown as Db,
      this.model.collection.collectionName,
      { message_id: { $in: [...messageIds] } },
      { limit: messageIds.length },
    );
    return new Map(found.map((feedback) => [feedback.message_id, this.open(feedback)]));
  }

  /** Newest change first; `limit + 1` are read so the caller knows whether there is another page. */
  async search(query: FeedbackSearch): Promise<StoredFeedback[]> {
    const filter: QueryFilter<Feedback> = {};
    if (query.rating) filter.rating = { $eq: query.rating };
    if (query.reason) filter.reasons = { $eq: query.reason };
    if (query.since) filter.updated_at = { $gte: query.since };
    if (query.before)
      filter.$or = [
        { updated_at: { $lt: query.before.createdAt } },
        { updated_at: query.before.createdAt, _id: { $lt: query.before.id } },
      ];
    const found = await this.model
      .find(filter)
      .sort({ updated_at: -1, _id: -1 })
      .limit(query.limit + 1)
      .lean<StoredFeedback[]>()
      .exec();
    return found.map((feedback) => this.open(feedback));
  }

  async deleteBySession(sessionId: string, patientId: string | null): Promise<number> {
    return (await this.model.deleteMany({ session_id: { $eq: sessionId }, patient_id: { $eq: patientId } }).exec())
      .deletedCount;
  }

  async deleteByPatient(patientId: string): Promise<number> {
    return (await this.model.deleteMany({ patient_id: { $eq: patientId } }).exec()).deletedCount;
  }

  /** For the operator statistics: how many answers were rated each way. */
  async countByRating(): Promise<Record<FeedbackRating, number>> {
    const [helpful, notHelpful] = await Promise.all([
      this.model.countDocuments({ rating: 'helpful' }).exec(),
      this.model.countDocuments({ rating: 'not_helpful' }).exec(),
    ]);
    return { helpful, not_helpful: notHelpful };
  }

  private open(feedback: StoredFeedback): StoredFeedback {
    return { ...feedback, comment: this.cipher.decryptOptional(feedback.comment, commentContext(feedback)) };
  }
}
