import { calculateObjectSize, type Document } from 'bson';
import { collectionName, optionalDocument, optionalNonNegativeInteger } from '../command-arguments.js';
import type { CommandHandlers } from '../command-context.js';
import { cloneValue, valueKey } from '../bson-values.js';
import { createMatcher } from '../document-query.js';
import type { InMemoryCollection } from '../in-memory-collection.js';
import { ID_INDEX_NAME } from '../index-manager.js';
import { ErrorCode, MongoCommandError } from '../mongo-command-error.js';

export const collectionCommands: CommandHandlers = {
  create(command, { storage, database }) {
    const name = collectionName(command, 'create');
    const { create: _name, ...options } = command;
    if (options.viewOn !== undefined) {
      throw new MongoCommandError(
        ErrorCode.CommandNotSupported,
        'views are not supported by the embedded MongoDB server',
      );
    }
    const existing = storage.getCollection(database, name);
    if (existing) {
      // Since MongoDB 7.0 creating an existing collection with identical options succeeds.
      if (valueKey(existing.options) === valueKey(options)) return { ok: 1 };
      throw new MongoCommandError(ErrorCode.NamespaceExists, `Collection ${database}.${name} already exists.`);
    }
    storage.createCollection(database, name, cloneValue(options));
    return { ok: 1 };
  },

  drop(command, { storage, database }) {
    const name = collectionName(command, 'drop');
    const dropped = storage.dropCollection(database, name);
    // mongod 7 answers ok for a collection that does not exist.
    if (!dropped) return { ok: 1 };
    return { nIndexesWas: dropped.indexes.count, ns: dropped.namespace, ok: 1 };
  },

  dropDatabase(_command, { storage, database }) {
    storage.dropDatabase(database);
    return { ok: 1 };
  },

  listCollections(command, { storage, cursors, database }) {
    const nameOnly = command.nameOnly === true;
    const matches = createMatcher(optionalDocument(command, 'filter', 'listCollections'));
    const entries = storage
      .listCollections(database)
      .map(([name, collection]) => describeCollection(name, collection, nameOnly))
      .filter(matches);
    const cursorSpec = optionalDocument(command, 'cursor', 'listCollections') ?? {};
    const batchSize = optionalNonNegativeInteger(cursorSpec, 'batchSize', 'listCollections.cursor');
    return { cursor: cursors.open(`${database}.$cmd.listCollections`, entries, batchSize), ok: 1 };
  },

  listDatabases(command, { storage }) {
    const nameOnly = command.nameOnly === true;
    const matches = createMatcher(optionalDocument(command, 'filter', 'listDatabases'));
    let totalSize = 0;
    const databases = storage
      .listDatabases()
      .map((name) => {
        const sizeOnDisk = storage.listCollections(name).reduce((sum, [, collection]) => sum + dataSize(collection), 0);
        totalSize += sizeOnDisk;
        return nameOnly ? { name } : { name, sizeOnDisk, empty: sizeOnDisk === 0 };
      })
      .filter(matches);
    if (nameOnly) return { databases, ok: 1 };
    return { databases, totalSize, totalSizeMb: Math.floor(totalSize / (1024 * 1024)), ok: 1 };
  },
};

function describeCollection(name: string, collection: InMemoryCollection, nameOnly: boolean): Document {
  if (nameOnly) return { name, type: 'collection' };
  return {
    name,
    type: 'collection',
    options: cloneValue(collection.options),
    info: { readOnly: false, uuid: collection.uuid },
    idIndex: { v: 2, key: { _id: 1 }, name: ID_INDEX_NAME },
  };
}

function dataSize(collection: InMemoryCollection): number {
  let size = 0;
  for (const document of collection.documents()) size += calculateObjectSize(document);
  return size;
}
