import { collectionName, requiredArray } from '../command-arguments.js';
import type { CommandHandlers } from '../command-context.js';
import { isOrdered, runStatements, statementDocument, withWriteErrors } from './write-statements.js';

export const insertCommands: CommandHandlers = {
  insert(command, { storage, database }) {
    const name = collectionName(command, 'insert');
    const documents = requiredArray(command, 'documents', 'insert');
    const collection = storage.getOrCreateCollection(database, name);
    let inserted = 0;
    const writeErrors = runStatements(documents, isOrdered(command), (document, index) => {
      collection.insert(statementDocument(document, 'insert', 'documents', index));
      inserted += 1;
    });
    return withWriteErrors({ n: inserted }, writeErrors);
  },
};
