import { WireProtocolError } from './wire-protocol-error.js';

/** Every message starts with a 16-byte header: length, requestID, responseTo, opCode. */
export const MESSAGE_HEADER_SIZE = 16;
/** Largest message mongod accepts (maxMessageSizeBytes). */
export const MAX_MESSAGE_SIZE = 48_000_000;

/**
 * Cuts a TCP byte stream into whole wire-protocol messages. Chunks are only concatenated once
 * a full message has arrived, so a large message split over many packets is copied once.
 */
export class WireMessageFramer {
  #chunks: Buffer[] = [];
  #buffered = 0;
  #expected: number | undefined;

  /** Adds received bytes and returns every message completed by them, in order. */
  push(chunk: Buffer): Buffer[] {
    this.#chunks.push(chunk);
    this.#buffered += chunk.length;
    const messages: Buffer[] = [];
    for (;;) {
      if (this.#expected === undefined) {
        if (this.#buffered < 4) break;
        this.#expected = this.#peekLength();
        if (this.#expected < MESSAGE_HEADER_SIZE || this.#expected > MAX_MESSAGE_SIZE) {
          throw new WireProtocolError(`invalid message length ${this.#expected}`);
        }
      }
      if (this.#buffered < this.#expected) break;
      const buffer = this.#chunks.length === 1 ? this.#chunks[0]! : Buffer.concat(this.#chunks, this.#buffered);
      messages.push(buffer.subarray(0, this.#expected));
      const rest = buffer.subarray(this.#expected);
      this.#chunks = rest.length > 0 ? [rest] : [];
      this.#buffered = rest.length;
      this.#expected = undefined;
    }
    return messages;
  }

  #peekLength(): number {
    const first = this.#chunks[0]!;
    if (first.length >= 4) return first.readInt32LE(0);
    const head = Buffer.concat(this.#chunks, this.#buffered);
    this.#chunks = [head];
    return head.readInt32LE(0);
  }
}
