import type { Document } from 'bson';
import { isPlainObject } from './bson-values.js';
import { ErrorCode, MongoCommandError } from './mongo-command-error.js';

/**
 * Readers for command fields that fail the way mongod does when a field has the wrong type
 * (TypeMismatch naming the field), instead of letting a bad value reach the storage code.
 */

export function collectionName(command: Document, commandName: string): string {
  const value = command[commandName];
  if (typeof value !== 'string' || value === '') {
    throw new MongoCommandError(
      ErrorCode.InvalidNamespace,
      `collection name has invalid type ${value === null ? 'null' : typeof value}`,
    );
  }
  return value;
}

export function optionalDocument(command: Document, field: string, commandName: string): Document | undefined {
  const value = command[field];
  if (value === undefined || value === null) return undefined;
  if (!isPlainObject(value)) throw wrongType(commandName, field, 'object');
  return value;
}

export function optionalArray(command: Document, field: string, commandName: string): unknown[] | undefined {
  const value = command[field];
  if (value === undefined || value === null) return undefined;
  if (!Array.isArray(value)) throw wrongType(commandName, field, 'array');
  return value;
}

export function requiredArray(command: Document, field: string, commandName: string): unknown[] {
  const value = optionalArray(command, field, commandName);
  if (value === undefined) {
    throw new MongoCommandError(
      ErrorCode.FailedToParse,
      `BSON field '${commandName}.${field}' is missing but a required field`,
    );
  }
  return value;
}

export function optionalNonNegativeInteger(command: Document, field: string, commandName: string): number | undefined {
  const value = command[field];
  if (value === undefined || value === null) return undefined;
  if (typeof value !== 'number' || !Number.isInteger(value)) throw wrongType(commandName, field, 'integer');
  if (value < 0) {
    throw new MongoCommandError(
      ErrorCode.BadValue,
      `BSON field '${field}' value must be >= 0, actual value '${value}'`,
    );
  }
  return value;
}

export function optionalInteger(command: Document, field: string, commandName: string): number | undefined {
  const value = command[field];
  if (value === undefined || value === null) return undefined;
  if (typeof value !== 'number' || !Number.isInteger(value)) throw wrongType(commandName, field, 'integer');
  return value;
}

function wrongType(commandName: string, field: string, expected: string): MongoCommandError {
  return new MongoCommandError(
    ErrorCode.TypeMismatch,
    `BSON field '${commandName}.${field}' is the wrong type, expected type '${expected}'`,
  );
}
