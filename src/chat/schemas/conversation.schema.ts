import { Prop, Schema, SchemaFactory } from '@nestjs/mongoose';
import { Schema as MongooseSchema, type HydratedDocument, type Types } from 'mongoose';
import { ROLES, type Role } from '../../auth/index.js';
import type { ChatResponseMetadata } from '../../orchestrator/index.js';

export const CONVERSATION_MODEL = 'Conversation';

export const TURN_STATUSES = ['pending', 'completed', 'failed'] as const;
export type TurnStatus = (typeof TURN_STATUSES)[number];

/**
 * Why a turn has no answer. `interrupted`: the process stopped mid-turn (found at start-up);
 * `client_disconnected`: the stream's client left before the answer was done; `capacity`: every
 * LLM slot stayed taken past the queue's limits (the patient can ask again); `quota`: the turn
 * needed the model and the patient had used today's token budget (CHAT_DAILY_TOKEN_BUDGET);
 * `storage_unavailable`: the answer was produced and checked but MongoDB could not store it.
 */
export const FAILURE_REASONS = [
  'dependency_unavailable',
  'capacity',
  'quota',
  'client_disconnected',
  'interrupted',
  'storage_unavailable',
  'internal_error',
] as const;
export type FailureReason = (typeof FAILURE_REASONS)[number];

/** A file attached to the turn, as described when it was resolved (never the bytes). */
@Schema({ _id: false, versionKey: false })
export class StoredAttachment {
  @Prop({ type: String, required: true, enum: ['image', 'audio'] })
  kind!: 'image' | 'audio';

  @Prop({ type: String, required: true })
  file_id!: string;

  @Prop({ type: String, required: true })
  mime_type!: string;

  @Prop({ type: String, required: true })
  filename!: string;
}

const StoredAttachmentSchema = SchemaFactory.createForClass(StoredAttachment);

/**
 * One exchange: what the patient wrote and what the assistant answered. It is inserted
 * `pending` before the model is called, so the patient's message survives any failure.
 */
@Schema({ collection: 'conversations', versionKey: false, minimize: false })
export class Conversation {
  @Prop({ type: String, required: true })
  session_id!: string;

  /** null for guests. */
  @Prop({ type: String, default: null })
  patient_id!: string | null;

  @Prop({ type: String, required: true, enum: ROLES })
  role!: Role;

  @Prop({ type: String, required: true, enum: TURN_STATUSES, default: 'pending' })
  status!: TurnStatus;

  /** What the patient typed; empty when a photo or a recording came without text. */
  @Prop({ type: String, default: '' })
  message!: string;

  @Prop({ type: String, default: null })
  response!: string | null;

  @Prop({ type: String, default: null, enum: [...FAILURE_REASONS, null] })
  failure_reason!: FailureReason | null;

  /** ChatResponseMetadata as the orchestrator returned it; kept as a plain object. */
  @Prop({ type: MongooseSchema.Types.Mixed, default: null })
  metadata!: ChatResponseMetadata | null;

  @Prop({ type: [StoredAttachmentSchema], default: [] })
  attachments!: StoredAttachment[];

  @Prop({ type: Date, required: true })
  created_at!: Date;

  /** When the turn reached its final status, completed or failed; null while pending. */
  @Prop({ type: Date, default: null })
  completed_at!: Date | null;

  /**
   * Whether feedback may exist on this answer, so a history page asks the feedback collection
   * only about answers that may have one. false: none was ever given (written so by every turn
   * since this field exists); true: set before the feedback is stored, and never unset, so it is
   * never false while feedback exists; absent (turns written before): unknown, looked up.
   */
  @Prop({ type: Boolean })
  feedback_given?: boolean;
}

export type ConversationDocument = HydratedDocument<Conversation>;

/** A stored exchange as read back (lean): a plain object with its ObjectId. */
export type StoredTurn = Conversation & { _id: Types.ObjectId };

export const ConversationSchema = SchemaFactory.createForClass(Conversation);
ConversationSchema.index({ session_id: 1, created_at: 1 });
ConversationSchema.index({ patient_id: 1, created_at: 1 });
ConversationSchema.index({ status: 1, created_at: 1 });
