import type { Document } from 'bson';
import { collectionName, optionalDocument, optionalNonNegativeInteger, requiredArray } from '../command-arguments.js';
import type { CommandHandler, CommandHandlers } from '../command-context.js';
import { isPlainObject } from '../bson-values.js';
import type { InMemoryCollection } from '../in-memory-collection.js';
import { ErrorCode, MongoCommandError } from '../mongo-command-error.js';

export const indexCommands: CommandHandlers = {
  createIndexes(command, { storage, database }) {
    const name = collectionName(command, 'createIndexes');
    const specs = requiredArray(command, 'indexes', 'createIndexes');
    if (specs.length === 0) {
      throw new MongoCommandError(ErrorCode.BadValue, 'Must specify at least one index to create');
    }
    const existed = storage.getCollection(database, name) !== undefined;
    const collection = storage.getOrCreateCollection(database, name);
    const before = collection.indexes.count;
    for (const spec of specs) {
      if (!isPlainObject(spec)) {
        throw new MongoCommandError(
          ErrorCode.TypeMismatch,
          "BSON field 'createIndexes.indexes' must contain only objects",
        );
      }
      collection.indexes.create(spec, collection.entries());
    }
    const after = collection.indexes.count;
    const reply: Document = {
      numIndexesBefore: before,
      numIndexesAfter: after,
      createdCollectionAutomatically: !existed,
    };
    if (before === after) reply.note = 'all indexes already exist';
    return { ...reply, ok: 1 };
  },

  listIndexes(command, { storage, cursors, database }) {
    const name = collectionName(command, 'listIndexes');
    const collection = requireCollection(storage.getCollection(database, name), `${database}.${name}`);
    const batchSize = optionalNonNegativeInteger(
      optionalDocument(command, 'cursor', 'listIndexes') ?? {},
      'batchSize',
      'listIndexes.cursor',
    );
    return { cursor: cursors.open(`${database}.${name}`, collection.indexes.list(), batchSize), ok: 1 };
  },

  dropIndexes,
};

function dropIndexes(...[command, { storage, database }]: Parameters<CommandHandler>): Document {
  const name = collectionName(command, 'dropIndexes');
  const collection = requireCollection(storage.getCollection(database, name), `${database}.${name}`);
  const indexCountWas = collection.indexes.count;
  const target = command.index;
  if (target === '*') {
    collection.indexes.dropAllButId();
    return { nIndexesWas: indexCountWas, msg: 'non-_id indexes dropped for collection', ok: 1 };
  }
  const targets = Array.isArray(target) ? target : [target];
  for (const one of targets) {
    if (typeof one !== 'string' && !isPlainObject(one)) {
      throw new MongoCommandError(
        ErrorCode.TypeMismatch,
        "BSON field 'dropIndexes.index' is the wrong type, expected types '[string, object, array]'",
      );
    }
    collection.indexes.drop(one);
  }
  return { nIndexesWas: indexCountWas, ok: 1 };
}

function requireCollection(collection: InMemoryCollection | undefined, namespace: string): InMemoryCollection {
  if (!collection) throw new MongoCommandError(ErrorCode.NamespaceNotFound, `ns does not exist: ${namespace}`);
  return collection;
}
