import { Prop, Schema, SchemaFactory } from '@nestjs/mongoose';

export const KNOWLEDGE_PASSAGE_MODEL = 'KnowledgePassage';

/** One question–answer pair of a loaded collection (see knowledge-passage.ts for the fields). */
@Schema({ collection: 'knowledge_passages', versionKey: false })
export class StoredKnowledgePassage {
  /** The collection's name in `knowledge_collections`: what a reload replaces. */
  @Prop({ type: String, required: true })
  collection_name!: string;

  /** The collection's own id of the pair (e.g. `GHR_0000804_Sec2`), cited as `id`. */
  @Prop({ type: String, required: true })
  passage_id!: string;

  @Prop({ type: String, default: '' })
  source!: string;

  @Prop({ type: String, default: '' })
  url!: string;

  @Prop({ type: String, default: '' })
  focus!: string;

  @Prop({ type: String, required: true })
  question_type!: string;

  @Prop({ type: String, required: true })
  question!: string;

  @Prop({ type: String, required: true })
  answer!: string;
}

export const KnowledgePassageSchema = SchemaFactory.createForClass(StoredKnowledgePassage);
KnowledgePassageSchema.index({ collection_name: 1, passage_id: 1 }, { unique: true });
