import { ObjectId, type Document } from 'bson';
import { aggregate, find, ProcessingMode, Query } from 'mingo';
import type { CollationSpec, Options, SortSpec } from 'mingo/types';
import { compare } from 'mingo/util';
import { getPathValues, isPlainObject } from './bson-values.js';
import type { InMemoryCollection } from './in-memory-collection.js';
import { candidateDocuments, candidatesOf, equalityConditions } from './index-candidates.js';
import { rangeOf, type OrderedIds } from './index-order.js';
import { ErrorCode, MongoCommandError } from './mongo-command-error.js';
import { MINGO_OPTIONS } from './mingo-options.js';
import { projectDocuments } from './projection.js';

export interface FindSpec {
  filter?: Document;
  sort?: Document;
  skip?: number;
  limit?: number;
  projection?: Document;
  collation?: Document;
}

export interface PipelineContext {
  /** Resolves `$lookup`/`$unionWith`/`$graphLookup` collection names in the same database. */
  resolveCollection: (name: string) => Document[];
  collation?: Document;
  variables?: Document;
}

/**
 * Pipeline stages that never write into their input documents in mingo, so they can run over
 * the stored objects directly. Anything else gets cloned inputs: `$addFields`/`$set`, for
 * instance, copy only the top level and would write nested paths into stored documents.
 */
const NON_MUTATING_STAGES = new Set([
  '$match',
  '$group',
  '$count',
  '$limit',
  '$skip',
  '$sort',
  '$sortByCount',
  '$project',
]);

function mingoOptions(collation?: Document, variables?: Document): Partial<Options> {
  const options: { -readonly [K in keyof Options]?: Options[K] } = { ...MINGO_OPTIONS };
  if (isPlainObject(collation) && typeof collation.locale === 'string' && collation.locale !== 'simple') {
    options.collation = collation as CollationSpec;
  }
  if (variables) options.variables = variables;
  return options;
}

export function createMatcher(filter: Document | undefined, collation?: Document): (document: Document) => boolean {
  if (!filter || Object.keys(filter).length === 0) return () => true;
  assertDocument(filter, 'filter');
  const options = mingoOptions(collation);
  const equalities = options.collation === undefined ? plainEqualities(filter) : undefined;
  if (!equalities) {
    // Built at once: a filter mingo refuses fails the command even when nothing is there to test.
    const query = new Query(filter, options);
    return (document) => query.test(document);
  }
  let query: Query | undefined;
  const mingoTest = (document: Document) => (query ??= new Query(filter, options)).test(document);
  return (document) => {
    for (const [field, wanted] of equalities) {
      const value = Object.hasOwn(document, field) ? (document[field] as unknown) : undefined;
      // An array matches when one of its elements does (and more besides): mingo decides.
      if (Array.isArray(value)) return mingoTest(document);
      if (!plainEqual(value, wanted)) return false;
    }
    return true;
  };
}

/** A value an equality condition can be decided on by hand: its matches are exactly the same value. */
type PlainValue = string | boolean | ObjectId | null;

/**
 * The conditions of a filter made only of equalities (`{f: v}`, `{f: {$eq: v}}`) on top-level
 * fields with a string, boolean, ObjectId or null: a turn's reads and writes select by ids,
 * statuses and a patient id that is null for a guest. Building mingo's query for them costs more
 * than testing a few candidates (mingo copies its operator tables into every query it builds);
 * mingo still decides any other filter, and any document whose field holds an array.
 */
function plainEqualities(filter: Document): Array<[string, PlainValue]> | undefined {
  const equalities: Array<[string, PlainValue]> = [];
  for (const [field, condition] of Object.entries(filter)) {
    if (field === '' || field.startsWith('$') || field.includes('.')) return undefined;
    let wanted: unknown = condition;
    if (isPlainObject(condition)) {
      const operators = Object.keys(condition);
      if (operators.length !== 1 || operators[0] !== '$eq') return undefined;
      wanted = condition.$eq;
    }
    if (!isPlainValue(wanted)) return undefined;
    equalities.push([field, wanted]);
  }
  return equalities;
}

function isPlainValue(value: unknown): value is PlainValue {
  return value === null || typeof value === 'string' || typeof value === 'boolean' || value instanceof ObjectId;
}

/** mongod's equality of a stored (non-array) value with a plain value: null also matches a missing field. */
function plainEqual(value: unknown, wanted: PlainValue): boolean {
  if (wanted === null) return value === null || value === undefined;
  if (wanted instanceof ObjectId) return value instanceof ObjectId && value.equals(wanted);
  return value === wanted;
}

/** Documents of a collection selected by a filter, in natural order, stopping after `limit`. */
export function selectDocuments(
  collection: InMemoryCollection | undefined,
  filter: Document | undefined,
  collation?: Document,
  limit = Number.POSITIVE_INFINITY,
): Document[] {
  if (!collection) return [];
  const candidates = candidateDocuments(collection, filter, collation);
  // An index answered the whole filter exactly: every candidate matches.
  if (candidates?.exact)
    return limit < candidates.documents.length ? candidates.documents.slice(0, limit) : candidates.documents;
  const matches = createMatcher(filter, collation);
  const selected: Document[] = [];
  for (const document of candidates?.documents ?? collection.documents()) {
    if (selected.length >= limit) break;
    if (matches(document)) selected.push(document);
  }
  return selected;
}

/** The documents a `find` returns: filtered, sorted, skipped, limited, then projected. */
export function findDocuments(collection: InMemoryCollection | undefined, spec: FindSpec): Document[] {
  return runFind(collection, spec).documents;
}

/** Below this many candidates an equality lookup's documents are sorted rather than read in an index's order. */
const ORDERED_SCAN_THRESHOLD = 256;

function runFind(
  collection: InMemoryCollection | undefined,
  spec: FindSpec,
): { documents: Document[]; examined: number; indexed: boolean } {
  if (spec.filter !== undefined) assertDocument(spec.filter, 'filter');
  if (spec.projection !== undefined) assertDocument(spec.projection, 'projection');
  if (!collection) return { documents: [], examined: 0, indexed: false };
  const sort = normalizeSort(spec.sort);
  const options = mingoOptions(spec.collation);
  const conditions = options.collation === undefined ? equalityConditions(spec.filter) : undefined;
  if (sort && conditions && spec.limit && naturalOrder(spec.sort) === 1) {
    const narrowed = collection.indexes.lookup(conditions)?.size ?? collection.size;
    // Read in order only when the reading can stop early: a limit above the candidates reads them all.
    const ordered =
      narrowed > ORDERED_SCAN_THRESHOLD &&
      (spec.skip ?? 0) + spec.limit < narrowed &&
      collection.indexes.ordered(conditions, sort, (idKey) => collection.findByIdKey(idKey));
    if (ordered) return orderedFind(collection, ordered, spec, options);
  }
  const selection = conditions && candidatesOf(collection, spec.filter, conditions);
  const candidates = selection?.documents;
  const examined = candidates?.length ?? collection.size;
  let source: Document[] | IterableIterator<Document> = candidates ?? collection.documents();
  if (naturalOrder(spec.sort) === -1) source = [...source].reverse();
  if (options.collation === undefined) {
    // Filter, sort and cut first, so only what is returned is projected (copied). An index that
    // answered the whole filter leaves nothing to test.
    let selected: Document[];
    if (selection?.exact) selected = [...source];
    else {
      const matches = createMatcher(spec.filter);
      selected = [];
      for (const document of source) if (matches(document)) selected.push(document);
    }
    const ordered = sort ? sortedByScalars(selected, sort) : selected;
    if (ordered) {
      const start = spec.skip ?? 0;
      const page = ordered.slice(start, spec.limit ? start + spec.limit : undefined);
      const documents = projectDocuments(page, spec.projection, options);
      return { documents, examined, indexed: candidates !== undefined };
    }
  }
  const cursor = find([...source], spec.filter ?? {}, spec.projection ?? {}, options);
  if (sort) cursor.sort(sort);
  if (spec.skip) cursor.skip(spec.skip);
  if (spec.limit) cursor.limit(spec.limit);
  return { documents: cursor.all() as Document[], examined, indexed: candidates !== undefined };
}

/**
 * A sorted, limited find read in an index's order: documents are tested one by one from the
 * start of the order and the reading stops once `skip + limit` match, so a "newest 64 of 20,000"
 * examines 64 documents and more only as the filter rejects some, and sorts nothing. A range on
 * the first sort key starts and ends the reading at the range's bounds.
 */
function orderedFind(
  collection: InMemoryCollection,
  ordered: OrderedIds,
  spec: FindSpec,
  options: Partial<Options>,
): { documents: Document[]; examined: number; indexed: boolean } {
  const matches = createMatcher(spec.filter);
  const wanted = (spec.skip ?? 0) + spec.limit!;
  const page: Document[] = [];
  const { ids, reverse, field } = ordered;
  // A range on the first sort key (a period of dates) bounds the reading at both ends.
  const { start, end } = rangeOf(ids, field, spec.filter?.[field], (idKey) => collection.findByIdKey(idKey));
  let examined = 0;
  for (let step = 0; step < end - start && page.length < wanted; step += 1) {
    const document = collection.findByIdKey(ids[reverse ? end - 1 - step : start + step]!);
    if (!document) continue;
    examined += 1;
    if (matches(document)) page.push(document);
  }
  const documents = projectDocuments(page.slice(spec.skip ?? 0), spec.projection, options);
  return { documents, examined, indexed: true };
}

/**
 * Documents sorted by fields that each hold one value that is not an array (the common case:
 * dates, names, ids), in BSON order and stably; undefined when some document has an array or
 * several values there, whose sort keys mongod derives otherwise (mingo's sort handles those).
 */
function sortedByScalars(documents: Document[], sort: SortSpec): Document[] | undefined {
  const fields = Object.entries(sort);
  const keyed: Array<{ document: Document; keys: unknown[]; index: number }> = [];
  for (const [index, document] of documents.entries()) {
    const keys: unknown[] = [];
    for (const [field] of fields) {
      const values = getPathValues(document, field);
      if (values.length !== 1 || Array.isArray(values[0])) return undefined;
      keys.push(values[0] === undefined ? null : values[0]);
    }
    keyed.push({ document, keys, index });
  }
  keyed.sort((left, right) => {
    for (const [position, [, direction]] of fields.entries()) {
      const order = compare(left.keys[position], right.keys[position]);
      if (order !== 0) return order * (direction as number);
    }
    return left.index - right.index;
  });
  return keyed.map((entry) => entry.document);
}

/**
 * A `find` with what answering it took: how many stored documents the filter was applied to
 * (all of them on a scan, the index's candidates otherwise, or those read in an index's order
 * until the limit was reached) and whether an index chose them.
 */
export function explainFind(
  collection: InMemoryCollection | undefined,
  spec: FindSpec,
): { documents: Document[]; examined: number; indexed: boolean } {
  return runFind(collection, spec);
}

/** Sorts already-selected documents (used by findAndModify). */
export function sortDocuments(documents: Document[], sortSpec: Document | undefined, collation?: Document): Document[] {
  const sort = normalizeSort(sortSpec);
  const ordered = naturalOrder(sortSpec) === -1 ? [...documents].reverse() : documents;
  if (!sort) return ordered;
  return find(ordered, {}, {}, mingoOptions(collation)).sort(sort).all() as Document[];
}

/**
 * Runs an aggregation pipeline over a collection (or over nothing, for `aggregate: 1`).
 * Leading `$match` stages select stored documents by reference, through an index when one
 * applies, so only what survives them is ever copied for the rest of the pipeline.
 */
export function runPipeline(
  collection: InMemoryCollection | undefined,
  pipeline: Document[],
  context: PipelineContext,
): Document[] {
  let start = 0;
  let documents: Document[];
  if (isPlainObject(pipeline[0]?.$match)) {
    documents = selectDocuments(collection, pipeline[0].$match as Document, context.collation);
    start = 1;
  } else {
    documents = collection ? [...collection.documents()] : [];
  }
  while (start < pipeline.length && isPlainObject(pipeline[start]!.$match)) {
    documents = documents.filter(createMatcher(pipeline[start]!.$match as Document, context.collation));
    start += 1;
  }
  const rest = pipeline.slice(start);
  if (rest.length === 0) return documents;

  const mutating = rest.some((stage) => !NON_MUTATING_STAGES.has(Object.keys(stage)[0] ?? ''));
  const options: Partial<Options> = {
    ...mingoOptions(context.collation, context.variables),
    processingMode: mutating ? ProcessingMode.CLONE_INPUT : ProcessingMode.CLONE_OFF,
    collectionResolver: context.resolveCollection,
  };
  return aggregate(documents, rest, options) as Document[];
}

function normalizeSort(sort: Document | undefined): SortSpec | undefined {
  if (sort === undefined || sort === null) return undefined;
  assertDocument(sort, 'sort');
  const normalized: SortSpec = {};
  for (const [field, direction] of Object.entries(sort)) {
    // $natural is handled by ordering the source; {$meta: ...} needs text search, which is not supported.
    if (field === '$natural' || isPlainObject(direction)) continue;
    if (typeof direction !== 'number' || direction === 0) {
      throw new MongoCommandError(
        ErrorCode.BadValue,
        `$sort key ordering must be 1 (for ascending) or -1 (for descending)`,
      );
    }
    normalized[field] = direction < 0 ? -1 : 1;
  }
  return Object.keys(normalized).length > 0 ? normalized : undefined;
}

function naturalOrder(sort: Document | undefined): 1 | -1 {
  return isPlainObject(sort) && typeof sort.$natural === 'number' && sort.$natural < 0 ? -1 : 1;
}

function assertDocument(value: unknown, field: string): asserts value is Document {
  if (!isPlainObject(value)) {
    throw new MongoCommandError(ErrorCode.TypeMismatch, `"${field}" had the wrong type. Expected object`);
  }
}
