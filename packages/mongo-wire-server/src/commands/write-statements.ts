import type { Document } from 'bson';
import { isPlainObject } from '../bson-values.js';
import { ErrorCode, MongoCommandError, toMongoCommandError } from '../mongo-command-error.js';

/**
 * Runs the statements of a write command (`insert`, `update`, `delete`) one by one. A failing
 * statement becomes a `writeErrors` entry rather than failing the command; an ordered batch
 * stops at the first failure, an unordered one carries on, as mongod does.
 */
export function runStatements<T>(
  statements: readonly T[],
  ordered: boolean,
  run: (statement: T, index: number) => void,
): Document[] {
  const writeErrors: Document[] = [];
  for (let index = 0; index < statements.length; index += 1) {
    try {
      run(statements[index]!, index);
    } catch (error) {
      writeErrors.push(toMongoCommandError(error).toWriteError(index));
      if (ordered) break;
    }
  }
  return writeErrors;
}

export function isOrdered(command: Document): boolean {
  return command.ordered !== false;
}

/** Each write statement must be a document; mongod names the offending array element. */
export function statementDocument(statement: unknown, commandName: string, field: string, index: number): Document {
  if (!isPlainObject(statement)) {
    throw new MongoCommandError(
      ErrorCode.TypeMismatch,
      `BSON field '${commandName}.${field}.${index}' is the wrong type, expected type 'object'`,
    );
  }
  return statement;
}

export function withWriteErrors(reply: Document, writeErrors: Document[]): Document {
  return writeErrors.length > 0 ? { ...reply, writeErrors, ok: 1 } : { ...reply, ok: 1 };
}
