import { Prop, Schema, SchemaFactory } from '@nestjs/mongoose';

export const PATIENT_RECORD_STATS_MODEL = 'PatientRecordStats';

/**
 * One patient's corpus statistics for BM25 (how many records, how long their narratives and
 * notes are in terms), in MongoDB so every instance ranks with the same figures. Each import
 * adds what it wrote (RecordSearchIndex.applyImport); counted again from the records after an
 * undone import or a change of key (RecordSearchIndex.refresh); deleted with them at erasure.
 * Term rarity (document frequency) is not kept here: it is counted from the groups of records a
 * question's terms select, which are all counted.
 *
 * Also the guard of the patient's index: every change of the statistics or the record groups
 * claims the document first (moves `revision` on, marks `terms_version` CHANGING) and releases it
 * after, both only at the revision it read, so two changes never overlap unseen (see
 * RecordSearchIndex).
 */
@Schema({ collection: 'patient_record_stats', versionKey: false })
export class PatientRecordStats {
  @Prop({ type: String, required: true })
  patient_id!: string;

  /**
   * The RecordTermHasher version the patient's records were all indexed with; CHANGING while a
   * change of the index is under way (`updated_at` is its lease, renewed while the change runs:
   * ClaimLease), STALE after one failed: the next question then counts again.
   */
  @Prop({ type: String, required: true })
  terms_version!: string;

  /** Moved on by every claim and release of the patient's index (absent on documents of before). */
  @Prop({ type: Number })
  revision?: number;

  /** The revision at which the last count released (see RecordSearchIndex.refresh) claimed the index. */
  @Prop({ type: Number })
  counted_in?: number;

  @Prop({ type: Number, required: true })
  records!: number;

  /** Sum of the narratives' lengths in terms. */
  @Prop({ type: Number, required: true })
  text_length!: number;

  /** Records with a clinical note, and the sum of the notes' lengths in terms. */
  @Prop({ type: Number, required: true })
  notes!: number;

  @Prop({ type: Number, required: true })
  note_length!: number;

  /** When the statistics were last written: while CHANGING, when the change claimed them or last renewed its lease. */
  @Prop({ type: Date, required: true })
  updated_at!: Date;
}

export const PatientRecordStatsSchema = SchemaFactory.createForClass(PatientRecordStats);
PatientRecordStatsSchema.index({ patient_id: 1 }, { unique: true });
