import { Prop, Schema, SchemaFactory } from '@nestjs/mongoose';
import type { Types } from 'mongoose';

export const FEEDBACK_MODEL = 'Feedback';

export const FEEDBACK_RATINGS = ['helpful', 'not_helpful'] as const;
export type FeedbackRating = (typeof FEEDBACK_RATINGS)[number];

export const FEEDBACK_REASONS = ['inaccurate', 'unsafe', 'not_relevant', 'unclear', 'other'] as const;
export type FeedbackReason = (typeof FEEDBACK_REASONS)[number];

/** A patient's (or guest's) rating of one answer; a second rating replaces the first. */
@Schema({ collection: 'feedback', versionKey: false })
export class Feedback {
  /** The exchange's `_id` (its `message_id`): one feedback per answer. */
  @Prop({ type: String, required: true })
  message_id!: string;

  @Prop({ type: String, required: true })
  session_id!: string;

  /** null for guests. */
  @Prop({ type: String, default: null })
  patient_id!: string | null;

  @Prop({ type: String, required: true, enum: FEEDBACK_RATINGS })
  rating!: FeedbackRating;

  @Prop({ type: [String], enum: FEEDBACK_REASONS, default: [] })
  reasons!: FeedbackReason[];

  /** Free text the patient may have put health data in: encrypted at rest (FieldCipher). */
  @Prop({ type: String, default: null })
  comment!: string | null;

  @Prop({ type: Date, required: true })
  created_at!: Date;

  @Prop({ type: Date, required: true })
  updated_at!: Date;
}

export type StoredFeedback = Feedback & { _id: Types.ObjectId };

export const FeedbackSchema = SchemaFactory.createForClass(Feedback);
FeedbackSchema.index({ message_id: 1 }, { unique: true });
FeedbackSchema.index({ updated_at: -1, _id: -1 });
FeedbackSchema.index({ patient_id: 1 });
FeedbackSchema.index({ session_id: 1 });
