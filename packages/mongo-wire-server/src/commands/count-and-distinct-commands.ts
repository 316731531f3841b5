import type { Document } from 'bson';
import { compare } from 'mingo/util';
import { collectionName, optionalDocument, optionalInteger, optionalNonNegativeInteger } from '../command-arguments.js';
import type { CommandHandlers } from '../command-context.js';
import { getPathValues, valueKey } from '../bson-values.js';
import { selectDocuments } from '../document-query.js';
import { ErrorCode, MongoCommandError } from '../mongo-command-error.js';

export const countAndDistinctCommands: CommandHandlers = {
  count(command, { storage, database }) {
    const name = collectionName(command, 'count');
    const collection = storage.getCollection(database, name);
    const query = optionalDocument(command, 'query', 'count');
    const skip = optionalNonNegativeInteger(command, 'skip', 'count') ?? 0;
    // A negative limit counts like its absolute value, as in mongod.
    const limit = Math.abs(optionalInteger(command, 'limit', 'count') ?? 0);
    if (!collection) return { n: 0, ok: 1 };

    // estimatedDocumentCount sends a bare count: answer it from the map size without a scan.
    const total =
      !query || Object.keys(query).length === 0
        ? collection.size
        : selectDocuments(collection, query, optionalDocument(command, 'collation', 'count')).length;
    const afterSkip = Math.max(total - skip, 0);
    return { n: limit > 0 ? Math.min(afterSkip, limit) : afterSkip, ok: 1 };
  },

  distinct(command, { storage, database }) {
    const name = collectionName(command, 'distinct');
    const key = command.key;
    if (typeof key !== 'string' || key === '') {
      throw new MongoCommandError(
        ErrorCode.TypeMismatch,
        "BSON field 'distinct.key' is the wrong type, expected type 'string'",
      );
    }
    const documents = selectDocuments(
      storage.getCollection(database, name),
      optionalDocument(command, 'query', 'distinct'),
      optionalDocument(command, 'collation', 'distinct'),
    );
    const seen = new Map<string, unknown>();
    for (const document of documents) {
      for (const value of getPathValues(document, key)) {
        // Missing fields and empty arrays contribute no value; arrays contribute their elements.
        if (value === undefined || (Array.isArray(value) && value.length === 0)) continue;
        const canonical = valueKey(value);
        if (!seen.has(canonical)) seen.set(canonical, value);
      }
    }
    const values = [...seen.values()].sort(compare);
    return { values, ok: 1 } satisfies Document;
  },
};
