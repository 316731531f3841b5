import { Module } from '@nestjs/common';
import { MongooseModule } from '@nestjs/mongoose';
import { AppConfig } from '../config/app-config.js';
import { KnowledgeRetriever } from './knowledge-retriever.js';
import { PatientsModule } from '../patients/index.js';
import { KnowledgeContextRetriever } from './knowledge-context.retriever.js';
import { KnowledgeController } from './knowledge.controller.js';
import { KnowledgeRepository } from './knowledge.repository.js';
import { KNOWLEDGE_SETTINGS, knowledgeSettingsFrom } from './knowledge-settings.js';
import { CollectionLoadLeases } from './loading/collection-load-leases.js';
import { CollectionLoader } from './loading/collection-loader.js';
import { EmbeddingReranker } from './retrieval/embedding-reranker.js';
import { KnowledgeSearchService } from './retrieval/knowledge-search.service.js';
import { COLLECTION_LOAD_LEASE_MODEL, CollectionLoadLeaseSchema } from './schemas/collection-load-lease.schema.js';
import { KNOWLEDGE_COLLECTION_MODEL, KnowledgeCollectionSchema } from './schemas/knowledge-collection.schema.js';
import { KNOWLEDGE_PASSAGE_MODEL, KnowledgePassageSchema } from './schemas/knowledge-passage.schema.js';

/**
 * The medical-knowledge collection: its storage (`knowledge_passages`, `knowledge_collections`,
 * the load leases in `knowledge_load_leases`), the start-up load of the shipped MedQuAD, the
 * per-instance search index, the search route, and the orchestrator's `KnowledgeRetriever` (the
 * orchestrator imports this module for it, as it imports the patients module for records). It
 * imports the patients module for its embedding client (bound to undefined when no
 * EMBEDDING_MODEL is configured).
 */
@Module({
  imports: [
    MongooseModule.forFeature([
      { name: KNOWLEDGE_PASSAGE_MODEL, schema: KnowledgePassageSchema },
      { name: KNOWLEDGE_COLLECTION_MODEL, schema: KnowledgeCollectionSchema },
      { name: COLLECTION_LOAD_LEASE_MODEL, schema: CollectionLoadLeaseSchema },
    ]),
    PatientsModule,
  ],
  controllers: [KnowledgeController],
  providers: [
    { provide: KNOWLEDGE_SETTINGS, useFactory: knowledgeSettingsFrom, inject: [AppConfig] },
    KnowledgeRepository,
    CollectionLoadLeases,
    CollectionLoader,
    EmbeddingReranker,
    KnowledgeSearchService,
    KnowledgeContextRetriever,
    { provide: KnowledgeRetriever, useExisting: KnowledgeContextRetriever },
  ],
  exports: [KnowledgeRetriever, KnowledgeSearchService, CollectionLoader],
})
export class KnowledgeModule {}
