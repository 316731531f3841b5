import type { Document } from 'bson';
import type { CommandHandler, CommandHandlers } from '../command-context.js';
import { MAX_BSON_OBJECT_SIZE } from '../in-memory-collection.js';
import { ErrorCode, MongoCommandError } from '../mongo-command-error.js';

export const SERVER_VERSION = '7.0.0-medchat-embedded';
/** Wire version 21 is MongoDB 7.0; drivers pick OP_MSG and modern commands from it. */
export const MAX_WIRE_VERSION = 21;
const MAX_MESSAGE_SIZE_BYTES = 48_000_000;
const MAX_WRITE_BATCH_SIZE = 100_000;
/** Advertising a session timeout tells drivers the server supports logical sessions. */
const LOGICAL_SESSION_TIMEOUT_MINUTES = 30;

/**
 * hello / isMaster describe a writable standalone. No `topologyVersion` is sent, so drivers poll
 * with plain heartbeats instead of the streaming (exhaust) protocol the server does not speak.
 */
function handshake(legacy: boolean): CommandHandler {
  return (command, { connection }) => {
    const reply: Document = {};
    if (command.helloOk === true) reply.helloOk = true;
    reply[legacy ? 'ismaster' : 'isWritablePrimary'] = true;
    return {
      ...reply,
      maxBsonObjectSize: MAX_BSON_OBJECT_SIZE,
      maxMessageSizeBytes: MAX_MESSAGE_SIZE_BYTES,
      maxWriteBatchSize: MAX_WRITE_BATCH_SIZE,
      localTime: new Date(),
      logicalSessionTimeoutMinutes: LOGICAL_SESSION_TIMEOUT_MINUTES,
      connectionId: connection.id,
      minWireVersion: 0,
      maxWireVersion: MAX_WIRE_VERSION,
      readOnly: false,
      ok: 1,
    };
  };
}

const buildInfo: CommandHandler = () => ({
  version: SERVER_VERSION,
  gitVersion: 'medchat-embedded',
  versionArray: [7, 0, 0, 0],
  bits: 64,
  debug: false,
  maxBsonObjectSize: MAX_BSON_OBJECT_SIZE,
  storageEngines: ['inMemory'],
  javascriptEngine: 'none',
  modules: [],
  ok: 1,
});

/** The server parameters drivers and tools ask about; others are reported as unknown. */
const SERVER_PARAMETERS: Readonly<Document> = {
  featureCompatibilityVersion: { version: '7.0' },
  authenticationMechanisms: [],
  cursorTimeoutMillis: 600_000,
  maxBSONDepth: 100,
};

const getParameter: CommandHandler = (command) => {
  const wanted = command.getParameter === '*' ? Object.keys(SERVER_PARAMETERS) : Object.keys(command).slice(1);
  const reply: Document = {};
  for (const name of wanted) {
    if (name in SERVER_PARAMETERS) reply[name] = SERVER_PARAMETERS[name];
  }
  if (Object.keys(reply).length === 0) {
    throw new MongoCommandError(ErrorCode.InvalidOptions, 'no option found to get');
  }
  return { ...reply, ok: 1 };
};

const serverStatus: CommandHandler = (_command, { server }) => {
  const uptimeMillis = Date.now() - server.startedAt;
  return {
    host: `${server.host}:${server.port}`,
    version: SERVER_VERSION,
    process: 'mongod',
    pid: process.pid,
    uptime: Math.floor(uptimeMillis / 1000),
    uptimeMillis,
    localTime: new Date(),
    connections: {
      current: server.currentConnections,
      available: 1_000_000 - server.currentConnections,
      totalCreated: server.totalConnections,
    },
    storageEngine: { name: 'inMemory', persistent: false },
    ok: 1,
  };
};

export const handshakeCommands: CommandHandlers = {
  hello: handshake(false),
  isMaster: handshake(true),
  ping: () => ({ ok: 1 }),
  buildInfo,
  getParameter,
  serverStatus,
  whatsmyuri: (_command, { connection }) => ({ you: connection.remoteAddress, ok: 1 }),
  connectionStatus: () => ({ authInfo: { authenticatedUsers: [], authenticatedUserRoles: [] }, ok: 1 }),
};
