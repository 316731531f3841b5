import { Injectable } from '@nestjs/common';
import { KnowledgeRetriever, type KnowledgeQuery, type KnowledgeReference } from './knowledge-retriever.js';
import { KnowledgeSearchService } from './retrieval/knowledge-search.service.js';
import { promptTextOf, snippetOf, titleOf } from './retrieval/passage-text.js';

/**
 * The knowledge module's answer to the orchestrator's `retrieve_context` node: the best passages
 * for the question as the prompt numbers them and `metadata.sources` cites them. Two passages
 * of one source document say much the same: only the better one is given.
 */
@Injectable()
export class KnowledgeContextRetriever extends KnowledgeRetriever {
  constructor(private readonly search: KnowledgeSearchService) {
    super();
  }

  async retrieve(query: KnowledgeQuery): Promise<KnowledgeReference[]> {
    const hits = await this.search.search(query.question, query.limit * 3, query.signal);
    const seen = new Set<string>();
    const chosen: KnowledgeReference[] = [];
    for (const { passage } of hits) {
      const document = `${passage.url}|${passage.question_type}`;
      if (seen.has(document)) continue;
      seen.add(document);
      chosen.push({
        kind: 'knowledge',
        id: passage.id,
        title: titleOf(passage),
        url: passage.url,
        source: passage.source,
        snippet: snippetOf(passage),
        text: promptTextOf(passage),
      });
      if (chosen.length === query.limit) break;
    }
    return chosen;
  }
}
