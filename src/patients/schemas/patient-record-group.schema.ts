import { Prop, Schema, SchemaFactory } from '@nestjs/mongoose';
import type { Types } from 'mongoose';
import type { TermStats } from '../search-index/record-lexicon.js';

export const PATIENT_RECORD_GROUP_MODEL = 'PatientRecordGroup';

/**
 * One group of a patient's records that BM25 and the type signal cannot tell apart: the same
 * `lexicon` key (hashed terms with their statistics) and resource type, e.g. the years of one
 * yearly vaccine or a series of identical readings. Kept by each import (RecordSearchIndex), so
 * a question reads its terms' groups, their members and their exact sizes (term rarity) in one
 * indexed read of a few documents instead of reading or grouping the patient's matching records
 * at question time; counted again from the records whenever the corpus statistics are; deleted
 * with the records at erasure. Hashes, ids, dates and counts only: no readable medical word.
 */
@Schema({ collection: 'patient_record_groups', versionKey: false })
export class PatientRecordGroup {
  @Prop({ type: String, required: true })
  patient_id!: string;

  @Prop({ type: String, required: true })
  lexicon!: string;

  @Prop({ type: String, required: true })
  resource_type!: string;

  /** The members' terms (hashed) and their statistics, as each member stores them. */
  @Prop({ type: [String], required: true })
  terms!: string[];

  @Prop({ type: Object, required: true })
  term_stats!: TermStats;

  /** How many of the patient's records are in the group. */
  @Prop({ type: Number, required: true })
  count!: number;

  /**
   * Each member's id, day and wording key (what ranking tells members apart by). At about 90
   * bytes a member, a group of one wording holds up to some 150,000 records within MongoDB's
   * 16 MB a document.
   */
  @Prop({ type: [Object], required: true })
  members!: GroupMemberEntry[];

  /**
   * The statistics' revision whose count last wrote the group (none for a group an import
   * created): after a count writes its groups, the patient's groups of any other are removed.
   */
  @Prop({ type: Number })
  counted_in?: number;
}

export interface GroupMemberEntry {
  _id: Types.ObjectId;
  date: string;
  wording?: string;
}

export const PatientRecordGroupSchema = SchemaFactory.createForClass(PatientRecordGroup);
PatientRecordGroupSchema.index({ patient_id: 1, lexicon: 1, resource_type: 1 }, { unique: true });
PatientRecordGroupSchema.index({ patient_id: 1, terms: 1 });
