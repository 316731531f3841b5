import { Decimal128, type Document } from 'bson';
import { Query } from 'mingo';
import { cloneValue, formatValueForMessage, getPathValues, isPlainObject, valueKey } from './bson-values.js';
import { ErrorCode, MongoCommandError } from './mongo-command-error.js';
import { MINGO_OPTIONS } from './mingo-options.js';

/** An index as `listIndexes` reports it. */
export interface IndexSpec extends Document {
  v: number;
  key: Document;
  name: string;
}

export interface TtlIndex {
  field: string;
  expireAfterSeconds: number;
}

interface IndexEntry {
  spec: IndexSpec;
  fields: string[];
  unique: boolean;
  sparse: boolean;
  matchesPartialFilter?: (document: Document) => boolean;
  /** For unique indexes only: index key → `_id` key of the document holding it. */
  owners?: Map<string, string>;
  /**
   * Value of the first key field → `_id` keys of the documents holding it, used to narrow
   * equality queries. Kept only for ascending/descending indexes that cover every document
   * (not sparse, not partial, no collation), so a lookup never misses a match.
   */
  postings?: Map<string, Set<string>>;
}

interface IndexKey {
  key: string;
  values: unknown[];
}

export const ID_INDEX_NAME = '_id_';

/** Key types mongod accepts besides 1/-1; accepted and listed, but only equality on them is enforced. */
const SPECIAL_KEY_TYPES = new Set(['text', '2d', '2dsphere', 'hashed', 'geoHaystack', 'columnstore']);

/** Spec fields that do not change what an index is, so they are ignored when comparing two specs. */
const IGNORED_OPTIONS = new Set(['v', 'key', 'name', 'ns', 'background']);

export function duplicateKeyError(
  namespace: string,
  indexName: string,
  keyPattern: Document,
  values: unknown[],
): MongoCommandError {
  const keyValue: Document = {};
  Object.keys(keyPattern).forEach((field, position) => {
    keyValue[field] = values[position] ?? null;
  });
  const message =
    `E11000 duplicate key error collection: ${namespace} index: ${indexName} ` +
    `dup key: ${formatValueForMessage(keyValue)}`;
  return new MongoCommandError(ErrorCode.DuplicateKey, message, {
    keyPattern: cloneValue(keyPattern),
    keyValue: cloneValue(keyValue),
  });
}

/**
 * The secondary indexes of one collection. Every index is listed and kept in its spec form;
 * unique indexes keep a key → owner map so inserts and updates can be refused with E11000
 * before anything changes, and plain ascending/descending indexes keep postings that let
 * equality queries skip a collection scan. The `_id_` index is always listed; `_id`
 * uniqueness and lookups are served by the collection's primary map.
 */
export class IndexManager {
  readonly #namespace: string;
  readonly #entries = new Map<string, IndexEntry>();

  constructor(namespace: string) {
    this.#namespace = namespace;
    this.#entries.set(ID_INDEX_NAME, {
      spec: { v: 2, key: { _id: 1 }, name: ID_INDEX_NAME },
      fields: ['_id'],
      unique: false,
      sparse: false,
    });
  }

  get count(): number {
    return this.#entries.size;
  }

  list(): IndexSpec[] {
    return [...this.#entries.values()].map((entry) => cloneValue(entry.spec));
  }

  ttlIndexes(): TtlIndex[] {
    const result: TtlIndex[] = [];
    for (const { spec, fields } of this.#entries.values()) {
      // mongod applies TTL only to single-field indexes.
      if (typeof spec.expireAfterSeconds === 'number' && fields.length === 1) {
        result.push({ field: fields[0]!, expireAfterSeconds: spec.expireAfterSeconds });
      }
    }
    return result;
  }

  /**
   * Adds an index unless an identical one exists; returns whether it was added. Building a
   * unique index over documents that already collide fails with E11000 and adds nothing.
   */
  create(requested: Document, documents: Iterable<[string, Document]>): boolean {
    const spec = normalizeSpec(requested);
    if (this.#identicalIndexExists(spec)) return false;

    const entry = buildEntry(spec);
    for (const [idKey, document] of documents) {
      if (entry.owners) {
        for (const { key, values } of indexKeys(entry, document)) {
          const owner = entry.owners.get(key);
          if (owner !== undefined && owner !== idKey) {
            throw duplicateKeyError(this.#namespace, spec.name, spec.key, values);
          }
          entry.owners.set(key, idKey);
        }
      }
      if (entry.postings) addPostings(entry, idKey, document);
    }
    this.#entries.set(spec.name, entry);
    return true;
  }

  /**
   * The `_id` keys of every document whose `field` holds one of the given values (as produced
   * by valueKey), or undefined when no index on `field` can answer. The result may include
   * documents that do not match; callers still apply the full filter.
   */
  lookup(field: string, valueKeys: readonly string[]): ReadonlySet<string> | undefined {
    for (const entry of this.#entries.values()) {
      if (!entry.postings || entry.fields[0] !== field) continue;
      if (valueKeys.length === 1) return entry.postings.get(valueKeys[0]!) ?? new Set();
      const union = new Set<string>();
      for (const key of valueKeys) for (const idKey of entry.postings.get(key) ?? []) union.add(idKey);
      return union;
    }
    return undefined;
  }

  /** Drops one index, addressed by name or by key pattern. */
  drop(target: string | Document): void {
    const name = typeof target === 'string' ? target : this.#nameForKeyPattern(target);
    if (name === ID_INDEX_NAME) {
      throw new MongoCommandError(ErrorCode.InvalidOptions, 'cannot drop _id index');
    }
    if (name === undefined || !this.#entries.has(name)) {
      const shown = typeof target === 'string' ? target : formatValueForMessage(target);
      throw new MongoCommandError(ErrorCode.IndexNotFound, `index not found with name [${shown}]`);
    }
    this.#entries.delete(name);
  }

  dropAllButId(): void {
    for (const name of [...this.#entries.keys()]) {
      if (name !== ID_INDEX_NAME) this.#entries.delete(name);
    }
  }

  /**
   * Moves a document's index entries (unique keys and postings) from `before` to `after`;
   * either may be absent for an insert or a delete. Unique constraints are all checked
   * first, so a violation throws E11000 and changes nothing.
   */
  apply(idKey: string, before: Document | undefined, after: Document | undefined): void {
    const changes: Array<{ entry: IndexEntry; oldKeys: IndexKey[]; newKeys: IndexKey[] }> = [];
    for (const entry of this.#entries.values()) {
      if (!entry.owners) continue;
      const oldKeys = before ? indexKeys(entry, before) : [];
      const newKeys = after ? indexKeys(entry, after) : [];
      for (const { key, values } of newKeys) {
        const owner = entry.owners.get(key);
        if (owner !== undefined && owner !== idKey) {
          throw duplicateKeyError(this.#namespace, entry.spec.name, entry.spec.key, values);
        }
      }
      changes.push({ entry, oldKeys, newKeys });
    }
    for (const { entry, oldKeys, newKeys } of changes) {
      const owners = entry.owners!;
      for (const { key } of oldKeys) {
        if (owners.get(key) === idKey) owners.delete(key);
      }
      for (const { key } of newKeys) owners.set(key, idKey);
    }
    for (const entry of this.#entries.values()) {
      if (!entry.postings) continue;
      if (before) removePostings(entry, idKey, before);
      if (after) addPostings(entry, idKey, after);
    }
  }

  /** Forgets every indexed key (the documents were all removed); specs stay. */
  clearKeys(): void {
    for (const entry of this.#entries.values()) {
      entry.owners?.clear();
      entry.postings?.clear();
    }
  }

  #nameForKeyPattern(keyPattern: Document): string | undefined {
    const wanted = valueKey(keyPattern);
    for (const [name, entry] of this.#entries) {
      if (valueKey(entry.spec.key) === wanted) return name;
    }
    return undefined;
  }

  /** Returns true when an identical index exists; throws when a conflicting one does. */
  #identicalIndexExists(spec: IndexSpec): boolean {
    const sameName = this.#entries.get(spec.name);
    if (sameName) {
      if (valueKey(sameName.spec.key) !== valueKey(spec.key)) {
        throw new MongoCommandError(
          ErrorCode.IndexKeySpecsConflict,
          `An existing index has the same name as the requested index. ` +
            `Requested index: ${formatValueForMessage(spec)}, existing index: ${formatValueForMessage(sameName.spec)}`,
        );
      }
      if (spec.name === ID_INDEX_NAME || comparableOptions(sameName.spec) === comparableOptions(spec)) return true;
      throw new MongoCommandError(
        ErrorCode.IndexOptionsConflict,
        `An equivalent index already exists with the same name but different options. ` +
          `Requested index: ${formatValueForMessage(spec)}, existing index: ${formatValueForMessage(sameName.spec)}`,
      );
    }
    const sameKey = this.#nameForKeyPattern(spec.key);
    if (sameKey !== undefined) {
      const existing = this.#entries.get(sameKey)!;
      // mongod allows two indexes on one key pattern only when they differ in partial filter or collation.
      const distinguishable =
        valueKey(existing.spec.partialFilterExpression) !== valueKey(spec.partialFilterExpression) ||
        valueKey(existing.spec.collation) !== valueKey(spec.collation);
      if (!distinguishable) {
        throw new MongoCommandError(
          ErrorCode.IndexOptionsConflict,
          `Index already exists with a different name: ${sameKey}`,
        );
      }
    }
    return false;
  }
}

function normalizeSpec(requested: Document): IndexSpec {
  const { key, name } = requested;
  if (!isPlainObject(key) || Object.keys(key).length === 0) {
    throw new MongoCommandError(
      ErrorCode.CannotCreateIndex,
      `Error in specification ${formatValueForMessage(requested)} :: caused by :: The 'key' field must be a non-empty object`,
    );
  }
  for (const [field, direction] of Object.entries(key)) {
    const valid =
      (typeof direction === 'number' && direction !== 0 && Number.isFinite(direction)) ||
      (typeof direction === 'string' && SPECIAL_KEY_TYPES.has(direction));
    if (!valid || field === '') {
      throw new MongoCommandError(
        ErrorCode.CannotCreateIndex,
        `Error in specification ${formatValueForMessage(requested)} :: caused by :: ` +
          `Values in the index key pattern can't be 0, empty or an unknown index type`,
      );
    }
  }
  if (typeof name !== 'string' || name === '') {
    throw new MongoCommandError(
      ErrorCode.FailedToParse,
      `Error in specification ${formatValueForMessage(requested)} :: caused by :: ` +
        `The 'name' field is a required property of an index specification`,
    );
  }
  const { expireAfterSeconds, partialFilterExpression } = requested;
  if (expireAfterSeconds !== undefined && (typeof expireAfterSeconds !== 'number' || expireAfterSeconds < 0)) {
    throw new MongoCommandError(
      ErrorCode.CannotCreateIndex,
      `TTL index 'expireAfterSeconds' option must be a non-negative number, got ${formatValueForMessage(expireAfterSeconds)}`,
    );
  }
  if (partialFilterExpression !== undefined && !isPlainObject(partialFilterExpression)) {
    throw new MongoCommandError(ErrorCode.CannotCreateIndex, `'partialFilterExpression' option must be a document`);
  }
  const options: Document = {};
  for (const [option, value] of Object.entries(requested)) {
    if (option !== 'v' && option !== 'key' && option !== 'name') options[option] = cloneValue(value);
  }
  return { v: 2, key: cloneValue(key), name, ...options };
}

/** The options that make two same-named indexes different, as a canonical string. */
function comparableOptions(spec: IndexSpec): string {
  const picked: Document = {};
  for (const option of Object.keys(spec).sort()) {
    if (IGNORED_OPTIONS.has(option)) continue;
    const value = spec[option];
    if ((option === 'unique' || option === 'sparse') && !value) continue;
    picked[option] = value;
  }
  return valueKey(picked);
}

function buildEntry(spec: IndexSpec): IndexEntry {
  const entry: IndexEntry = {
    spec,
    fields: Object.keys(spec.key),
    unique: spec.unique === true,
    sparse: spec.sparse === true,
  };
  if (isPlainObject(spec.partialFilterExpression)) {
    const query = new Query(spec.partialFilterExpression, MINGO_OPTIONS);
    entry.matchesPartialFilter = (document) => query.test(document);
  }
  if (entry.unique) entry.owners = new Map();
  const coversEveryDocument = !entry.sparse && !entry.matchesPartialFilter && spec.collation === undefined;
  if (coversEveryDocument && typeof spec.key[entry.fields[0]!] === 'number' && spec.name !== ID_INDEX_NAME) {
    entry.postings = new Map();
  }
  return entry;
}

/**
 * The posting keys of a document's first-field values. A Decimal128 is also posted under the
 * plain-number key so an equality query with a double finds it; extra candidates are harmless.
 */
function postingKeys(entry: IndexEntry, document: Document): Set<string> {
  const keys = new Set<string>();
  for (const value of getPathValues(document, entry.fields[0]!)) {
    keys.add(valueKey(value));
    if (value instanceof Decimal128) keys.add(valueKey(Number(value.toString())));
  }
  return keys;
}

function addPostings(entry: IndexEntry, idKey: string, document: Document): void {
  for (const key of postingKeys(entry, document)) {
    let holders = entry.postings!.get(key);
    if (!holders) {
      holders = new Set();
      entry.postings!.set(key, holders);
    }
    holders.add(idKey);
  }
}

function removePostings(entry: IndexEntry, idKey: string, document: Document): void {
  for (const key of postingKeys(entry, document)) {
    const holders = entry.postings!.get(key);
    if (!holders) continue;
    holders.delete(idKey);
    if (holders.size === 0) entry.postings!.delete(key);
  }
}

/**
 * The keys a document contributes to an index: one per combination of the values its fields
 * reach (array fields contribute one key per element), none when a sparse index finds none of
 * its fields or a partial index's filter does not match.
 */
function indexKeys(entry: IndexEntry, document: Document): IndexKey[] {
  if (entry.matchesPartialFilter && !entry.matchesPartialFilter(document)) return [];
  const perField = entry.fields.map((field) => getPathValues(document, field));
  if (entry.sparse && perField.every((values) => values.every((value) => value === undefined))) return [];

  let combinations: unknown[][] = [[]];
  for (const values of perField) {
    const next: unknown[][] = [];
    for (const prefix of combinations) {
      for (const value of values) next.push([...prefix, value]);
    }
    combinations = next;
  }
  const keys = new Map<string, IndexKey>();
  for (const values of combinations) {
    const key = values.map(valueKey).join('\u0000');
    keys.set(key, { key, values });
  }
  return [...keys.values()];
}
