import { Prop, Schema, SchemaFactory } from '@nestjs/mongoose';
import type { HydratedDocument } from 'mongoose';
import { SESSION_ROLES, type SessionRole } from '../session-role.js';

/**
 * One sign-in. The access token names it (`sid`); the token is honoured only while the session
 * is active and not past `expires_at`, which every authenticated request pushes forward.
 */
@Schema({ collection: 'sessions', timestamps: { createdAt: 'created_at', updatedAt: false }, versionKey: false })
export class Session {
  @Prop({ type: String, required: true, unique: true })
  session_id!: string;

  /** null for guests. */
  @Prop({ type: String, default: null, index: true })
  patient_id!: string | null;

  @Prop({ type: String, required: true, enum: SESSION_ROLES })
  role!: SessionRole;

  @Prop({ type: Boolean, required: true, default: true })
  active!: boolean;

  /** MongoDB removes the document once this passes (TTL index below); reads check it too. */
  @Prop({ type: Date, required: true })
  expires_at!: Date;

  @Prop({ type: Date, required: true })
  last_activity_at!: Date;

  /** Chat shows the model only turns after this instant; null until the patient clears the context. */
  @Prop({ type: Date, default: null })
  context_cleared_at!: Date | null;

  /** When the session was signed out (or revoked by a password change). */
  @Prop({ type: Date, default: null })
  ended_at!: Date | null;

  created_at!: Date;
}

export type SessionDocument = HydratedDocument<Session>;
export const SessionSchema = SchemaFactory.createForClass(Session);
SessionSchema.index({ expires_at: 1 }, { expireAfterSeconds: 0 });
