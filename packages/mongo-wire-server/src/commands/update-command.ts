import type { Document } from 'bson';
import { collectionName, optionalArray, optionalDocument, requiredArray } from '../command-arguments.js';
import type { CommandHandlers } from '../command-context.js';
import { ErrorCode, MongoCommandError } from '../mongo-command-error.js';
import { updateDocuments } from '../write-operations.js';
import { isOrdered, runStatements, statementDocument, withWriteErrors } from './write-statements.js';

export const updateCommands: CommandHandlers = {
  update(command, { storage, database }) {
    const name = collectionName(command, 'update');
    const statements = requiredArray(command, 'updates', 'update');
    const variables = optionalDocument(command, 'let', 'update');
    let matched = 0;
    let modified = 0;
    const upserted: Document[] = [];

    const writeErrors = runStatements(statements, isOrdered(command), (raw, index) => {
      const statement = statementDocument(raw, 'update', 'updates', index);
      const filter = optionalDocument(statement, 'q', 'update.updates');
      if (filter === undefined) {
        throw new MongoCommandError(
          ErrorCode.FailedToParse,
          `BSON field 'update.updates.q' is missing but a required field`,
        );
      }
      if (statement.u === undefined) {
        throw new MongoCommandError(
          ErrorCode.FailedToParse,
          `BSON field 'update.updates.u' is missing but a required field`,
        );
      }
      const outcome = updateDocuments(storage, database, name, {
        filter,
        update: statement.u as Document | Document[],
        multi: statement.multi === true,
        upsert: statement.upsert === true,
        arrayFilters: optionalArray(statement, 'arrayFilters', 'update.updates') as Document[] | undefined,
        collation: optionalDocument(statement, 'collation', 'update.updates'),
        variables,
      });
      matched += outcome.matched;
      modified += outcome.modified;
      if (outcome.upserted) {
        matched += 1;
        upserted.push({ index, _id: outcome.upserted._id });
      }
    });

    const reply: Document = { n: matched, nModified: modified };
    if (upserted.length > 0) reply.upserted = upserted;
    return withWriteErrors(reply, writeErrors);
  },
};
