import type { Document } from 'bson';
import type { CommandContext, CommandHandler, CommandHandlers } from './command-context.js';
import { aggregateCommands } from './commands/aggregate-command.js';
import { collectionCommands } from './commands/collection-commands.js';
import { countAndDistinctCommands } from './commands/count-and-distinct-commands.js';
import { deleteCommands } from './commands/delete-command.js';
import { explainCommands } from './commands/explain-command.js';
import { findAndModifyCommands } from './commands/find-and-modify-command.js';
import { findCommands } from './commands/find-commands.js';
import { handshakeCommands } from './commands/handshake-commands.js';
import { indexCommands } from './commands/index-commands.js';
import { insertCommands } from './commands/insert-command.js';
import { sessionCommands, TRANSACTIONS_UNSUPPORTED_MESSAGE } from './commands/session-commands.js';
import { updateCommands } from './commands/update-command.js';
import { ErrorCode, MongoCommandError, toMongoCommandError } from './mongo-command-error.js';

export const ALL_COMMANDS: CommandHandlers = {
  ...handshakeCommands,
  ...sessionCommands,
  ...insertCommands,
  ...findCommands,
  ...updateCommands,
  ...deleteCommands,
  ...findAndModifyCommands,
  ...aggregateCommands,
  ...countAndDistinctCommands,
  ...indexCommands,
  ...collectionCommands,
  ...explainCommands,
};

/** Other spellings mongod accepts for a command (command names are otherwise case-sensitive). */
const COMMAND_ALIASES: Readonly<Record<string, string>> = {
  ismaster: 'isMaster',
  buildinfo: 'buildInfo',
  findandmodify: 'findAndModify',
  deleteIndexes: 'dropIndexes',
};

/**
 * Fields any command may carry that concern sessions, read/write concerns, cluster time or
 * API versioning. A standalone in-memory server applies every write immediately and durably
 * enough for its purpose, so these are accepted and dropped before the handler sees the command.
 */
const GENERIC_FIELDS = new Set([
  '$db',
  'lsid',
  'txnNumber',
  '$clusterTime',
  'readConcern',
  'writeConcern',
  '$readPreference',
  'comment',
  'maxTimeMS',
  'apiVersion',
  'apiStrict',
  'apiDeprecationErrors',
  '$client',
  '$audit',
  'mayBypassWriteBlocking',
  'bypassDocumentValidation',
]);

/** Routes a command document to its handler and always produces a reply document. */
export class CommandDispatcher {
  readonly #handlers: ReadonlyMap<string, CommandHandler>;

  constructor(handlers: CommandHandlers = ALL_COMMANDS) {
    this.#handlers = new Map(Object.entries(handlers));
  }

  /** The canonical name of a command document, or undefined for an empty document. */
  commandName(command: Document): string | undefined {
    const first = Object.keys(command)[0];
    return first === undefined ? undefined : (COMMAND_ALIASES[first] ?? first);
  }

  dispatch(command: Document, context: CommandContext): Document {
    const name = this.commandName(command);
    const handler = name === undefined ? undefined : this.#handlers.get(name);
    if (name === undefined || !handler) {
      return new MongoCommandError(ErrorCode.CommandNotFound, `no such command: '${name ?? ''}'`).toReply();
    }
    try {
      // Multi-document transactions need a replica set; say so instead of silently autocommitting.
      if (command.startTransaction !== undefined || command.autocommit !== undefined) {
        throw new MongoCommandError(ErrorCode.IllegalOperation, TRANSACTIONS_UNSUPPORTED_MESSAGE);
      }
      return handler(normalizeCommand(command, name), context);
    } catch (error) {
      return toMongoCommandError(error).toReply();
    }
  }
}

/** Renames an alias to the canonical command name (kept first) and drops generic fields. */
function normalizeCommand(command: Document, name: string): Document {
  const [first] = Object.keys(command);
  const normalized: Document = { [name]: command[first!] };
  for (const [field, value] of Object.entries(command)) {
    if (field !== first && !GENERIC_FIELDS.has(field)) normalized[field] = value;
  }
  return normalized;
}
