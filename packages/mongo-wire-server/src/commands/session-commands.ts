import type { CommandHandler, CommandHandlers } from '../command-context.js';
import { ErrorCode, MongoCommandError } from '../mongo-command-error.js';

/**
 * The server keeps no per-session state (every command applies immediately), so the session
 * bookkeeping commands drivers send have nothing to do and succeed, as they would on mongod.
 */
const acknowledge: CommandHandler = () => ({ ok: 1 });

/** A standalone mongod has no transactions; the embedded server reports the same refusal. */
export const TRANSACTIONS_UNSUPPORTED_MESSAGE =
  'Transaction numbers are only allowed on a replica set member or mongos';

const refuseTransaction: CommandHandler = () => {
  throw new MongoCommandError(ErrorCode.IllegalOperation, TRANSACTIONS_UNSUPPORTED_MESSAGE);
};

export const sessionCommands: CommandHandlers = {
  endSessions: acknowledge,
  refreshSessions: acknowledge,
  killSessions: acknowledge,
  killAllSessions: acknowledge,
  killAllSessionsByPattern: acknowledge,
  abortTransaction: refuseTransaction,
  commitTransaction: refuseTransaction,
};
