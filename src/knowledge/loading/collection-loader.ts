import { Injectable, Logger } from '@nestjs/common';
import { KnowledgeRepository } from '../knowledge.repository.js';
import { collectionSourceOf, contentHashOf, passagesOf } from './collection-source.js';

export interface LoadOutcome {
  name: string;
  /** False when the stored collection already had this content hash. */
  loaded: boolean;
  passages: number;
}

export interface LoadProgress {
  onFile?: (file: string, passages: number) => void;
  onWritten?: (written: number) => void;
}

/**
 * Loads one collection (a JSONL file or a directory of MedQuAD XML) into MongoDB unless the
 * stored copy has the same content hash. Used at start-up for the shipped collection and by
 * `npm run import:knowledge` for added ones.
 */
@Injectable()
export class CollectionLoader {
  private readonly logger = new Logger(CollectionLoader.name);

  constructor(private readonly repository: KnowledgeRepository) {}

  async load(location: string, progress: LoadProgress = {}, options: { force?: boolean } = {}): Promise<LoadOutcome> {
    const source = await collectionSourceOf(location);
    const hash = await contentHashOf(source);
    if (!options.force && (await this.repository.contentHashOf(source.name)) === hash)
      return { name: source.name, loaded: false, passages: 0 };
    const startedAt = performance.now();
    const passages = await this.repository.replaceCollection(
      source.name,
      hash,
      passagesOf(source, progress.onFile),
      progress.onWritten,
    );
    this.logger.log({
      msg: 'Knowledge collection loaded',
      collection: source.name,
      passages,
      duration_ms: Math.round(performance.now() - startedAt),
    });
    return { name: source.name, loaded: true, passages };
  }
}
