import type { KnowledgeSource } from '../chat-turn.js';

/** One passage of medical knowledge as the prompt shows it and `metadata.sources` cites it. */
export interface KnowledgeReference extends KnowledgeSource {
  /** The passage's text as the model reads it (the answer, cut to a prompt-sized length). */
  text: string;
}

export interface KnowledgeQuery {
  question: string;
  /** Most passages wanted; the retriever may return fewer (or none: nothing matched, no index yet). */
  limit: number;
  signal?: AbortSignal;
}

/**
 * General medical knowledge relevant to a question (the knowledge module provides it). Shared by
 * every caller, guests included: it holds nothing about any patient.
 */
export abstract class KnowledgeRetriever {
  abstract retrieve(query: KnowledgeQuery): Promise<KnowledgeReference[]>;
}
