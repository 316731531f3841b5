import { Prop, Schema, SchemaFactory } from '@nestjs/mongoose';

export const KNOWLEDGE_COLLECTION_MODEL = 'KnowledgeCollection';

/**
 * One loaded collection: the content hash of the files it was loaded from, so a start-up (or an
 * import) skips a collection that has not changed, and every instance's search index notices one
 * that has. Written last, after all its passages: a collection is never seen half loaded.
 */
@Schema({ collection: 'knowledge_collections', versionKey: false })
export class KnowledgeCollection {
  @Prop({ type: String, required: true, unique: true })
  name!: string;

  @Prop({ type: String, required: true })
  content_hash!: string;

  @Prop({ type: Number, required: true })
  passages!: number;

  @Prop({ type: Date, required: true })
  loaded_at!: Date;
}

export const KnowledgeCollectionSchema = SchemaFactory.createForClass(KnowledgeCollection);
