// Why a file of its own: the ordered reading of an index (a sort on its key fields served by the
// index instead of sorting every match), apart from its equality postings (index-entry.ts).
import type { Document } from 'bson';
import type { SortSpec } from 'mingo/types';
import { compare } from 'mingo/util';
import { getPathValues } from './bson-values.js';
import { postingKey, type IndexEntry } from './index-entry.js';

/** The documents of one index prefix in a sort's order: read forwards, or backwards when `reverse`. */
export interface OrderedIds {
  ids: readonly string[];
  reverse: boolean;
  /** The first sort key field: a range condition on it bounds the reading (see rangeOf). */
  field: string;
}

/**
 * The `_id` keys an index holds under one equality prefix (`{patient_id: 'p'}` of
 * `{patient_id: 1, date: -1}`), in the order of `sort` when the sort names the key fields that
 * follow the prefix, then `_id` (so the order is total), all ascending or all descending: the
 * order is kept ascending and read backwards for a descending sort. Undefined when the index cannot
 * give that order, or when a document holds an array or several values in a sorted field (whose
 * sort keys mongod derives otherwise).
 *
 * The order is computed once per prefix and kept until the index changes (see IndexManager.apply),
 * so repeated sorted reads of a collection that is not being written cost no sort at all.
 */
export function orderedIds(
  entry: IndexEntry,
  conditions: ReadonlyMap<string, readonly string[]>,
  sort: SortSpec,
  documentOf: (idKey: string) => Document | undefined,
): OrderedIds | undefined {
  if (!entry.postings) return undefined;
  const sorted = Object.entries(sort);
  const last = sorted.at(-1);
  if (sorted.length < 2 || last?.[0] !== '_id') return undefined;
  const keyFields = sorted.slice(0, -1).map(([field]) => field);
  const prefixLength = entry.fields.indexOf(keyFields[0]!);
  if (prefixLength < 1 || prefixLength > entry.postingDepth!) return undefined;
  const prefix: string[] = [];
  for (const field of entry.fields.slice(0, prefixLength)) {
    const values = conditions.get(field);
    if (values?.length !== 1) return undefined;
    prefix.push(values[0]!);
  }
  const sense = last[1];
  for (const [position, [field, direction]] of sorted.slice(0, -1).entries()) {
    if (entry.fields[prefixLength + position] !== field || direction !== sense) return undefined;
  }
  const prefixKey = postingKey(prefix);
  const fieldsKey = keyFields.join('\u0000');
  entry.orders ??= new Map();
  let byFields = entry.orders.get(prefixKey);
  if (byFields === undefined) entry.orders.set(prefixKey, (byFields = new Map()));
  let ids = byFields.get(fieldsKey);
  if (ids === undefined) {
    ids = orderOf(entry.postings.get(prefixKey) ?? new Set(), keyFields, documentOf);
    byFields.set(fieldsKey, ids);
  }
  return ids === null ? undefined : { ids, reverse: sense < 0, field: keyFields[0]! };
}

/** Range operators an ordered reading can bound itself by, on its first sort key. */
const RANGE_OPERATORS = new Set(['$gt', '$gte', '$lt', '$lte']);

/**
 * The positions `[start, end)` of an ascending ordered reading whose first sort key can satisfy
 * a range condition on it (`{day: {$gte: a, $lt: b}}`), found by binary search, so a reading of
 * one day of a long history does not test every newer document first. Only for bounds that are
 * strings, finite numbers or dates: mongod compares a range only within one type, and those keys
 * sit together in the order, so a match never lies outside the positions. The whole reading for
 * any other condition; the filter is still applied to every document inside.
 */
export function rangeOf(
  ids: readonly string[],
  field: string,
  condition: unknown,
  documentOf: (idKey: string) => Document | undefined,
): { start: number; end: number } {
  const whole = { start: 0, end: ids.length };
  if (condition === null || typeof condition !== 'object' || Array.isArray(condition)) return whole;
  const bounds = Object.entries(condition as Document);
  if (bounds.length === 0 || !bounds.every(([operator, value]) => RANGE_OPERATORS.has(operator) && rangeable(value)))
    return whole;
  const keyAt = (position: number): unknown => {
    const document = documentOf(ids[position]!);
    const [value] = document ? getPathValues(document, field) : [];
    return value === undefined ? null : value;
  };
  // The first position whose key is at least (`inclusive`) or above `value`.
  const firstFrom = (value: unknown, inclusive: boolean): number => {
    let low = 0;
    let high = ids.length;
    while (low < high) {
      const middle = (low + high) >>> 1;
      const order = compare(keyAt(middle), value);
      if (order > 0 || (inclusive && order === 0)) high = middle;
      else low = middle + 1;
    }
    return low;
  };
  let { start, end } = whole;
  for (const [operator, value] of bounds) {
    if (operator === '$gte') start = Math.max(start, firstFrom(value, true));
    else if (operator === '$gt') start = Math.max(start, firstFrom(value, false));
    else if (operator === '$lt') end = Math.min(end, firstFrom(value, true));
    else end = Math.min(end, firstFrom(value, false));
  }
  return { start, end: Math.max(start, end) };
}

function rangeable(value: unknown): boolean {
  return typeof value === 'string' || (typeof value === 'number' && Number.isFinite(value)) || value instanceof Date;
}

/** A document's place in an ordered reading: its values of the sort's key fields, then its `_id`. */
interface SortPlace {
  keys: unknown[];
  id: unknown;
}

/** A document's sort keys on `fields`, or null when a field holds an array or several values. */
function sortPlaceOf(document: Document, fields: readonly string[]): SortPlace | null {
  const keys: unknown[] = [];
  for (const field of fields) {
    const values = getPathValues(document, field);
    if (values.length !== 1 || Array.isArray(values[0])) return null;
    keys.push(values[0] === undefined ? null : values[0]);
  }
  return { keys, id: document._id };
}

function comparePlaces(left: SortPlace, right: SortPlace): number {
  for (let position = 0; position < left.keys.length; position += 1) {
    const order = compare(left.keys[position], right.keys[position]);
    if (order !== 0) return order;
  }
  return compare(left.id, right.id);
}

function orderOf(
  holders: ReadonlySet<string>,
  fields: readonly string[],
  documentOf: (idKey: string) => Document | undefined,
): string[] | null {
  const keyed: Array<{ idKey: string; place: SortPlace }> = [];
  for (const idKey of holders) {
    const document = documentOf(idKey);
    if (!document) continue;
    const place = sortPlaceOf(document, fields);
    if (place === null) return null;
    keyed.push({ idKey, place });
  }
  keyed.sort((left, right) => comparePlaces(left.place, right.place));
  return keyed.map((entry) => entry.idKey);
}

/**
 * An ordered reading (see orderedIds) with a newly inserted document placed where sorting would
 * put it, found by binary search: a collection written and then read in turn (a conversation's
 * newest exchange, then its context) no longer sorts the whole prefix after every insert. A new
 * array: a reading already handed out is never changed. Null when the document cannot be ordered;
 * undefined when a stored one is missing or cannot be, so the reading is better sorted afresh.
 */
export function withInserted(
  ids: readonly string[],
  idKey: string,
  document: Document,
  fields: readonly string[],
  documentOf: (idKey: string) => Document | undefined,
): string[] | null | undefined {
  const place = sortPlaceOf(document, fields);
  if (place === null) return null;
  let low = 0;
  let high = ids.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    const stored = documentOf(ids[middle]!);
    const other = stored ? sortPlaceOf(stored, fields) : null;
    // Cannot happen while the reading is kept in step; the caller then drops it, to be sorted afresh.
    if (other === null) return undefined;
    if (comparePlaces(other, place) < 0) low = middle + 1;
    else high = middle;
  }
  return [...ids.slice(0, low), idKey, ...ids.slice(low)];
}
