import { setTimeout as sleep } from 'node:timers/promises';
import { Inject, Injectable, Logger } from '@nestjs/common';
import { whileRenewed } from '../../common/leases/renewed-lease.js';
import type { KnowledgePassage } from '../knowledge-passage.js';
import { KnowledgeRepository } from '../knowledge.repository.js';
import { KNOWLEDGE_SETTINGS, type KnowledgeSettings } from '../knowledge-settings.js';
import { CollectionLoadLeases } from './collection-load-leases.js';
import {
  collectionSourceOf,
  contentHashOf,
  passagesOf,
  validatedPassageCount,
  type CollectionSource,
} from './collection-source.js';

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
 * `npm run import:knowledge` for added ones. Every passage is read and checked before anything
 * is written, so bad input changes nothing. Only the holder of the collection's load lease
 * writes it: another instance loading the same collection at the same time waits for it, and
 * finds the collection loaded (or takes over once a holder that died lets its lease lapse).
 */
@Injectable()
export class CollectionLoader {
  private readonly logger = new Logger(CollectionLoader.name);

  constructor(
    private readonly repository: KnowledgeRepository,
    private readonly leases: CollectionLoadLeases,
    @Inject(KNOWLEDGE_SETTINGS) private readonly settings: KnowledgeSettings,
  ) {}

  /** `signal` ends a wait for another instance's load (the app is shutting down). */
  async load(location: string, progress: LoadProgress = {}, signal?: AbortSignal): Promise<LoadOutcome> {
    const source = await collectionSourceOf(location);
    const hash = await contentHashOf(source);
    const unchanged = { name: source.name, loaded: false, passages: 0 };
    if ((await this.repository.contentHashOf(source.name)) === hash) return unchanged;
    let waiting = false;
    while (!(await this.leases.acquire(source.name, this.settings.loadLeaseMs))) {
      if (!waiting) {
        waiting = true;
        this.logger.log({
          msg: 'Another instance is loading this knowledge collection; waiting',
          collection: source.name,
        });
      }
      await sleep(this.settings.loadPollMs, undefined, { signal });
      if ((await this.repository.contentHashOf(source.name)) === hash) return unchanged;
    }
    try {
      // The previous holder may have finished between our last look and our taking the lease.
      if ((await this.repository.contentHashOf(source.name)) === hash) return unchanged;
      await validatedPassageCount(source);
      return { name: source.name, loaded: true, passages: await this.write(source, hash, progress) };
    } finally {
      await this.leases.release(source.name).catch(() => undefined);
    }
  }

  /**
   * Writes the collection while renewing the lease (every third of it: a renewal that fails
   * outright is tried again, and only a lease found in another's hands stops the write); should
   * a renewal find the lease gone (this process stalled past it and another took over), the
   * write stops rather than race the new holder.
   */
  private async write(source: CollectionSource, hash: string, progress: LoadProgress): Promise<number> {
    const startedAt = performance.now();
    const renew = () => this.leases.acquire(source.name, this.settings.loadLeaseMs);
    return whileRenewed(renew, this.settings.loadLeaseMs / 3, async (lease) => {
      const guarded = async function* (passages: AsyncIterable<KnowledgePassage>) {
        for await (const passage of passages) {
          if (lease.lost) throw new Error(`${source.name}: another instance took over the load lease`);
          yield passage;
        }
      };
      const passages = await this.repository.replaceCollection(
        source.name,
        hash,
        guarded(passagesOf(source, progress.onFile)),
        progress.onWritten,
      );
      this.logger.log({
        msg: 'Knowledge collection loaded',
        collection: source.name,
        passages,
        duration_ms: Math.round(performance.now() - startedAt),
      });
      return passages;
    });
  }
}
