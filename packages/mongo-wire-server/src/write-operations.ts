import type { Document } from 'bson';
import { sameBson } from './bson-values.js';
import { selectDocuments, sortDocuments } from './document-query.js';
import type { InMemoryStorage } from './in-memory-storage.js';
import { applyUpdate, buildUpsertDocument, classifyUpdate, type UpdateSpec } from './update-document.js';
import { ErrorCode, MongoCommandError } from './mongo-command-error.js';

export interface UpdateRequest {
  filter: Document;
  update: UpdateSpec;
  multi: boolean;
  upsert: boolean;
  arrayFilters?: Document[];
  collation?: Document;
  variables?: Document;
  /** findAndModify: which matching document to update when several match. */
  sort?: Document;
}

export interface UpdateOutcome {
  matched: number;
  modified: number;
  /** The inserted document when the update upserted. */
  upserted?: Document;
  /** First matched document before and after the update (findAndModify returns one of them). */
  before?: Document;
  after?: Document;
}

/**
 * One update statement against one namespace, shared by `update` and `findAndModify`.
 * Each document is updated into a new object and swapped in, so a unique-index violation
 * half-way through a multi-update leaves the earlier documents updated and the failing one
 * untouched, which is how mongod behaves without a transaction.
 */
export function updateDocuments(
  storage: InMemoryStorage,
  database: string,
  collectionName: string,
  request: UpdateRequest,
): UpdateOutcome {
  if (request.multi && classifyUpdate(request.update) === 'replacement') {
    throw new MongoCommandError(ErrorCode.FailedToParse, 'multi update is not supported for replacement-style update');
  }
  const context = {
    filter: request.filter,
    arrayFilters: request.arrayFilters,
    variables: request.variables,
    now: new Date(),
  };
  const existing = storage.getCollection(database, collectionName);
  const targets = request.sort
    ? sortDocuments(
        selectDocuments(existing, request.filter, request.collation),
        request.sort,
        request.collation,
      ).slice(0, 1)
    : selectDocuments(existing, request.filter, request.collation, request.multi ? Number.POSITIVE_INFINITY : 1);

  if (targets.length === 0) {
    if (!request.upsert) return { matched: 0, modified: 0 };
    const document = buildUpsertDocument(request.filter, request.update, context);
    const stored = storage.getOrCreateCollection(database, collectionName).insert(document);
    return { matched: 0, modified: 0, upserted: stored, after: stored };
  }

  const collection = existing!;
  let modified = 0;
  let firstAfter: Document | undefined;
  for (const target of targets) {
    const next = applyUpdate(target, request.update, context);
    const changed = !sameBson(target, next);
    if (changed) {
      collection.replace(target, next);
      modified += 1;
    }
    firstAfter ??= changed ? next : target;
  }
  return { matched: targets.length, modified, before: targets[0], after: firstAfter };
}
