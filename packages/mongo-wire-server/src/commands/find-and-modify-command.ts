import type { Document } from 'bson';
import { find } from 'mingo';
import { collectionName, optionalArray, optionalDocument } from '../command-arguments.js';
import type { CommandHandler, CommandHandlers } from '../command-context.js';
import { selectDocuments, sortDocuments } from '../document-query.js';
import { MINGO_OPTIONS } from '../mingo-options.js';
import { ErrorCode, MongoCommandError } from '../mongo-command-error.js';
import { updateDocuments } from '../write-operations.js';

const findAndModify: CommandHandler = (command, { storage, database }) => {
  const name = collectionName(command, 'findAndModify');
  const filter = optionalDocument(command, 'query', 'findAndModify') ?? {};
  const sort = optionalDocument(command, 'sort', 'findAndModify');
  const fields = optionalDocument(command, 'fields', 'findAndModify');
  const collation = optionalDocument(command, 'collation', 'findAndModify');
  const remove = command.remove === true;
  const returnNew = command.new === true;
  const upsert = command.upsert === true;
  const update = command.update as Document | Document[] | undefined;

  if (remove && update !== undefined) {
    throw new MongoCommandError(ErrorCode.FailedToParse, 'Cannot specify both an update and remove=true');
  }
  if (!remove && update === undefined) {
    throw new MongoCommandError(ErrorCode.FailedToParse, 'Either an update or remove=true must be specified');
  }
  if (remove && upsert) {
    throw new MongoCommandError(ErrorCode.FailedToParse, 'Cannot specify both upsert=true and remove=true');
  }
  if (remove && returnNew) {
    throw new MongoCommandError(
      ErrorCode.FailedToParse,
      "Cannot specify both new=true and remove=true; 'remove' always returns the deleted document",
    );
  }

  if (remove) {
    const collection = storage.getCollection(database, name);
    const [target] = sortDocuments(selectDocuments(collection, filter, collation), sort, collation);
    if (target) collection!.delete(target);
    return { lastErrorObject: { n: target ? 1 : 0 }, value: project(target, fields), ok: 1 };
  }

  const outcome = updateDocuments(storage, database, name, {
    filter,
    update: update!,
    multi: false,
    upsert,
    arrayFilters: optionalArray(command, 'arrayFilters', 'findAndModify') as Document[] | undefined,
    collation,
    variables: optionalDocument(command, 'let', 'findAndModify'),
    sort,
  });
  if (outcome.upserted) {
    return {
      lastErrorObject: { n: 1, updatedExisting: false, upserted: outcome.upserted._id },
      value: returnNew ? project(outcome.upserted, fields) : null,
      ok: 1,
    };
  }
  const value = outcome.matched === 0 ? undefined : returnNew ? outcome.after : outcome.before;
  return {
    lastErrorObject: { n: outcome.matched, updatedExisting: outcome.matched > 0 },
    value: project(value, fields),
    ok: 1,
  };
};

function project(document: Document | undefined, fields: Document | undefined): Document | null {
  if (!document) return null;
  if (!fields || Object.keys(fields).length === 0) return document;
  return (find([document], {}, fields, MINGO_OPTIONS).all()[0] as Document | undefined) ?? null;
}

export const findAndModifyCommands: CommandHandlers = { findAndModify };
