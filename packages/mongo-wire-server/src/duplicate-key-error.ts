// Why a file of its own: the E11000 error mongod answers for a unique-index violation, built the
// same way by the index checks and the collection's own `_id` checks.
import type { Document } from 'bson';
import { cloneValue, formatValueForMessage } from './bson-values.js';
import { ErrorCode, MongoCommandError } from './mongo-command-error.js';

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
