import { createHash, type Hash } from 'node:crypto';
import { Transform, type TransformCallback } from 'node:stream';

/** Passes bytes through and hashes them on the way, so the digest is known when the last byte is stored. */
export class Sha256Stream extends Transform {
  private readonly hash: Hash = createHash('sha256');
  private hex?: string;

  override _transform(chunk: Buffer, _encoding: BufferEncoding, callback: TransformCallback): void {
    this.hash.update(chunk);
    callback(null, chunk);
  }

  override _flush(callback: TransformCallback): void {
    this.hex = this.hash.digest('hex');
    callback();
  }

  /** Hex SHA-256 of everything that passed; only once the stream has ended. */
  digest(): string {
    if (this.hex === undefined) throw new Error('Sha256Stream.digest() called before the stream ended');
    return this.hex;
  }
}
