// Why a file of its own: the in-memory form of one index (unique owners, equality postings) and the
// keys a document contributes to it, the data structure IndexManager keeps per index.
import { Decimal128, type Document } from 'bson';
import { Query } from 'mingo';
import { getPathValues, isPlainObject, valueKey } from './bson-values.js';
import { ID_INDEX_NAME, type IndexSpec } from './index-spec.js';
import { MINGO_OPTIONS } from './mingo-options.js';

export interface IndexEntry {
  spec: IndexSpec;
  fields: string[];
  unique: boolean;
  sparse: boolean;
  matchesPartialFilter?: (document: Document) => boolean;
  /** For unique indexes only: index key → `_id` key of the document holding it. */
  owners?: Map<string, string>;
  /**
   * Equality postings: for each leading run of the key fields (`{a}`, `{a, b}`, ...), the
   * combination of values a document holds → `_id` keys of the documents holding it; array
   * fields post one key per element (a multikey index). Used to narrow equality and `$in`
   * queries on an index prefix. Kept only for ascending/descending key fields of indexes that
   * cover every document (not sparse, not partial, no collation), so a lookup never misses a match.
   */
  postings?: Map<string, Set<string>>;
  /** How many leading key fields the postings cover (the ascending/descending ones). */
  postingDepth?: number;
  /**
   * Sorted readings of postings (see index-order.ts): by posting key of the prefix, then by the
   * sort's key fields (joined by NUL); null where the documents cannot be ordered by the index.
   * A write keeps them in step (see IndexManager.apply): an insert is placed into the readings of
   * its prefixes, a write that moves or reorders a document drops the readings of its prefixes,
   * and a write that changes no indexed value leaves them as they are.
   */
  orders?: Map<string, Map<string, string[] | null>>;
}

export interface IndexKey {
  key: string;
  values: unknown[];
}

export function buildEntry(spec: IndexSpec): IndexEntry {
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
  const depth = entry.fields.findIndex((field) => typeof spec.key[field] !== 'number');
  const postingDepth = depth === -1 ? entry.fields.length : depth;
  if (coversEveryDocument && postingDepth > 0 && spec.name !== ID_INDEX_NAME) {
    entry.postings = new Map();
    entry.postingDepth = postingDepth;
  }
  return entry;
}

/** The posting key of one combination of value keys on the first `combination.length` fields. */
export function postingKey(combination: readonly string[]): string {
  return `${combination.length}\u0001${combination.join('\u0000')}`;
}

/**
 * The value keys one field of a document contributes. A Decimal128 is also posted under the
 * plain-number key so an equality query with a double finds it; extra candidates are harmless.
 */
function fieldValueKeys(document: Document, field: string): string[] {
  const keys = new Set<string>();
  for (const value of getPathValues(document, field)) {
    keys.add(valueKey(value));
    if (value instanceof Decimal128) keys.add(valueKey(Number(value.toString())));
  }
  return [...keys];
}

/** The posting keys of a document: every combination of its values on every covered prefix. */
export function postingKeys(entry: IndexEntry, document: Document): Set<string> {
  const keys = new Set<string>();
  let combinations: string[][] = [[]];
  for (const field of entry.fields.slice(0, entry.postingDepth)) {
    const values = fieldValueKeys(document, field);
    combinations = combinations.flatMap((prefix) => values.map((value) => [...prefix, value]));
    for (const combination of combinations) keys.add(postingKey(combination));
  }
  return keys;
}

export function addPostings(
  entry: IndexEntry,
  idKey: string,
  document: Document,
  keys: Iterable<string> = postingKeys(entry, document),
): void {
  for (const key of keys) {
    let holders = entry.postings!.get(key);
    if (!holders) {
      holders = new Set();
      entry.postings!.set(key, holders);
    }
    holders.add(idKey);
  }
}

export function removePostings(
  entry: IndexEntry,
  idKey: string,
  document: Document,
  keys: Iterable<string> = postingKeys(entry, document),
): void {
  for (const key of keys) {
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
export function indexKeys(entry: IndexEntry, document: Document): IndexKey[] {
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
