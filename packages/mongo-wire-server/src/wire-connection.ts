import type { Socket } from 'node:net';
import type { Document } from 'bson';
import type { CommandDispatcher } from './command-dispatcher.js';
import type { CommandContext, ConnectionInfo } from './command-context.js';
import { ErrorCode, MongoCommandError } from './mongo-command-error.js';
import {
  decodeRequest,
  encodeOpMsgReply,
  encodeOpReply,
  isInvalidRequest,
  OpCode,
  type OpMsgRequest,
  type OpQueryRequest,
} from './wire-message-codec.js';
import { WireMessageFramer } from './wire-message-framer.js';
import { WireProtocolError } from './wire-protocol-error.js';

/** Commands mongod still answers over legacy OP_QUERY: the connection handshake. */
const OP_QUERY_COMMANDS = new Set(['hello', 'isMaster']);

export type ContextFactory = (database: string, connection: ConnectionInfo) => CommandContext;

let nextResponseId = 1;

/**
 * One client connection: frames incoming bytes, runs each request through the dispatcher in
 * arrival order and writes the replies. A malformed stream closes the connection.
 */
export class WireConnection {
  readonly #framer = new WireMessageFramer();
  readonly #info: ConnectionInfo;

  constructor(
    private readonly socket: Socket,
    id: number,
    private readonly dispatcher: CommandDispatcher,
    private readonly createContext: ContextFactory,
  ) {
    this.#info = { id, remoteAddress: `${socket.remoteAddress ?? 'unknown'}:${socket.remotePort ?? 0}` };
    socket.setNoDelay(true);
    socket.on('data', (chunk: Buffer) => this.#onData(chunk));
    // A client resetting its connection is routine; 'close' follows and the server forgets the socket.
    socket.on('error', () => undefined);
  }

  #onData(chunk: Buffer): void {
    try {
      for (const message of this.#framer.push(chunk)) this.#handle(message);
    } catch (error) {
      // A protocol violation is the client's fault and expected to end the connection; anything
      // else is a server bug, surfaced as a process warning rather than crashing the host app.
      if (!(error instanceof WireProtocolError)) {
        const reason = error instanceof Error ? error.message : String(error);
        process.emitWarning(`embedded MongoDB server dropped connection ${this.#info.id}: ${reason}`);
      }
      this.socket.destroy();
    }
  }

  #handle(message: Buffer): void {
    const request = decodeRequest(message);
    if (isInvalidRequest(request)) {
      if (request.moreToCome) return;
      this.#reply(request.opCode, request.requestId, request.error.toReply());
      return;
    }
    if (request.opCode === OpCode.Msg) {
      const reply = this.#runOpMsg(request);
      // moreToCome from the client means it will not read a reply (w: 0 writes).
      if (!request.moreToCome) this.#reply(OpCode.Msg, request.requestId, reply);
      return;
    }
    this.#reply(OpCode.Query, request.requestId, this.#runOpQuery(request));
  }

  #runOpMsg({ command }: OpMsgRequest): Document {
    const database = command.$db;
    if (typeof database !== 'string' || database === '') {
      return new MongoCommandError(ErrorCode.FailedToParse, 'OP_MSG requests require a $db argument').toReply();
    }
    return this.dispatcher.dispatch(command, this.createContext(database, this.#info));
  }

  #runOpQuery({ fullCollectionName, query }: OpQueryRequest): Document {
    // Drivers may wrap the command as { $query: {...}, $readPreference: ... }.
    const command = query.$query !== null && typeof query.$query === 'object' ? (query.$query as Document) : query;
    const name = this.dispatcher.commandName(command);
    const database = fullCollectionName.endsWith('.$cmd') ? fullCollectionName.slice(0, -'.$cmd'.length) : '';
    if (database === '' || name === undefined || !OP_QUERY_COMMANDS.has(name)) {
      return new MongoCommandError(
        ErrorCode.UnsupportedOpQueryCommand,
        `Unsupported OP_QUERY command: ${name ?? fullCollectionName}. The client driver may require an upgrade.`,
      ).toReply();
    }
    return this.dispatcher.dispatch(command, this.createContext(database, this.#info));
  }

  #reply(opCode: number, responseTo: number, reply: Document): void {
    if (this.socket.destroyed) return;
    const requestId = nextResponseId;
    nextResponseId = nextResponseId >= 0x7fffffff ? 1 : nextResponseId + 1;
    const encode = opCode === OpCode.Query ? encodeOpReply : encodeOpMsgReply;
    let bytes: Buffer;
    try {
      bytes = encode(requestId, responseTo, reply);
    } catch (error) {
      // e.g. a reply over the BSON size limit: the client still gets an answer to its request.
      const reason = error instanceof Error ? error.message : String(error);
      bytes = encode(
        requestId,
        responseTo,
        new MongoCommandError(ErrorCode.InternalError, `cannot encode reply: ${reason}`).toReply(),
      );
    }
    this.socket.write(bytes);
  }
}
