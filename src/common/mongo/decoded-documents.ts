import type { Document } from 'mongodb';
import { mongo } from 'mongoose';
import { deepFreeze } from '../deep-freeze.js';

/** How the driver decodes a reply of findInOneReply (the client's defaults, strings unvalidated: see there). */
export interface DocumentDecoding {
  promoteLongs?: boolean;
  promoteValues?: boolean;
  promoteBuffers?: boolean;
  bsonRegExp?: boolean;
  useBigInt64?: boolean;
}

interface Decoded<T> {
  /** The document's bytes as they were decoded: a copy, never a view of the reply that held them. */
  readonly bytes: Buffer;
  readonly value: T;
}

/** `\x07_id\x00`: a document whose first element is an ObjectId named _id, as MongoDB stores every document. */
const OBJECT_ID_FIRST = [0x07, 0x5f, 0x69, 0x64, 0x00] as const;
const ID_START = 4 + OBJECT_ID_FIRST.length;
const ID_BYTES = 12;

/**
 * What a read made of stored documents (decoded from BSON and opened, i.e. decrypted), by _id,
 * reused while the database answers the same bytes for that document. A history page is read
 * again and again (the patient scrolls, reloads, another tab polls) and most of its exchanges
 * have not changed since: decoding the reply's 20 documents and opening their sealed fields was
 * about a fifth of the CPU of a history read, while comparing a document's bytes with those it
 * was decoded from is a memcmp.
 *
 * A value is reused only for exactly the bytes it was made from: decoding and opening are pure
 * functions of those bytes (the owner ids that seal the fields are in them), so a document that
 * changed in any byte (answered, rated, purged and written again) is decoded afresh. Reaching an
 * entry takes the stored bytes themselves, which only a read the caller is allowed to make returns:
 * what a caller can read is unchanged. The values are shared between the reads that reuse them and
 * frozen: callers read them, never change them.
 *
 * Bounded in bytes of the stored documents (4 MiB by default; the values take about as much again
 * or twice as much), first in first out; a document larger than `maxDocumentBytes` is decoded every
 * time. A document deleted from the database stays here until newer ones push it out, as its opened
 * values stay in OpenedValues: nothing reaches it without its stored bytes.
 */
export class DecodedDocuments<T> {
  private readonly entries = new Map<string, Decoded<T>>();
  private heldBytes = 0;

  constructor(
    private readonly maxBytes = 4 * 1024 * 1024,
    private readonly maxDocumentBytes = 64 * 1024,
  ) {}

  /**
   * What `open` makes of the document in `bytes` (decoded with `decoding`): remembered by the
   * document's _id, and the same value again while its bytes are the same.
   */
  decode(bytes: Uint8Array, decoding: DocumentDecoding, open: (document: Document) => T): T {
    const stored = Buffer.isBuffer(bytes) ? bytes : Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    const id = idOf(stored);
    if (id !== undefined) {
      const held = this.entries.get(id);
      if (held !== undefined && held.bytes.equals(stored)) return held.value;
    }
    const value = deepFreeze(open(mongo.BSON.deserialize(stored, { ...decoding, validation: { utf8: false } })));
    if (id !== undefined) this.remember(id, stored, value);
    return value;
  }

  get size(): number {
    return this.entries.size;
  }

  private remember(id: string, stored: Buffer, value: T): void {
    const size = stored.byteLength;
    if (size > this.maxDocumentBytes || size > this.maxBytes) return;
    const previous = this.entries.get(id);
    if (previous !== undefined) {
      // The document changed: its new bytes replace the old, at the back of the queue.
      this.entries.delete(id);
      this.heldBytes -= previous.bytes.byteLength;
    }
    while (this.heldBytes + size > this.maxBytes) {
      const oldest = this.entries.entries().next();
      if (oldest.done) break;
      this.entries.delete(oldest.value[0]);
      this.heldBytes -= oldest.value[1].bytes.byteLength;
    }
    // A copy: the view would keep the whole reply it came from alive.
    this.entries.set(id, { bytes: Buffer.from(stored), value });
    this.heldBytes += size;
  }
}

/** The document's _id as a 12-character key, when it is an ObjectId and the first element; else undefined. */
function idOf(stored: Buffer): string | undefined {
  if (stored.byteLength < ID_START + ID_BYTES) return undefined;
  for (let index = 0; index < OBJECT_ID_FIRST.length; index += 1) {
    if (stored[4 + index] !== OBJECT_ID_FIRST[index]) return undefined;
  }
  return stored.toString('latin1', ID_START, ID_START + ID_BYTES);
}
