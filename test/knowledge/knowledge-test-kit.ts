import { copyFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { getModelToken } from '@nestjs/mongoose';
import type { Model } from 'mongoose';
import { KnowledgeSearchService } from '../../src/knowledge/index.js';
import {
  KNOWLEDGE_COLLECTION_MODEL,
  type KnowledgeCollection,
} from '../../src/knowledge/schemas/knowledge-collection.schema.js';
import {
  KNOWLEDGE_PASSAGE_MODEL,
  type StoredKnowledgePassage,
} from '../../src/knowledge/schemas/knowledge-passage.schema.js';
import type { TestApp } from '../support/test-app.js';

/** 60 MedQuAD pairs (Shingles, High Blood Pressure, Acromegaly, Marfan syndrome, Asthma, Chickenpox). */
export const SAMPLE_COLLECTION = path.resolve('test/fixtures/knowledge/nih-sample.jsonl');

/** A private copy of the sample, so a test may change it; its collection name stays `nih-sample`. */
export function sampleCopy(): string {
  const file = path.join(mkdtempSync(path.join(tmpdir(), 'medchat-knowledge-')), 'nih-sample.jsonl');
  copyFileSync(SAMPLE_COLLECTION, file);
  return file;
}

export async function knowledgeReady(app: TestApp): Promise<KnowledgeSearchService> {
  const search = app.medchat.app.get(KnowledgeSearchService);
  await search.ready();
  return search;
}

export function knowledgeModels(app: TestApp): {
  passages: Model<StoredKnowledgePassage>;
  collections: Model<KnowledgeCollection>;
} {
  return {
    passages: app.medchat.app.get(getModelToken(KNOWLEDGE_PASSAGE_MODEL)),
    collections: app.medchat.app.get(getModelToken(KNOWLEDGE_COLLECTION_MODEL)),
  };
}
