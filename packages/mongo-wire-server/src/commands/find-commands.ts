import type { Document } from 'bson';
import { Long } from 'bson';
import {
  collectionName,
  optionalArray,
  optionalDocument,
  optionalInteger,
  optionalNonNegativeInteger,
} from '../command-arguments.js';
import type { CommandHandlers } from '../command-context.js';
import { toCursorId } from '../cursor-registry.js';
import { findDocuments } from '../document-query.js';
import { ErrorCode, MongoCommandError } from '../mongo-command-error.js';

export const findCommands: CommandHandlers = {
  find(command, { storage, cursors, database }) {
    const name = collectionName(command, 'find');
    let limit = optionalInteger(command, 'limit', 'find');
    let singleBatch = command.singleBatch === true;
    // A negative limit is the legacy spelling of "limit, in a single batch".
    if (limit !== undefined && limit < 0) {
      limit = -limit;
      singleBatch = true;
    }
    const documents = findDocuments(storage.getCollection(database, name), {
      filter: optionalDocument(command, 'filter', 'find'),
      sort: optionalDocument(command, 'sort', 'find'),
      projection: optionalDocument(command, 'projection', 'find'),
      skip: optionalNonNegativeInteger(command, 'skip', 'find'),
      limit,
      collation: optionalDocument(command, 'collation', 'find'),
    });
    const batchSize = optionalNonNegativeInteger(command, 'batchSize', 'find');
    const cursor = cursors.open(`${database}.${name}`, documents, batchSize, singleBatch);
    return { cursor, ok: 1 };
  },

  getMore(command, { cursors, database }) {
    const id = toCursorId(command.getMore);
    const collection = command.collection;
    if (typeof collection !== 'string' || collection === '') {
      throw new MongoCommandError(
        ErrorCode.FailedToParse,
        `BSON field 'getMore.collection' is missing but a required field`,
      );
    }
    const batchSize = optionalNonNegativeInteger(command, 'batchSize', 'getMore');
    const cursor = cursors.getMore(id, `${database}.${collection}`, batchSize);
    return { cursor, ok: 1 };
  },

  killCursors(command, { cursors }) {
    collectionName(command, 'killCursors');
    const ids = (optionalArray(command, 'cursors', 'killCursors') ?? []).map(toCursorId);
    const { killed, notFound } = cursors.kill(ids);
    return {
      cursorsKilled: killed.map((id) => Long.fromBigInt(id)),
      cursorsNotFound: notFound.map((id) => Long.fromBigInt(id)),
      cursorsAlive: [],
      cursorsUnknown: [],
      ok: 1,
    } satisfies Document;
  },
};
