import { Prop, Schema, SchemaFactory } from '@nestjs/mongoose';
import type { HydratedDocument } from 'mongoose';
import { UPLOAD_KINDS, type UploadKind } from '../upload-kind.js';

export const UPLOAD_MODEL = 'Upload';

/**
 * One stored file: who owns it, what it is, and where its bytes are. Written only once the
 * bytes are completely stored and checked, so a refused or interrupted upload has no row.
 */
@Schema({ collection: 'uploads', versionKey: false })
export class Upload {
  /** Public id (a UUID); never the storage key. */
  @Prop({ type: String, required: true, unique: true })
  file_id!: string;

  /** null for a guest, whose uploads belong to the session instead. */
  @Prop({ type: String, default: null })
  owner_patient_id!: string | null;

  @Prop({ type: String, required: true })
  owner_session_id!: string;

  @Prop({ type: String, required: true, enum: UPLOAD_KINDS })
  kind!: UploadKind;

  /** The client's name for the file, sanitized; metadata only, never a path. */
  @Prop({ type: String, required: true })
  filename!: string;

  /** The accepted type the extension, declaration and content agreed on. */
  @Prop({ type: String, required: true })
  mime_type!: string;

  @Prop({ type: Number, required: true })
  size_bytes!: number;

  @Prop({ type: String, required: true })
  sha256!: string;

  /** The random key the storage backend knows the bytes by. */
  @Prop({ type: String, required: true })
  storage_key!: string;

  /** `disk` or `gridfs`: which backend holds the bytes. */
  @Prop({ type: String, required: true })
  storage_backend!: string;

  @Prop({ type: Date, required: true })
  created_at!: Date;
}

export type UploadDocument = HydratedDocument<Upload>;

export const UploadSchema = SchemaFactory.createForClass(Upload);
UploadSchema.index({ owner_patient_id: 1, created_at: -1 });
UploadSchema.index({ created_at: 1 });
UploadSchema.index({ storage_key: 1 });
