import { collectionName, optionalDocument, requiredArray } from '../command-arguments.js';
import type { CommandHandlers } from '../command-context.js';
import { selectDocuments } from '../document-query.js';
import { ErrorCode, MongoCommandError } from '../mongo-command-error.js';
import { isOrdered, runStatements, statementDocument, withWriteErrors } from './write-statements.js';

export const deleteCommands: CommandHandlers = {
  delete(command, { storage, database }) {
    const name = collectionName(command, 'delete');
    const statements = requiredArray(command, 'deletes', 'delete');
    const collection = storage.getCollection(database, name);
    let deleted = 0;

    const writeErrors = runStatements(statements, isOrdered(command), (raw, index) => {
      const statement = statementDocument(raw, 'delete', 'deletes', index);
      const filter = optionalDocument(statement, 'q', 'delete.deletes');
      if (filter === undefined) {
        throw new MongoCommandError(
          ErrorCode.FailedToParse,
          `BSON field 'delete.deletes.q' is missing but a required field`,
        );
      }
      const limit = statement.limit ?? 0;
      if (limit !== 0 && limit !== 1) {
        throw new MongoCommandError(
          ErrorCode.FailedToParse,
          `The limit field in delete objects must be 0 or 1. Got ${String(limit)}`,
        );
      }
      const collation = optionalDocument(statement, 'collation', 'delete.deletes');
      const targets = selectDocuments(collection, filter, collation, limit === 1 ? 1 : Number.POSITIVE_INFINITY);
      for (const target of targets) {
        if (collection!.delete(target)) deleted += 1;
      }
    });
    return withWriteErrors({ n: deleted }, writeErrors);
  },
};
