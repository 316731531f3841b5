import type { Document } from 'bson';
import { MingoError } from 'mingo/util';
import { formatValueForMessage } from './bson-values.js';

/**
 * Server error codes the embedded server can answer with. Names and numbers are MongoDB's own
 * (src/mongo/base/error_codes.yml) so drivers and Mongoose classify the errors exactly as they
 * would against a real mongod (e.g. 11000 becomes a duplicate-key error, 43 a cursor-not-found).
 */
export const ErrorCode = {
  InternalError: 1,
  BadValue: 2,
  FailedToParse: 9,
  Unauthorized: 13,
  TypeMismatch: 14,
  IllegalOperation: 20,
  InvalidBSON: 22,
  NamespaceNotFound: 26,
  IndexNotFound: 27,
  CursorNotFound: 43,
  NamespaceExists: 48,
  InvalidIdField: 53,
  CommandNotFound: 59,
  ImmutableField: 66,
  CannotCreateIndex: 67,
  InvalidOptions: 72,
  InvalidNamespace: 73,
  IndexOptionsConflict: 85,
  IndexKeySpecsConflict: 86,
  CommandNotSupported: 115,
  UnsupportedOpQueryCommand: 352,
  BSONObjectTooLarge: 10334,
  DuplicateKey: 11000,
} as const;

export type ErrorCodeNumber = (typeof ErrorCode)[keyof typeof ErrorCode];

const CODE_NAMES = new Map<number, string>(Object.entries(ErrorCode).map(([name, code]) => [code, name]));

/**
 * A failure that is reported to the client as a server error document
 * (`{ ok: 0, errmsg, code, codeName }`) or, inside write commands, as a `writeErrors` entry.
 * `details` carries extra top-level fields such as `keyPattern`/`keyValue` for duplicate keys.
 */
export class MongoCommandError extends Error {
  readonly codeName: string;

  constructor(
    readonly code: ErrorCodeNumber,
    message: string,
    readonly details: Document = {},
  ) {
    super(message);
    this.name = 'MongoCommandError';
    this.codeName = CODE_NAMES.get(code) ?? 'UnknownError';
  }

  toReply(): Document {
    return { ok: 0, errmsg: this.message, code: this.code, codeName: this.codeName, ...this.details };
  }

  /** The shape of one entry of a write command's `writeErrors` array. */
  toWriteError(index: number): Document {
    return { index, code: this.code, errmsg: this.message, ...this.details };
  }
}

/**
 * Turns anything a handler threw into a MongoCommandError. mingo reports malformed queries,
 * pipelines and update documents with MingoError; mongod rejects the same input as BadValue,
 * except attempts to change `_id`, which mongod reports as ImmutableField.
 */
export function toMongoCommandError(error: unknown): MongoCommandError {
  if (error instanceof MongoCommandError) return error;
  if (error instanceof MingoError) {
    const code = /immutable field/i.test(error.message) ? ErrorCode.ImmutableField : ErrorCode.BadValue;
    return new MongoCommandError(code, error.message);
  }
  const message = error instanceof Error ? error.message : String(error);
  return new MongoCommandError(ErrorCode.InternalError, message);
}

/** mongod's refusal of an update or replacement that would give a document another `_id`. */
export function alteredIdError(newId: unknown): MongoCommandError {
  return new MongoCommandError(
    ErrorCode.ImmutableField,
    `After applying the update, the (immutable) field '_id' was found to have been altered to _id: ${formatValueForMessage(newId)}`,
  );
}
