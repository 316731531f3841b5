/**
 * Text embeddings for hybrid record retrieval. Bound only when EMBEDDING_MODEL is set; the
 * importer and the retriever take it as optional and work lexically without it.
 */
export abstract class EmbeddingClient {
  /** The model the vectors come from; stored beside each vector. */
  abstract readonly model: string;
  /** One vector per text, in order. `lane`: whose fair share of the LLM slots the call uses (default: the system's). */
  abstract embed(texts: string[], signal?: AbortSignal, lane?: string): Promise<number[][]>;
}

/** The embedding service did not answer usefully; the message says why, for logs and 503 details. */
export class EmbeddingUnavailableError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'EmbeddingUnavailableError';
  }
}
