/**
 * A malformed message: the byte stream can no longer be trusted, so the connection is closed
 * (mongod does the same) instead of answering.
 */
export class WireProtocolError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'WireProtocolError';
  }
}
