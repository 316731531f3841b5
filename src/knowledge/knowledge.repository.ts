import { Injectable } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import type { Model } from 'mongoose';
import type { KnowledgePassage } from './knowledge-passage.js';
import { KNOWLEDGE_COLLECTION_MODEL, type KnowledgeCollection } from './schemas/knowledge-collection.schema.js';
import { KNOWLEDGE_PASSAGE_MODEL, type StoredKnowledgePassage } from './schemas/knowledge-passage.schema.js';

/** Passages written per insert: large enough to amortise round trips, small enough for any wire limit. */
const INSERT_BATCH = 500;

/** The stored collections (MongoDB `knowledge_passages` and `knowledge_collections`). */
@Injectable()
export class KnowledgeRepository {
  constructor(
    @InjectModel(KNOWLEDGE_PASSAGE_MODEL) private readonly passages: Model<StoredKnowledgePassage>,
    @InjectModel(KNOWLEDGE_COLLECTION_MODEL) private readonly collections: Model<KnowledgeCollection>,
  ) {}

  async contentHashOf(name: string): Promise<string | undefined> {
    const found = await this.collections.findOne({ name }, { content_hash: 1 }).lean().exec();
    return found?.content_hash;
  }

  /**
   * Replaces a collection's passages and then records its hash. A failure half way leaves no
   * collection document (and its passages are removed), so the next start-up loads it again.
   */
  async replaceCollection(
    name: string,
    contentHash: string,
    passages: AsyncIterable<KnowledgePassage>,
    onBatch?: (written: number) => void,
  ): Promise<number> {
    await this.collections.deleteOne({ name }).exec();
    await this.passages.deleteMany({ collection_name: name }).exec();
    let batch: StoredKnowledgePassage[] = [];
    let written = 0;
    const flush = async () => {
      if (batch.length === 0) return;
      await this.passages.insertMany(batch, { ordered: false, lean: true });
      written += batch.length;
      batch = [];
      onBatch?.(written);
    };
    try {
      for await (const passage of passages) {
        const { id, synonyms: _synonyms, ...fields } = passage;
        batch.push({ collection_name: name, passage_id: id, ...fields });
        if (batch.length >= INSERT_BATCH) await flush();
      }
      await flush();
    } catch (error) {
      // Passages without their collection document are never searched; remove them anyway.
      await this.passages
        .deleteMany({ collection_name: name })
        .exec()
        .catch(() => undefined);
      throw error;
    }
    await this.collections.create({ name, content_hash: contentHash, passages: written, loaded_at: new Date() });
    return written;
  }

  /**
   * A fingerprint of what is loaded: it changes whenever any collection is loaded, replaced or
   * removed, which is when a search index must be rebuilt.
   */
  async version(): Promise<string> {
    const loaded = await this.collections
      .find({}, { name: 1, content_hash: 1, loaded_at: 1 })
      .sort({ name: 1 })
      .lean()
      .exec();
    return loaded
      .map((collection) => `${collection.name}:${collection.content_hash}:${collection.loaded_at.getTime()}`)
      .join('|');
  }

  /** Every passage of every fully loaded collection. */
  async allPassages(): Promise<KnowledgePassage[]> {
    const names = (await this.collections.find({}, { name: 1 }).lean().exec()).map((collection) => collection.name);
    const stored = await this.passages
      .find({ collection_name: { $in: names } }, { _id: 0, collection_name: 0 })
      .lean<StoredKnowledgePassage[]>()
      .exec();
    return stored.map(({ passage_id, source, url, focus, question_type, question, answer }) => ({
      id: passage_id,
      source,
      url,
      focus,
      question_type,
      question,
      answer,
    }));
  }
}
