import { Prop, Schema, SchemaFactory } from '@nestjs/mongoose';
import type { Types } from 'mongoose';

export const CONSULTATION_MODEL = 'Consultation';

/**
 * A patient's consultation (one sign-in session) as the "previous consults" list shows it: its
 * title and when it began. Counts and the last message time are read from `conversations`, so a
 * purge or a deleted exchange can never leave them stale. Guests have none: they cannot list.
 */
@Schema({ collection: 'consultations', versionKey: false })
export class Consultation {
  @Prop({ type: String, required: true })
  session_id!: string;

  @Prop({ type: String, required: true })
  patient_id!: string;

  /** Encrypted at rest like the message it is cut from (FieldCipher). */
  @Prop({ type: String, required: true })
  title!: string;

  @Prop({ type: Date, required: true })
  started_at!: Date;
}

export type StoredConsultation = Consultation & { _id: Types.ObjectId };

export const ConsultationSchema = SchemaFactory.createForClass(Consultation);
ConsultationSchema.index({ session_id: 1 }, { unique: true });
ConsultationSchema.index({ patient_id: 1, started_at: -1, _id: -1 });
