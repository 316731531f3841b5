// Why a file of its own: which stored documents a filter's equality conditions select through the
// `_id` map or an index prefix, apart from running the query over them (document-query.ts).
import { type Document, ObjectId } from 'bson';
import { isPlainObject, valueKey } from './bson-values.js';
import type { InMemoryCollection } from './in-memory-collection.js';

/**
 * Narrows a filter to candidate documents through the primary `_id` map or a secondary index
 * (a prefix of its key) when top-level fields are compared for equality (`{ f: v }`,
 * `{ f: { $eq: v } }`, `{ f: { $in: [...] } }`) with plain values. Returns undefined when a
 * scan is needed. The candidates are a superset of the matches; the caller still applies the
 * whole filter.
 */
export function candidateDocuments(
  collection: InMemoryCollection,
  filter: Document | undefined,
  collation: Document | undefined,
): Candidates | undefined {
  // A collation may make differently spelled strings equal, which value keys cannot see.
  if (!filter || (collation && collation.locale !== 'simple')) return undefined;
  return candidatesOf(collection, filter, equalityConditions(filter)!);
}

/**
 * Documents an index (or the `_id` map) selected; `exact` when they are exactly the filter's
 * matches: every field of the filter is an equality or `$in` on strings, booleans or ObjectIds
 * (whose value keys are equal exactly when mongod calls the values equal) and the index prefix
 * constrained them all.
 */
export interface Candidates {
  documents: Document[];
  exact: boolean;
}
/** Field → the value keys it must equal, for the filter's top-level equality conditions. */
export function equalityConditions(filter: Document | undefined): Map<string, string[]> | undefined {
  if (!filter) return undefined;
  const conditions = new Map<string, string[]>();
  for (const [field, condition] of Object.entries(filter)) {
    if (field.startsWith('$') || /(^|\.)\d+(\.|$)/.test(field)) continue;
    const keys = equalityKeys(condition);
    if (keys) conditions.set(field, keys);
  }
  return conditions;
}

export function candidatesOf(
  collection: InMemoryCollection,
  filter: Document | undefined,
  conditions: ReadonlyMap<string, string[]>,
): Candidates | undefined {
  const byId = conditions.get('_id');
  const byIndex = collection.indexes.select(conditions);
  const fields = Object.keys(filter ?? {});
  if (byId !== undefined && (byIndex === undefined || byId.length <= byIndex.ids.size)) {
    // A filter on `_id` alone (a counter's or a lease's document) is answered by the `_id` map whole.
    const exact = fields.length === 1 && fields[0] === '_id' && exactlyKeyed(filter!._id);
    return { documents: collection.findByIdKeys(byId), exact };
  }
  if (!byIndex) return undefined;
  const exact =
    fields.length === byIndex.fields.length &&
    fields.every((field) => byIndex.fields.includes(field) && exactlyKeyed(filter![field]));
  return { documents: collection.findByIdKeys(byIndex.ids), exact };
}

/** An equality or `$in` on strings, booleans and ObjectIds only (see Candidates). */
function exactlyKeyed(condition: unknown): boolean {
  const exact = (value: unknown) =>
    typeof value === 'string' || typeof value === 'boolean' || value instanceof ObjectId;
  if (exact(condition)) return true;
  if (!isPlainObject(condition)) return false;
  if (Object.keys(condition).length !== 1) return false;
  if ('$eq' in condition) return exact(condition.$eq);
  return Array.isArray(condition.$in) && condition.$in.every(exact);
}

/** Value keys for an equality condition on plain values, or undefined for anything else. */
function equalityKeys(condition: unknown): string[] | undefined {
  if (isIndexableValue(condition)) return [valueKey(condition)];
  if (!isPlainObject(condition)) return undefined;
  const operators = Object.keys(condition);
  if (operators.length !== 1) return undefined;
  if (operators[0] === '$eq' && isIndexableValue(condition.$eq)) return [valueKey(condition.$eq)];
  if (operators[0] === '$in' && Array.isArray(condition.$in) && condition.$in.every(isIndexableValue)) {
    return [...new Set(condition.$in.map(valueKey))];
  }
  return undefined;
}

/**
 * Values whose equality is exactly value-key equality. Null (which also matches missing
 * fields), arrays and documents (which match whole arrays and embedded documents) and
 * regular expressions (which are patterns) always go through a scan.
 */
function isIndexableValue(value: unknown): boolean {
  switch (typeof value) {
    case 'string':
    case 'boolean':
      return true;
    case 'number':
      return Number.isFinite(value);
    default:
      return value instanceof Date || value instanceof ObjectId;
  }
}
