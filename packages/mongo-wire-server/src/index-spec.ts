// Why a file of its own: what an index specification is (its normal form, its validation with
// mongod's errors, and when two are the same), apart from how IndexManager keeps the keys.
import type { Document } from 'bson';
import { cloneValue, formatValueForMessage, isPlainObject, valueKey } from './bson-values.js';
import { ErrorCode, MongoCommandError } from './mongo-command-error.js';

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

export const ID_INDEX_NAME = '_id_';

/** Key types mongod accepts besides 1/-1; accepted and listed, but only equality on them is enforced. */
const SPECIAL_KEY_TYPES = new Set(['text', '2d', '2dsphere', 'hashed', 'geoHaystack', 'columnstore']);

/** Spec fields that do not change what an index is, so they are ignored when comparing two specs. */
const IGNORED_OPTIONS = new Set(['v', 'key', 'name', 'ns', 'background']);

export function normalizeSpec(requested: Document): IndexSpec {
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
export function comparableOptions(spec: IndexSpec): string {
  const picked: Document = {};
  for (const option of Object.keys(spec).sort()) {
    if (IGNORED_OPTIONS.has(option)) continue;
    const value = spec[option];
    if ((option === 'unique' || option === 'sparse') && !value) continue;
    picked[option] = value;
  }
  return valueKey(picked);
}
