import type { Document } from 'bson';
import type { SortSpec } from 'mingo/types';
import { cloneValue, formatValueForMessage, getPathValues, valueKey } from './bson-values.js';
import { duplicateKeyError } from './duplicate-key-error.js';
import {
  addPostings,
  buildEntry,
  indexKeys,
  postingKey,
  postingKeys,
  removePostings,
  type IndexEntry,
  type IndexKey,
} from './index-entry.js';
import { orderedIds, withInserted, type OrderedIds } from './index-order.js';
import { comparableOptions, ID_INDEX_NAME, normalizeSpec, type IndexSpec, type TtlIndex } from './index-spec.js';
import { ErrorCode, MongoCommandError } from './mongo-command-error.js';

export { duplicateKeyError } from './duplicate-key-error.js';
export { ID_INDEX_NAME, type IndexSpec, type TtlIndex } from './index-spec.js';

/**
 * The secondary indexes of one collection. Every index is listed and kept in its spec form;
 * unique indexes keep a key → owner map so inserts and updates can be refused with E11000
 * before anything changes, and plain ascending/descending indexes keep postings on each prefix
 * of their key that let equality and `$in` queries skip a collection scan. The `_id_` index is always listed; `_id`
 * uniqueness and lookups are served by the collection's primary map.
 */
export class IndexManager {
  readonly #namespace: string;
  readonly #entries = new Map<string, IndexEntry>();
  /** The collection's stored document of an `_id` key, which keeping ordered readings in step compares with. */
  readonly #documentOf: (idKey: string) => Document | undefined;

  constructor(namespace: string, documentOf: (idKey: string) => Document | undefined) {
    this.#namespace = namespace;
    this.#documentOf = documentOf;
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
   * The `_id` keys of the documents an index can select for equality conditions (field → the
   * value keys it may equal, from `{f: v}`, `{f: {$eq: v}}` or `{f: {$in: [...]}}`), or
   * undefined when no index has a leading field among them. Of the indexes whose leading key
   * fields are all constrained, the one selecting the fewest documents answers, through the
   * longest such prefix (`{patient_id, terms}` of a compound `{patient_id: 1, terms: 1}`). The
   * result may include documents that do not match the rest of the filter; callers apply it.
   */
  lookup(conditions: ReadonlyMap<string, readonly string[]>): ReadonlySet<string> | undefined {
    return this.select(conditions)?.ids;
  }

  /** As `lookup`, with the fields the answering index prefix constrained. */
  select(conditions: ReadonlyMap<string, readonly string[]>): IndexSelection | undefined {
    let best: IndexSelection | undefined;
    for (const entry of this.#entries.values()) {
      if (!entry.postings) continue;
      const selected = selectThroughPrefix(entry, conditions);
      if (selected !== undefined && (best === undefined || selected.ids.size < best.ids.size)) best = selected;
    }
    return best;
  }

  /**
   * The `_id` keys of an index prefix the equality conditions fix, in the order of `sort`, when
   * an index can give that order (see orderedIds); undefined otherwise.
   */
  ordered(
    conditions: ReadonlyMap<string, readonly string[]>,
    sort: SortSpec,
    documentOf: (idKey: string) => Document | undefined,
  ): OrderedIds | undefined {
    for (const entry of this.#entries.values()) {
      const ordered = orderedIds(entry, conditions, sort, documentOf);
      if (ordered) return ordered;
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
      // An update that leaves every key field as it was (a status, an answer) moves nothing here.
      if (before && after && sameIndexedValues(entry, before, after)) continue;
      const beforeKeys = before ? postingKeys(entry, before) : undefined;
      const afterKeys = after ? postingKeys(entry, after) : undefined;
      if (before) removePostings(entry, idKey, before, beforeKeys);
      if (after) addPostings(entry, idKey, after, afterKeys);
      if (entry.orders) this.#keepOrdersInStep(entry, idKey, after, beforeKeys, afterKeys);
    }
  }

  /**
   * The ordered readings of the prefixes a write touched: an inserted document is placed into
   * each reading of its prefixes; a moved or removed one drops them, to be sorted afresh when next
   * read. Readings of other prefixes (other conversations) are still right and are kept.
   */
  #keepOrdersInStep(
    entry: IndexEntry,
    idKey: string,
    after: Document | undefined,
    beforeKeys: ReadonlySet<string> | undefined,
    afterKeys: ReadonlySet<string> | undefined,
  ): void {
    const orders = entry.orders!;
    if (beforeKeys) for (const key of beforeKeys) orders.delete(key);
    if (!afterKeys || beforeKeys) {
      if (afterKeys) for (const key of afterKeys) orders.delete(key);
      return;
    }
    for (const key of afterKeys) {
      const byFields = orders.get(key);
      if (!byFields) continue;
      for (const [fieldsKey, ids] of byFields) {
        if (ids === null) continue;
        const placed = withInserted(ids, idKey, after!, fieldsKey.split('\u0000'), this.#documentOf);
        if (placed === undefined) byFields.delete(fieldsKey);
        else byFields.set(fieldsKey, placed);
      }
    }
  }

  /** Forgets every indexed key (the documents were all removed); specs stay. */
  clearKeys(): void {
    for (const entry of this.#entries.values()) {
      entry.owners?.clear();
      entry.postings?.clear();
      entry.orders?.clear();
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

/** Most value combinations one lookup expands an index prefix into before it takes a shorter prefix. */
const MAX_PREFIX_COMBINATIONS = 4096;

/** Documents an index prefix selected, and the fields of that prefix. */
export interface IndexSelection {
  ids: ReadonlySet<string>;
  fields: readonly string[];
}

function selectThroughPrefix(
  entry: IndexEntry,
  conditions: ReadonlyMap<string, readonly string[]>,
): IndexSelection | undefined {
  let combinations: string[][] = [[]];
  const fields: string[] = [];
  for (const field of entry.fields.slice(0, entry.postingDepth)) {
    const values = conditions.get(field);
    if (values === undefined || combinations.length * values.length > MAX_PREFIX_COMBINATIONS) break;
    combinations = combinations.flatMap((prefix) => values.map((value) => [...prefix, value]));
    fields.push(field);
  }
  if (fields.length === 0) return undefined;
  if (combinations.length === 1) return { ids: entry.postings!.get(postingKey(combinations[0]!)) ?? new Set(), fields };
  const union = new Set<string>();
  for (const combination of combinations)
    for (const idKey of entry.postings!.get(postingKey(combination)) ?? []) union.add(idKey);
  return { ids: union, fields };
}

/**
 * Whether two versions of a document hold the same values in every key field of an index, so
 * its postings and ordered readings stay as they are. Strict: the same value of another type
 * (a Long for a number) counts as a change, which only costs the readings a fresh sort.
 */
function sameIndexedValues(entry: IndexEntry, before: Document, after: Document): boolean {
  for (const field of entry.fields) {
    const old = getPathValues(before, field);
    const next = getPathValues(after, field);
    if (old.length !== next.length) return false;
    for (let position = 0; position < old.length; position += 1) {
      if (!sameValue(old[position], next[position])) return false;
    }
  }
  return true;
}

function sameValue(left: unknown, right: unknown): boolean {
  if (Object.is(left, right)) return true;
  if (left === null || right === null || typeof left !== 'object' || typeof right !== 'object') return false;
  return left.constructor === right.constructor && valueKey(left) === valueKey(right);
}
