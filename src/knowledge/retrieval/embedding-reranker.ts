import { Inject, Injectable, Logger } from '@nestjs/common';
import { EmbeddingClient } from '../../patients/index.js';
import { cosineSimilarity } from './cosine-similarity.js';
import type { KnowledgeHit } from './knowledge-index.js';

/**
 * The hybrid half of knowledge search: BM25's candidates re-ordered by half their normalised
 * BM25 score and half the embedding similarity of the question to each passage's focus and
 * question. On any embedding failure (an error, a timeout, no free slot) the BM25 order stands:
 * a search never fails for want of vectors.
 */
@Injectable()
export class EmbeddingReranker {
  private readonly logger = new Logger(EmbeddingReranker.name);
  /** Embeddings of passages already compared, by id: the same few hundred come up again and again. */
  private readonly passageVectors = new Map<string, number[]>();

  constructor(
    /** Undefined when no embedding model is configured (see PatientsModule): then ranking is lexical only. */
    @Inject(EmbeddingClient) private readonly embeddings: EmbeddingClient | undefined,
  ) {}

  get enabled(): boolean {
    return this.embeddings !== undefined;
  }

  /** The index was rebuilt: a passage id may now name other text. */
  forgetPassages(): void {
    this.passageVectors.clear();
  }

  async rerank(question: string, candidates: KnowledgeHit[], signal?: AbortSignal): Promise<KnowledgeHit[]> {
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
