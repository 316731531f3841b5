/** A passage of the medical-knowledge collection an answer was given, cited as [n] in the order given. */
export interface KnowledgeSource {
  kind: 'knowledge';
  /** The collection's id of the passage (e.g. `GHR_0000804_Sec2`). */
  id: string;
  title: string;
  url: string;
  /** The NIH source that wrote it (`GHR`, `NIDDK`, …). */
  source: string;
  snippet: string;
}

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
