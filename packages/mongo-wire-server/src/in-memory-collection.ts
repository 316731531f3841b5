import { calculateObjectSize, type Document, ObjectId, UUID } from 'bson';
import { cloneDocument, valueKey } from './bson-values.js';
import { duplicateKeyError, ID_INDEX_NAME, IndexManager } from './index-manager.js';
import { alteredIdError, ErrorCode, MongoCommandError } from './mongo-command-error.js';

/** mongod's limit for a single stored document. */
export const MAX_BSON_OBJECT_SIZE = 16 * 1024 * 1024;

/**
 * One collection's documents, keyed by the canonical form of their `_id`, plus its indexes.
 *
 * Stored documents are never mutated in place: inserts store a private copy and updates replace
 * the stored object with a new one. Readers (open cursors, aggregation inputs) can therefore
 * hold references to stored documents and still see a consistent snapshot.
 */
export class InMemoryCollection {
  readonly uuid = new UUID();
  readonly indexes: IndexManager;
  readonly #documents = new Map<string, Document>();
  /** `_id` key → insertion sequence, to return index-narrowed results in natural order. */
  readonly #insertionOrder = new Map<string, number>();
  #nextSequence = 0;

  constructor(
    readonly namespace: string,
    readonly options: Document = {},
  ) {
    this.indexes = new IndexManager(namespace, (idKey) => this.#documents.get(idKey));
  }

  get size(): number {
    return this.#documents.size;
  }

  /** Stored documents in natural (insertion) order. Callers must not mutate them. */
  documents(): IterableIterator<Document> {
    return this.#documents.values();
  }

  entries(): IterableIterator<[string, Document]> {
    return this.#documents.entries();
  }

  findById(id: unknown): Document | undefined {
    return this.#documents.get(valueKey(id));
  }

  /** The document of one `_id` key (see valueKey). */
  findByIdKey(idKey: string): Document | undefined {
    return this.#documents.get(idKey);
  }

  /** Documents for a set of `_id` keys (see valueKey), in natural order; unknown keys are skipped. */
  findByIdKeys(idKeys: Iterable<string>): Document[] {
    const found: Array<[number, Document]> = [];
    for (const idKey of idKeys) {
      const document = this.#documents.get(idKey);
      if (document) found.push([this.#insertionOrder.get(idKey)!, document]);
    }
    return found.sort((left, right) => left[0] - right[0]).map(([, document]) => document);
  }

  /** Stores a copy of `document` (with a generated ObjectId when it has no `_id`) and returns it. */
  insert(document: Document): Document {
    const stored = withId(cloneDocument(document));
    assertStorable(stored);
    const idKey = valueKey(stored._id);
    if (this.#documents.has(idKey)) {
      throw duplicateKeyError(this.namespace, ID_INDEX_NAME, { _id: 1 }, [stored._id]);
    }
    this.indexes.apply(idKey, undefined, stored);
    this.#documents.set(idKey, stored);
    this.#insertionOrder.set(idKey, this.#nextSequence++);
    return stored;
  }

  /**
   * Replaces a stored document with a new version (same `_id`); the new object is stored as
   * given, so callers pass a document they built and no longer touch.
   */
  replace(current: Document, next: Document): void {
    const idKey = valueKey(current._id);
    if (valueKey(next._id) !== idKey) throw alteredIdError(next._id);
    assertStorable(next);
    this.indexes.apply(idKey, current, next);
    this.#documents.set(idKey, next);
  }

  delete(document: Document): boolean {
    const idKey = valueKey(document._id);
    const stored = this.#documents.get(idKey);
    if (!stored) return false;
    this.indexes.apply(idKey, stored, undefined);
    this.#documents.delete(idKey);
    this.#insertionOrder.delete(idKey);
    return true;
  }

  /**
   * Swaps the whole content for `documents` (used by `$out`). The new content is validated
   * against every index on a scratch collection first, so a failure leaves this one untouched.
   */
  replaceAll(documents: Document[]): void {
    const scratch = new InMemoryCollection(this.namespace, this.options);
    for (const spec of this.indexes.list()) scratch.indexes.create(spec, []);
    for (const document of documents) scratch.insert(document);
    this.#documents.clear();
    this.#insertionOrder.clear();
    this.indexes.clearKeys();
    for (const [idKey, document] of scratch.entries()) {
      this.indexes.apply(idKey, undefined, document);
      this.#documents.set(idKey, document);
      this.#insertionOrder.set(idKey, this.#nextSequence++);
    }
  }
}

/** Puts `_id` first, generating an ObjectId when the document has none, as mongod does. */
export function withId(document: Document): Document {
  if (document._id === undefined) return { _id: new ObjectId(), ...document };
  if (Object.keys(document)[0] === '_id') return document;
  const { _id, ...rest } = document;
  return { _id, ...rest };
}

function assertStorable(document: Document): void {
  const id = document._id;
  if (Array.isArray(id) || id instanceof RegExp) {
    throw new MongoCommandError(
      ErrorCode.InvalidIdField,
      `The '_id' value cannot be of type ${Array.isArray(id) ? 'array' : 'regex'}`,
    );
  }
  const size = calculateObjectSize(document);
  if (size > MAX_BSON_OBJECT_SIZE) {
    throw new MongoCommandError(
      ErrorCode.BSONObjectTooLarge,
      `object to insert too large. size in bytes: ${size}, max size: ${MAX_BSON_OBJECT_SIZE}`,
    );
  }
}
