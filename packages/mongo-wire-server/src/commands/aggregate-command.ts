import type { Document } from 'bson';
import { collectionName, optionalDocument, optionalNonNegativeInteger, requiredArray } from '../command-arguments.js';
import type { CommandContext, CommandHandlers } from '../command-context.js';
import { cloneDocument, isPlainObject } from '../bson-values.js';
import { runPipeline } from '../document-query.js';
import { ErrorCode, MongoCommandError } from '../mongo-command-error.js';

export const aggregateCommands: CommandHandlers = {
  aggregate(command, context) {
    const { storage, cursors, database } = context;
    // `aggregate: 1` runs a collection-less pipeline such as one starting with $documents.
    const collectionLess = command.aggregate === 1;
    const name = collectionLess ? undefined : collectionName(command, 'aggregate');
    const pipeline = requiredArray(command, 'pipeline', 'aggregate').map(assertStage);
    if (command.explain === true) {
      throw new MongoCommandError(
        ErrorCode.CommandNotSupported,
        'explain is not supported by the embedded MongoDB server',
      );
    }
    const cursorSpec = optionalDocument(command, 'cursor', 'aggregate');
    if (!cursorSpec) {
      throw new MongoCommandError(
        ErrorCode.FailedToParse,
        "The 'cursor' option is required, except for aggregate with the explain argument",
      );
    }
    if (pipeline.some((stage) => '$merge' in stage)) {
      throw new MongoCommandError(
        ErrorCode.CommandNotSupported,
        '$merge is not supported by the embedded MongoDB server',
      );
    }
    const outIndex = pipeline.findIndex((stage) => '$out' in stage);
    if (outIndex !== -1 && outIndex !== pipeline.length - 1) {
      throw new MongoCommandError(ErrorCode.BadValue, '$out can only be the final stage in the pipeline');
    }
    const stages = outIndex === -1 ? pipeline : pipeline.slice(0, outIndex);

    const source = name ? storage.getCollection(database, name) : undefined;
    let results = runPipeline(source, stages, {
      resolveCollection: (other) => [...(storage.getCollection(database, other)?.documents() ?? [])].map(cloneDocument),
      collation: optionalDocument(command, 'collation', 'aggregate'),
      variables: optionalDocument(command, 'let', 'aggregate'),
    });
    if (outIndex !== -1) {
      writeOut(pipeline[outIndex]!.$out, results, context);
      results = [];
    }
    const namespace = name ? `${database}.${name}` : `${database}.$cmd.aggregate`;
    const batchSize = optionalNonNegativeInteger(cursorSpec, 'batchSize', 'aggregate.cursor');
    return { cursor: cursors.open(namespace, results, batchSize), ok: 1 };
  },
};

function assertStage(stage: unknown): Document {
  if (!isPlainObject(stage) || Object.keys(stage).length !== 1) {
    throw new MongoCommandError(
      ErrorCode.TypeMismatch,
      'A pipeline stage specification object must contain exactly one field.',
    );
  }
  return stage;
}

/** `$out` replaces the target collection's documents (keeping its indexes) with the results. */
function writeOut(target: unknown, results: Document[], { storage, database }: CommandContext): void {
  const spec = typeof target === 'string' ? { db: database, coll: target } : target;
  if (!isPlainObject(spec) || typeof spec.coll !== 'string') {
    throw new MongoCommandError(ErrorCode.FailedToParse, '$out must be a string or an object with a coll field');
  }
  const targetDatabase = typeof spec.db === 'string' ? spec.db : database;
  storage.getOrCreateCollection(targetDatabase, spec.coll).replaceAll(results);
}
