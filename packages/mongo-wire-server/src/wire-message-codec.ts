import { deserialize, type Document, serialize } from 'bson';
import { ErrorCode, MongoCommandError } from './mongo-command-error.js';
import { MESSAGE_HEADER_SIZE } from './wire-message-framer.js';
import { WireProtocolError } from './wire-protocol-error.js';

export const OpCode = {
  Reply: 1,
  Query: 2004,
  Compressed: 2012,
  Msg: 2013,
} as const;

/** OP_MSG flagBits (MongoDB OP_MSG specification). */
const CHECKSUM_PRESENT = 1 << 0;
const MORE_TO_COME = 1 << 1;
/** Bits 0-15 are "required": a receiver must reject a message with a required bit it does not know. */
const KNOWN_REQUIRED_BITS = CHECKSUM_PRESENT | MORE_TO_COME;
const REQUIRED_BITS_MASK = 0xffff;

const SECTION_BODY = 0;
const SECTION_DOCUMENT_SEQUENCE = 1;

export interface OpMsgRequest {
  readonly opCode: typeof OpCode.Msg;
  readonly requestId: number;
  /** The client expects no reply (unacknowledged write, w: 0). */
  readonly moreToCome: boolean;
  /** The body with every kind-1 document sequence merged in as an array field. */
  readonly command: Document;
}

export interface OpQueryRequest {
  readonly opCode: typeof OpCode.Query;
  readonly requestId: number;
  readonly fullCollectionName: string;
  readonly query: Document;
}

/** A message whose framing was sound but whose BSON was not; it is answered with an error. */
export interface InvalidRequest {
  readonly opCode: typeof OpCode.Msg | typeof OpCode.Query;
  readonly requestId: number;
  readonly moreToCome: boolean;
  readonly error: MongoCommandError;
}

export type WireRequest = OpMsgRequest | OpQueryRequest | InvalidRequest;

export function isInvalidRequest(request: WireRequest): request is InvalidRequest {
  return 'error' in request;
}

/** Decodes one complete message (as produced by WireMessageFramer). */
export function decodeRequest(message: Buffer): WireRequest {
  const requestId = message.readInt32LE(4);
  const opCode = message.readInt32LE(12);
  switch (opCode) {
    case OpCode.Msg:
      return decodeOpMsg(message, requestId);
    case OpCode.Query:
      return decodeOpQuery(message, requestId);
    case OpCode.Compressed:
      // The server never offers compression in its handshake, so a client must not send this.
      throw new WireProtocolError('OP_COMPRESSED received although no compressor was negotiated');
    default:
      throw new WireProtocolError(`unsupported opCode ${opCode}`);
  }
}

function decodeOpMsg(message: Buffer, requestId: number): WireRequest {
  const flags = message.readUInt32LE(MESSAGE_HEADER_SIZE);
  const moreToCome = (flags & MORE_TO_COME) !== 0;
  const unknownRequired = flags & REQUIRED_BITS_MASK & ~KNOWN_REQUIRED_BITS;
  if (unknownRequired !== 0) {
    throw new WireProtocolError(`OP_MSG has unknown required flag bits ${unknownRequired}`);
  }
  // A CRC-32C checksum, when present, trails the sections; it is not verified (TCP on loopback).
  const end = message.length - ((flags & CHECKSUM_PRESENT) !== 0 ? 4 : 0);
  let offset = MESSAGE_HEADER_SIZE + 4;
  let body: Document | undefined;
  const sequences: Array<[string, Document[]]> = [];
  try {
    while (offset < end) {
      const kind = message[offset]!;
      offset += 1;
      if (kind === SECTION_BODY) {
        const size = readDocumentSize(message, offset, end);
        if (body) throw new WireProtocolError('OP_MSG has more than one body section');
        body = deserialize(message.subarray(offset, offset + size));
        offset += size;
      } else if (kind === SECTION_DOCUMENT_SEQUENCE) {
        const size = message.readInt32LE(offset);
        const sectionEnd = offset + size;
        if (size < 5 || sectionEnd > end) throw new WireProtocolError('OP_MSG document sequence overruns the message');
        const nameEnd = message.indexOf(0, offset + 4);
        if (nameEnd === -1 || nameEnd >= sectionEnd)
          throw new WireProtocolError('OP_MSG document sequence has no identifier');
        const identifier = message.toString('utf8', offset + 4, nameEnd);
        const documents: Document[] = [];
        let position = nameEnd + 1;
        while (position < sectionEnd) {
          const documentSize = readDocumentSize(message, position, sectionEnd);
          documents.push(deserialize(message.subarray(position, position + documentSize)));
          position += documentSize;
        }
        sequences.push([identifier, documents]);
        offset = sectionEnd;
      } else {
        throw new WireProtocolError(`OP_MSG has unknown section kind ${kind}`);
      }
    }
  } catch (error) {
    if (error instanceof WireProtocolError) throw error;
    const reason = error instanceof Error ? error.message : String(error);
    return { opCode: OpCode.Msg, requestId, moreToCome, error: new MongoCommandError(ErrorCode.InvalidBSON, reason) };
  }
  if (!body) throw new WireProtocolError('OP_MSG has no body section');
  for (const [identifier, documents] of sequences) {
    const existing = body[identifier];
    body[identifier] = Array.isArray(existing) ? [...existing, ...documents] : documents;
  }
  return { opCode: OpCode.Msg, requestId, moreToCome, command: body };
}

function decodeOpQuery(message: Buffer, requestId: number): WireRequest {
  const nameStart = MESSAGE_HEADER_SIZE + 4;
  const nameEnd = message.indexOf(0, nameStart);
  if (nameEnd === -1) throw new WireProtocolError('OP_QUERY has no collection name');
  const fullCollectionName = message.toString('utf8', nameStart, nameEnd);
  // numberToSkip and numberToReturn (8 bytes) are irrelevant for command queries.
  const queryStart = nameEnd + 1 + 8;
  try {
    const size = readDocumentSize(message, queryStart, message.length);
    const query = deserialize(message.subarray(queryStart, queryStart + size));
    return { opCode: OpCode.Query, requestId, fullCollectionName, query };
  } catch (error) {
    if (error instanceof WireProtocolError) throw error;
    const reason = error instanceof Error ? error.message : String(error);
    return {
      opCode: OpCode.Query,
      requestId,
      moreToCome: false,
      error: new MongoCommandError(ErrorCode.InvalidBSON, reason),
    };
  }
}

function readDocumentSize(message: Buffer, offset: number, end: number): number {
  if (offset + 4 > end) throw new WireProtocolError('truncated BSON document');
  const size = message.readInt32LE(offset);
  if (size < 5 || offset + size > end) throw new WireProtocolError(`BSON document size ${size} overruns the message`);
  return size;
}

function header(length: number, requestId: number, responseTo: number, opCode: number): Buffer {
  const buffer = Buffer.alloc(MESSAGE_HEADER_SIZE);
  buffer.writeInt32LE(length, 0);
  buffer.writeInt32LE(requestId, 4);
  buffer.writeInt32LE(responseTo, 8);
  buffer.writeInt32LE(opCode, 12);
  return buffer;
}

function serializeReply(document: Document): Buffer {
  const bytes = serialize(document, { ignoreUndefined: true });
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}

/** An OP_MSG reply: flagBits 0 and a single kind-0 body section. */
export function encodeOpMsgReply(requestId: number, responseTo: number, body: Document): Buffer {
  const document = serializeReply(body);
  const flagsAndKind = Buffer.alloc(5);
  flagsAndKind.writeUInt32LE(0, 0);
  flagsAndKind.writeUInt8(SECTION_BODY, 4);
  const length = MESSAGE_HEADER_SIZE + flagsAndKind.length + document.length;
  return Buffer.concat([header(length, requestId, responseTo, OpCode.Msg), flagsAndKind, document], length);
}

/**
 * An OP_REPLY (answer to a legacy OP_QUERY): responseFlags int32, cursorID int64,
 * startingFrom int32, numberReturned int32, then the documents. Commands never leave a
 * cursor, so cursorID is 0 and exactly one document is returned.
 */
export function encodeOpReply(requestId: number, responseTo: number, reply: Document): Buffer {
  const document = serializeReply(reply);
  const fields = Buffer.alloc(20);
  fields.writeInt32LE(0, 0);
  fields.writeBigInt64LE(0n, 4);
  fields.writeInt32LE(0, 12);
  fields.writeInt32LE(1, 16);
  const length = MESSAGE_HEADER_SIZE + fields.length + document.length;
  return Buffer.concat([header(length, requestId, responseTo, OpCode.Reply), fields, document], length);
}
