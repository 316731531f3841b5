import type { Document } from 'bson';
import { aggregate, update as applyUpdateOperators } from 'mingo';
import { cloneDocument, cloneValue, formatValueForMessage, isPlainObject, valueKey } from './bson-values.js';
import { withId } from './in-memory-collection.js';
import { alteredIdError, ErrorCode, MongoCommandError } from './mongo-command-error.js';
import { MINGO_OPTIONS } from './mingo-options.js';
import { isPlainTopLevelField } from './plain-field-name.js';
import { evaluateSetStage } from './set-stage-evaluation.js';
import { withStatementNow } from './statement-now.js';

/** The update operators mingo implements, plus `$setOnInsert`, which is handled here. */
const UPDATE_OPERATORS = new Set([
  '$addToSet',
  '$bit',
  '$currentDate',
  '$inc',
  '$max',
  '$min',
  '$mul',
  '$pop',
  '$pull',
  '$pullAll',
  '$push',
  '$rename',
  '$set',
  '$setOnInsert',
  '$unset',
]);

/** The stages an update pipeline may use (mongod's list). */
const UPDATE_PIPELINE_STAGES = new Set(['$addFields', '$set', '$project', '$unset', '$replaceRoot', '$replaceWith']);

export type UpdateSpec = Document | Document[];

export interface UpdateContext {
  /** The statement's filter; needed to resolve the positional `$` operator. */
  filter: Document;
  arrayFilters?: Document[];
  variables?: Document;
  /** The statement's one `$$NOW`, whatever the fields, stages and documents that read it (as in mongod). */
  now: Date;
}

type UpdateKind = 'operators' | 'replacement' | 'pipeline';

/** Classifies an update the way mongod does: by its type and its first field's name. */
export function classifyUpdate(update: unknown): UpdateKind {
  if (Array.isArray(update)) {
    for (const stage of update) {
      const name = isPlainObject(stage) ? Object.keys(stage)[0] : undefined;
      if (!name || !UPDATE_PIPELINE_STAGES.has(name)) {
        throw new MongoCommandError(
          ErrorCode.BadValue,
          `${name ?? 'A non-object stage'} is not allowed to be used within an update`,
        );
      }
    }
    return 'pipeline';
  }
  if (!isPlainObject(update)) {
    throw new MongoCommandError(ErrorCode.FailedToParse, 'Update argument must be either an object or an array');
  }
  const fields = Object.keys(update);
  if (fields.length === 0 || !fields[0]!.startsWith('$')) return 'replacement';
  for (const operator of fields) {
    if (!UPDATE_OPERATORS.has(operator)) {
      throw new MongoCommandError(
        ErrorCode.FailedToParse,
        `Unknown modifier: ${operator}. Expected a valid update modifier or pipeline-style update specified as an array`,
      );
    }
    if (!isPlainObject(update[operator])) {
      throw new MongoCommandError(
        ErrorCode.FailedToParse,
        `Modifiers operate on fields but we found type ${typeName(update[operator])} instead. ` +
          `For example: {$mod: {<field>: ...}} not {${operator}: ${formatValueForMessage(update[operator])}}`,
      );
    }
  }
  return 'operators';
}

/** Returns the updated version of `current` as a new object; `current` is left untouched. */
export function applyUpdate(current: Document, update: UpdateSpec, context: UpdateContext): Document {
  switch (classifyUpdate(update)) {
    case 'replacement':
      return replaceDocument(current, update as Document);
    case 'pipeline':
      return runUpdatePipeline(current, update as Document[], context);
    case 'operators':
      return applyOperators(cloneDocument(current), update as Document, context, false);
  }
}

/**
 * The document an upsert inserts when nothing matched: the filter's equality conditions
 * (`{ a: 1 }`, `{ a: { $eq: 1 } }`, members of `$and`) become fields, then the update applies
 * with `$setOnInsert` included. A replacement keeps only the filter's `_id`.
 */
export function buildUpsertDocument(filter: Document, update: UpdateSpec, context: UpdateContext): Document {
  const seed = seedFromFilter(filter);
  let document: Document;
  switch (classifyUpdate(update)) {
    case 'replacement':
      document = replaceDocument(seed._id === undefined ? {} : { _id: seed._id }, update as Document);
      break;
    case 'pipeline':
      document = runUpdatePipeline(seed, update as Document[], context);
      break;
    case 'operators':
      // The seed matches the filter by construction; the positional operator has nothing to bind to.
      document = applyOperators(seed, update as Document, { ...context, filter: {} }, true);
      break;
  }
  return withId(document);
}

function replaceDocument(current: Document, replacement: Document): Document {
  const next = cloneDocument(replacement);
  if (current._id === undefined) return withId(next);
  if (next._id !== undefined && valueKey(next._id) !== valueKey(current._id)) {
    throw alteredIdError(next._id);
  }
  delete next._id;
  return { _id: current._id, ...next };
}

function runUpdatePipeline(current: Document, pipeline: Document[], context: UpdateContext): Document {
  // A counter's one-stage $set is answered without mingo (set-stage-evaluation.ts); mingo takes the rest.
  const next =
    (context.variables ? undefined : evaluateSetStage(current, pipeline, context.now)) ??
    runWithMingo(current, pipeline, context);
  if (next._id === undefined) return current._id === undefined ? next : { _id: current._id, ...next };
  if (current._id !== undefined && valueKey(next._id) !== valueKey(current._id)) {
    throw alteredIdError(next._id);
  }
  return next;
}

function runWithMingo(current: Document, pipeline: Document[], context: UpdateContext): Document {
  const options = context.variables ? { ...MINGO_OPTIONS, variables: context.variables } : MINGO_OPTIONS;
  const [result] = aggregate([cloneDocument(current)], withStatementNow(pipeline, context.now), options) as Document[];
  return result ?? {};
}

/** Applies update operators to `document` (a private copy, mutated in place) and returns it. */
function applyOperators(document: Document, update: Document, context: UpdateContext, inserting: boolean): Document {
  const modifier: Document = { ...update };
  const setOnInsert = modifier.$setOnInsert as Document | undefined;
  delete modifier.$setOnInsert;
  if (inserting && setOnInsert) modifier.$set = { ...(modifier.$set as Document | undefined), ...setOnInsert };

  // mingo refuses any $set of `_id`; mongod accepts setting it to its current value, and an
  // upsert may set it on the new document.
  if (isPlainObject(modifier.$set) && '_id' in modifier.$set) {
    const { _id: requested, ...rest } = modifier.$set;
    if (document._id === undefined && inserting) {
      document._id = cloneValue(requested);
    } else if (valueKey(requested) !== valueKey(document._id)) {
      throw new MongoCommandError(
        ErrorCode.ImmutableField,
        `Performing an update on the path '_id' would modify the immutable field '_id'`,
      );
    }
    modifier.$set = rest;
  }
  for (const operator of Object.keys(modifier)) {
    if (Object.keys(modifier[operator] as Document).length === 0) delete modifier[operator];
  }
  if (Object.keys(modifier).length === 0) return document;
  if (setsTopLevelFieldsOnly(modifier)) {
    // What mingo's $set does to a top-level field, without building its update context per call.
    for (const [field, value] of Object.entries(modifier.$set as Document)) document[field] = cloneValue(value);
    return document;
  }

  const condition = usesPositionalOperator(modifier) ? context.filter : undefined;
  applyUpdateOperators(document, modifier, context.arrayFilters, condition, {
    cloneMode: 'deep',
    queryOptions: MINGO_OPTIONS,
  });
  return document;
}

/**
 * A `$set` alone, of top-level fields named plainly (no path, no operator): a write that stores
 * an answer or a status. mingo copies its operator tables into a fresh context for every update it
 * applies, which costs more than the assignments themselves.
 */
function setsTopLevelFieldsOnly(modifier: Document): boolean {
  const operators = Object.keys(modifier);
  if (operators.length !== 1 || operators[0] !== '$set') return false;
  return Object.keys(modifier.$set as Document).every(isPlainTopLevelField);
}

function usesPositionalOperator(modifier: Document): boolean {
  return Object.values(modifier).some((fields) =>
    Object.keys(fields as Document).some((path) => path.split('.').includes('$')),
  );
}

function seedFromFilter(filter: Document): Document {
  const seed: Document = {};
  collectEqualities(filter, seed);
  return seed;
}

function collectEqualities(filter: Document, seed: Document): void {
  for (const [field, condition] of Object.entries(filter)) {
    if (field === '$and' && Array.isArray(condition)) {
      for (const clause of condition) if (isPlainObject(clause)) collectEqualities(clause, seed);
      continue;
    }
    if (field.startsWith('$')) continue;
    if (isPlainObject(condition) && Object.keys(condition).some((key) => key.startsWith('$'))) {
      if ('$eq' in condition) setPath(seed, field, cloneValue(condition.$eq));
      continue;
    }
    if (condition instanceof RegExp) continue;
    setPath(seed, field, cloneValue(condition));
  }
}

function setPath(target: Document, path: string, value: unknown): void {
  const segments = path.split('.');
  let node = target;
  for (const segment of segments.slice(0, -1)) {
    if (!isPlainObject(node[segment])) node[segment] = {};
    node = node[segment] as Document;
  }
  node[segments[segments.length - 1]!] = value;
}

function typeName(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  if (typeof value === 'number') return Number.isInteger(value) ? 'int' : 'double';
  return typeof value;
}
