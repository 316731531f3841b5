import type { Document } from 'bson';
import type { CursorRegistry } from './cursor-registry.js';
import type { InMemoryStorage } from './in-memory-storage.js';

/** What the server knows about the connection a command arrived on. */
export interface ConnectionInfo {
  readonly id: number;
  readonly remoteAddress: string;
}

/** Server-wide facts some diagnostic commands report. */
export interface ServerInfo {
  readonly startedAt: number;
  readonly host: string;
  readonly port: number;
  readonly currentConnections: number;
  readonly totalConnections: number;
}

export interface CommandContext {
  readonly storage: InMemoryStorage;
  readonly cursors: CursorRegistry;
  /** The command's `$db` (OP_MSG) or the database of `<db>.$cmd` (OP_QUERY). */
  readonly database: string;
  readonly connection: ConnectionInfo;
  readonly server: ServerInfo;
}

/** Runs one command and returns its reply; throws MongoCommandError to answer with `ok: 0`. */
export type CommandHandler = (command: Document, context: CommandContext) => Document;

export type CommandHandlers = Readonly<Record<string, CommandHandler>>;
