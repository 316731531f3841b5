// Why a file of its own: `explain` reports how a query would be answered, apart from answering it.
import type { Document } from 'bson';
import { collectionName, optionalDocument, optionalInteger, optionalNonNegativeInteger } from '../command-arguments.js';
import type { CommandHandlers } from '../command-context.js';
import { isPlainObject } from '../bson-values.js';
import { explainFind } from '../document-query.js';
import { ErrorCode, MongoCommandError } from '../mongo-command-error.js';

/**
 * `explain` of a `find`: the query's execution statistics as mongod reports them under
 * `executionStats` (`nReturned`, `totalDocsExamined`), so a test can see whether an index
 * narrowed the documents examined or the whole collection was scanned. The plan itself is
 * reported only as the stage that fed the filter (`IXSCAN` or `COLLSCAN`).
 */
export const explainCommands: CommandHandlers = {
  explain(command, { storage, database }) {
    const inner = command.explain;
    if (!isPlainObject(inner) || Object.keys(inner)[0] !== 'find') {
      throw new MongoCommandError(
        ErrorCode.CommandNotSupported,
        'explain is supported only for find by the embedded MongoDB server',
      );
    }
    const name = collectionName(inner, 'find');
    const limit = optionalInteger(inner, 'limit', 'find');
    const { documents, examined, indexed } = explainFind(storage.getCollection(database, name), {
      filter: optionalDocument(inner, 'filter', 'find'),
      sort: optionalDocument(inner, 'sort', 'find'),
      projection: optionalDocument(inner, 'projection', 'find'),
      skip: optionalNonNegativeInteger(inner, 'skip', 'find'),
      limit: limit === undefined ? undefined : Math.abs(limit),
      collation: optionalDocument(inner, 'collation', 'find'),
    });
    const stage = indexed ? 'IXSCAN' : 'COLLSCAN';
    return {
      queryPlanner: { namespace: `${database}.${name}`, winningPlan: { stage } },
      executionStats: {
        executionSuccess: true,
        nReturned: documents.length,
        totalDocsExamined: examined,
        executionStages: { stage },
      },
      ok: 1,
    } satisfies Document;
  },
};
