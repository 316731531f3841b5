// The knowledge feature's public entry (see .dependency-cruiser.cjs): the module, the search
// (the report and tests wait for its index) and the loader `npm run import:knowledge` uses.
export { KnowledgeModule } from './knowledge.module.js';
export { KnowledgeSearchService } from './retrieval/knowledge-search.service.js';
export { CollectionLoader, type LoadOutcome } from './loading/collection-loader.js';
export { KnowledgeIndex, type KnowledgeHit } from './retrieval/knowledge-index.js';
export type { KnowledgePassage } from './knowledge-passage.js';
export {
  KnowledgeRetriever,
  type KnowledgeQuery,
  type KnowledgeReference,
  type KnowledgeSource,
} from './knowledge-retriever.js';
