import { Prop, Schema, SchemaFactory } from '@nestjs/mongoose';
import { Schema as MongooseSchema, type Types } from 'mongoose';

export const PRIVACY_ERASURE_MODEL = 'PrivacyErasure';

export const ERASURE_STATES = ['pending', 'done'] as const;
export type ErasureState = (typeof ERASURE_STATES)[number];

/**
 * The marker of one erasure, written before anything is deleted: while it is `pending` it names
 * the patient, so a crash part-way leaves a note the scheduler finishes from. Once `done` the
 * patient id is dropped from it: what remains says an erasure happened and what it counted
 * (the audit event of the same `erasure_id` says whose).
 */
@Schema({ collection: 'privacy_erasures', versionKey: false, minimize: false })
export class PrivacyErasure {
  @Prop({ type: String, required: true, unique: true })
  erasure_id!: string;

  /** null once done. */
  @Prop({ type: String, default: null })
  patient_id!: string | null;

  @Prop({ type: String, required: true, enum: ERASURE_STATES })
  state!: ErasureState;

  /** `patient` (DELETE /api/me) or `admin`. */
  @Prop({ type: String, required: true })
  requested_by!: string;

  @Prop({ type: Date, required: true })
  requested_at!: Date;

  @Prop({ type: Date, default: null })
  completed_at!: Date | null;

  /** What each run removed, added up across runs. */
  @Prop({ type: MongooseSchema.Types.Mixed, default: {} })
  counts!: Record<string, number>;
}

export type StoredPrivacyErasure = PrivacyErasure & { _id: Types.ObjectId };

export const PrivacyErasureSchema = SchemaFactory.createForClass(PrivacyErasure);
PrivacyErasureSchema.index({ patient_id: 1, state: 1 });
PrivacyErasureSchema.index({ state: 1, requested_at: 1 });
