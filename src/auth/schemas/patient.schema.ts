import { Prop, Schema, SchemaFactory } from '@nestjs/mongoose';
import type { HydratedDocument } from 'mongoose';
import { PATIENT_ID_PATTERN } from '../../common/patient-id.js';

export const PATIENT_ROLES = ['patient'] as const;

/** An account that can sign in. Patients are created by a FHIR import, the CLI or the demo flow. */
@Schema({ collection: 'patients', timestamps: { createdAt: 'created_at', updatedAt: 'updated_at' }, versionKey: false })
export class Patient {
  @Prop({ type: String, required: true, unique: true, match: PATIENT_ID_PATTERN })
  patient_id!: string;

  /** argon2id; null for accounts that may only sign in by id in the demo mode. Never selected unless asked for. */
  @Prop({ type: String, default: null, select: false })
  password_hash!: string | null;

  @Prop({ type: String, required: true })
  display_name!: string;

  /**
   * From the imported Patient, at the precision given ("1980-05-17", "1980-05" or "1980"): record
   * questions dated by age ("the year I turned 40") are read against it. Plain like the name.
   */
  @Prop({ type: String, default: undefined, match: /^\d{4}(-\d{2}(-\d{2})?)?$/ })
  birth_date?: string;

  @Prop({ type: [String], enum: PATIENT_ROLES, default: () => ['patient'] })
  roles!: string[];

  created_at!: Date;
  updated_at!: Date;
}

export type PatientDocument = HydratedDocument<Patient>;
export const PatientSchema = SchemaFactory.createForClass(Patient);
