import { Transform, type TransformCallback } from 'node:stream';

/** The content went past the limit; what was written so far must be discarded. */
export class UploadTooLargeError extends Error {
  constructor(readonly maxBytes: number) {
    super(`The upload is larger than ${maxBytes} bytes`);
    this.name = 'UploadTooLargeError';
  }
}

/** Passes bytes through, counting them, and fails the pipeline the moment there are too many. */
export class ByteLimitStream extends Transform {
  private count = 0;

  constructor(private readonly maxBytes: number) {
    super();
  }

  get bytes(): number {
    return this.count;
  }

  override _transform(chunk: Buffer, _encoding: BufferEncoding, callback: TransformCallback): void {
    this.count += chunk.length;
    if (this.count > this.maxBytes) return callback(new UploadTooLargeError(this.maxBytes));
    callback(null, chunk);
  }
}
