import type { Server } from 'node:http';
import { Inject, Injectable, Logger, type OnApplicationBootstrap, type OnModuleDestroy } from '@nestjs/common';
import { HttpAdapterHost } from '@nestjs/core';
import { KnowledgeRepository } from '../knowledge.repository.js';
import { KNOWLEDGE_SETTINGS, type KnowledgeSettings } from '../knowledge-settings.js';
import { CollectionLoader } from '../loading/collection-loader.js';
import { EmbeddingReranker } from './embedding-reranker.js';
import { KnowledgeIndex, type KnowledgeHit } from './knowledge-index.js';

/**
 * The instance's search over the loaded collections. Once the HTTP server listens, it loads the
 * shipped collection (when missing or changed; one instance at a time, see CollectionLoader) and
 * builds its in-memory index in the background: start-up never waits for either, and until the
 * index is built a search answers nothing, which never blocks a chat answer. Every
 * `refreshIntervalMs` it compares the stored collections' fingerprint with its index's and
 * rebuilds when another instance or `import:knowledge` changed them. Without an HTTP server (the
 * operator commands' application context) it neither loads nor indexes anything.
 */
@Injectable()
export class KnowledgeSearchService implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger(KnowledgeSearchService.name);
  private index: KnowledgeIndex | null = null;
  private indexedVersion: string | null = null;
  private refreshing: Promise<void> | null = null;
  private timer?: NodeJS.Timeout;
  private closed = false;
  private readonly shutdown = new AbortController();
  private starting: Promise<void> = Promise.resolve();

  constructor(
    private readonly store: KnowledgeRepository,
    private readonly loader: CollectionLoader,
    private readonly reranker: EmbeddingReranker,
    private readonly adapterHost: HttpAdapterHost,
    @Inject(KNOWLEDGE_SETTINGS) private readonly settings: KnowledgeSettings,
  ) {}

  onApplicationBootstrap(): void {
    const server = this.adapterHost.httpAdapter?.getHttpServer() as Server | undefined;
    if (!server) return;
    // Bootstrap hooks run inside app.listen(), before the port is bound: the load and the index
    // build (seconds of I/O and CPU) must not delay the moment the instance starts answering.
    if (server.listening) this.startAfterListen();
    else server.once('listening', () => this.startAfterListen());
  }

  onModuleDestroy(): void {
    this.closed = true;
    this.shutdown.abort();
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
    if (!this.reranker.enabled) return index.find(question, limit);
    const candidates = index.find(question, Math.max(limit, this.settings.hybridCandidates));
    return (await this.reranker.rerank(question, candidates, signal)).slice(0, limit);
  }

  private startAfterListen(): void {
    // Set at once (ready() may be called as soon as listen() resolves), run on the next turn,
    // after listen()'s own continuation.
    this.starting = new Promise<void>((resolve) => setImmediate(resolve)).then(() => this.startUp());
  }

  private async startUp(): Promise<void> {
    if (this.closed) return;
    this.timer = setInterval(() => void this.refresh(), this.settings.refreshIntervalMs).unref();
    try {
      if (this.settings.seedPath !== null) await this.loader.load(this.settings.seedPath, {}, this.shutdown.signal);
    } catch (error) {
      if (!this.closed)
        this.logger.error({
          msg: 'The knowledge collection could not be loaded',
          path: this.settings.seedPath,
          error: (error as Error).message,
        });
    }
    await this.refresh();
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
      this.reranker.forgetPassages();
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
}
