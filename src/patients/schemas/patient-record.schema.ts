import { Prop, Schema, SchemaFactory } from '@nestjs/mongoose';
import type { Types } from 'mongoose';
import type { TermStats } from '../search-index/record-lexicon.js';

export const PATIENT_RECORD_MODEL = 'PatientRecord';

@Schema({ _id: false, versionKey: false })
export class StoredRecordCode {
  @Prop({ type: String, required: true })
  system!: string;

  @Prop({ type: String, required: true })
  code!: string;

  @Prop({ type: String })
  display?: string;
}

/**
 * One retrievable fact from a patient's FHIR bundle. `date` is the clinical day as a
 * `YYYY-MM-DD` string: it sorts chronologically as text, so a year or month filter is a range
 * on the `{patient_id, date}` index, and it is the calendar day the record was made on (no
 * time zone conversion can move an evening visit to the next day, as a UTC Date could).
 */
@Schema({ collection: 'patient_records', versionKey: false })
export class PatientRecord {
  @Prop({ type: String, required: true })
  patient_id!: string;

  /** The FHIR resource type, e.g. `Condition`. */
  @Prop({ type: String, required: true })
  resource_type!: string;

  @Prop({ type: String, required: true, match: /^\d{4}-\d{2}-\d{2}$/ })
  date!: string;

  /** The plain-language narrative the model reads and the patient sees as a source. */
  @Prop({ type: String, required: true })
  text!: string;

  @Prop({ type: [StoredRecordCode], default: [] })
  codes!: StoredRecordCode[];

  /** The FHIR resource id: with the patient and the type, the key imports upsert on. */
  @Prop({ type: String, required: true })
  source_id!: string;

  /** The full text of a clinical note (DocumentReference); searched, never shown. */
  @Prop({ type: String })
  note_text?: string;

  /** The narrative's embedding, present when EMBEDDING_MODEL was set at import. */
  @Prop({ type: [Number], default: undefined })
  embedding?: number[];

  /** Which model made `embedding`: vectors of two models cannot be compared. */
  @Prop({ type: String })
  embedding_model?: string;

  /**
   * The record's distinct search terms, each an HMAC bound to the patient (see
   * RecordTermHasher): what a question's terms select records by, through the
   * `{patient_id, terms}` index, without reading or decrypting the others.
   */
  @Prop({ type: [String], default: undefined })
  terms?: string[];

  /** Term frequencies (aligned with `terms`) and field lengths, for BM25 without decrypting. */
  @Prop({ type: Object, default: undefined })
  term_stats?: TermStats;

  /** Key of the narrative's wording after the date: repeats are told apart without decrypting. */
  @Prop({ type: String })
  wording?: string;

  /** Key of `terms` with `term_stats`: what a question's matches are grouped by (see RecordLexicon). */
  @Prop({ type: String })
  lexicon?: string;

  /** How `terms` and `wording` were derived (format and key); another version is derived again. */
  @Prop({ type: String })
  terms_version?: string;

  /** The import that last wrote this record: what a failed import undoes. */
  @Prop({ type: String, required: true })
  import_id!: string;

  @Prop({ type: Date, required: true })
  imported_at!: Date;
}

/** A stored record as read back (lean). */
export type StoredPatientRecord = PatientRecord & { _id: Types.ObjectId };

export const PatientRecordSchema = SchemaFactory.createForClass(PatientRecord);
PatientRecordSchema.index({ patient_id: 1, resource_type: 1, source_id: 1 }, { unique: true });
PatientRecordSchema.index({ patient_id: 1, date: -1 });
PatientRecordSchema.index({ patient_id: 1, terms: 1 });
