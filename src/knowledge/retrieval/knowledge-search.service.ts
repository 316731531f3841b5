import {
  Inject,
  Injectable,
  Logger,
  Optional,
  type OnApplicationBootstrap,
  type OnModuleDestroy,
} from '@nestjs/common';
import { cosineSimilarity } from './cosine-similarity.js';
import { EmbeddingClient } from '../../patients/index.js';
import { KnowledgeRepository } from '../knowledge.repository.js';
import { KNOWLEDGE_SETTINGS, type KnowledgeSettings } from '../knowledge-settings.js';
import { CollectionLoader } from '../loading/collection-loader.js';
import { KnowledgeIndex, type KnowledgeHit } from './knowledge-index.js';

/**
 * The instance's search over the loaded collections. At start-up it loads the shipped collection
 * (when missing or changed) and builds its in-memory index in the background, after the app
 * listens: until then a search answers nothing, which never blocks a chat answer. Every
 * `refreshIntervalMs` it compares the stored collections' fingerprint with its index's and
 * rebuilds when another instance or `import:knowledge` changed them.
 */
@Injectable()
export class KnowledgeSearchService implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger(KnowledgeSearchService.name);
  private index: KnowledgeIndex | null = null;
  private indexedVersion: string | null = null;
  private refreshing: Promise<void> | null = null;
  private timer?: NodeJS.Timeout;
  private closed = false;
  /** Embeddings of passages already compared, by id: the same few hundred come up again and again. */
  private readonly passageVectors = new Map<string, number[]>();
  private starting: Promise<void> = Promise.resolve();

  constructor(
    private readonly store: KnowledgeRepository,
    private readonly loader: CollectionLoader,
    @Inject(KNOWLEDGE_SETTINGS) private readonly settings: KnowledgeSettings,
    @Optional() private readonly embeddings?: EmbeddingClient,
  ) {}

  onApplicationBootstrap(): void {
    this.timer = setInterval(() => void this.refresh(), this.settings.refreshIntervalMs).unref();
    void this.startUp();
  }

  onModuleDestroy(): void {
    this.closed = true;
    clearInterval(this.timer);
  }

  /** Resolves once the start-up load and the first index build are over (tests, the report). */
  async ready(): Promise<void> {
    await this.starting;
    await this.refreshing;
  }

  get indexedPassages(): number {
    return this.index?.size ?? 0;
  }

  /** The best passages for a question, best first; [] while no index is built yet. */
  async search(question: string, limit: number, signal?: AbortSignal): Promise<KnowledgeHit[]> {
    const index = this.index;
    if (!index) return [];
    if (!this.embeddings) return index.find(question, limit);
    const candidates = index.find(question, Math.max(limit, this.settings.hybridCandidates));
    return (await this.reranked(question, candidates, signal)).slice(0, limit);
  }

  private startUp(): Promise<void> {
    this.starting = (async () => {
      try {
        if (this.settings.seedPath !== null) await this.loader.load(this.settings.seedPath);
      } catch (error) {
        if (!this.closed)
          this.logger.error({
            msg: 'The knowledge collection could not be loaded',
            path: this.settings.seedPath,
            error: (error as Error).message,
          });
      }
      await this.refresh();
    })();
    return this.starting;
  }

  /** Rebuilds the index when the stored collections changed; one rebuild at a time. */
  refresh(): Promise<void> {
    this.refreshing ??= this.rebuildIfChanged().finally(() => (this.refreshing = null));
    return this.refreshing;
  }

  private async rebuildIfChanged(): Promise<void> {
    if (this.closed) return;
    try {
      const version = await this.store.version();
      if (version === this.indexedVersion) return;
      const startedAt = performance.now();
      const passages = await this.store.allPassages();
      if (this.closed) return;
      this.index = passages.length > 0 ? await KnowledgeIndex.build(passages) : null;
      this.indexedVersion = version;
      this.passageVectors.clear();
      this.logger.log({
        msg: 'Knowledge index built',
        passages: passages.length,
        duration_ms: Math.round(performance.now() - startedAt),
      });
    } catch (error) {
      if (!this.closed)
        this.logger.warn({
          msg: 'The knowledge index could not be refreshed; the previous one stays',
          error: (error as Error).message,
        });
    }
  }

  /**
   * Hybrid ranking: BM25's candidates re-ordered by half their normalised BM25 score and half the
   * embedding similarity of the question to each passage's focus and question. On any embedding
   * failure the BM25 order stands.
   */
  private async reranked(question: string, candidates: KnowledgeHit[], signal?: AbortSignal): Promise<KnowledgeHit[]> {
    if (candidates.length === 0 || !this.embeddings) return candidates;
    try {
      const missing = candidates.filter((hit) => !this.passageVectors.has(hit.passage.id));
      const vectors = await this.embeddings.embed(
        [question, ...missing.map((hit) => `${hit.passage.focus}: ${hit.passage.question}`)],
        signal,
      );
      missing.forEach((hit, position) => this.passageVectors.set(hit.passage.id, vectors[position + 1]));
      const top = candidates[0].score;
      return candidates
        .map((hit) => ({
          ...hit,
          score: 0.5 * (hit.score / top) + 0.5 * cosineSimilarity(vectors[0], this.passageVectors.get(hit.passage.id)!),
        }))
        .sort((left, right) => right.score - left.score);
    } catch (error) {
      if (signal?.aborted) throw error;
      this.logger.warn(`Knowledge search falls back to BM25 ranking: ${(error as Error).message}`);
      return candidates;
    }
  }
}
