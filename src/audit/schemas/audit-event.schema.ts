import { Prop, Schema, SchemaFactory } from '@nestjs/mongoose';
import { Schema as MongooseSchema, type Types } from 'mongoose';
import {
  AUDIT_ACTIONS,
  AUDIT_OUTCOMES,
  type AuditAction,
  type AuditActor,
  type AuditDetails,
  type AuditOutcome,
} from '../audit-event.js';

export const AUDIT_EVENT_MODEL = 'AuditEvent';

/** One audited action: who, what, when, in which request, with which outcome. Append-only. */
@Schema({ collection: 'audit_events', versionKey: false, minimize: false })
export class AuditEvent {
  @Prop({ type: Date, required: true })
  at!: Date;

  @Prop({ type: String, required: true, enum: AUDIT_ACTIONS })
  action!: AuditAction;

  @Prop({ type: String, required: true, enum: AUDIT_OUTCOMES })
  outcome!: AuditOutcome;

  @Prop({ type: MongooseSchema.Types.Mixed, required: true })
  actor!: AuditActor;

  @Prop({ type: String, default: null })
  patient_id!: string | null;

  /** The X-Request-ID of the request it happened in; null outside requests (CLI, jobs). */
  @Prop({ type: String, default: null })
  request_id!: string | null;

  @Prop({ type: String, default: null })
  client_ip!: string | null;

  @Prop({ type: MongooseSchema.Types.Mixed, default: {} })
  targets!: Record<string, string>;

  @Prop({ type: MongooseSchema.Types.Mixed, default: {} })
  details!: AuditDetails;

  /** AUDIT_RETENTION_DAYS after `at`: the TTL index removes the event then. */
  @Prop({ type: Date, required: true })
  expires_at!: Date;
}

export type StoredAuditEvent = AuditEvent & { _id: Types.ObjectId };

export const AuditEventSchema = SchemaFactory.createForClass(AuditEvent);
AuditEventSchema.index({ at: -1, _id: -1 });
AuditEventSchema.index({ patient_id: 1, at: -1 });
AuditEventSchema.index({ action: 1, at: -1 });
AuditEventSchema.index({ expires_at: 1 }, { expireAfterSeconds: 0 });
