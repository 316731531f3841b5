import { createHash } from 'node:crypto';
import { Readable, Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { ByteLimitStream, UploadTooLargeError } from './byte-limit.stream.js';
import { Sha256Stream } from './sha256.stream.js';

function chunks(sizes: number[]): Buffer[] {
  return sizes.map((size, index) => Buffer.alloc(size, index + 1));
}

class CountingSink extends Writable {
  received = 0;
  override _write(chunk: Buffer, _encoding: BufferEncoding, callback: (error?: Error | null) => void): void {
    this.received += chunk.length;
    callback();
  }
}

describe('upload streams', () => {
  it('hash and count the bytes as they pass, unchanged', async () => {
    const parts = chunks([1000, 70_000, 3]);
    const limit = new ByteLimitStream(71_003);
    const hash = new Sha256Stream();
    const sink = new CountingSink();

    await pipeline(Readable.from(parts), limit, hash, sink);

    expect(limit.bytes).toBe(71_003);
    expect(sink.received).toBe(71_003);
    expect(hash.digest()).toBe(createHash('sha256').update(Buffer.concat(parts)).digest('hex'));
  });

  it('fails the pipeline at the first byte over the limit, before the sink sees it', async () => {
    const sink = new CountingSink();

    await expect(
      pipeline(Readable.from(chunks([600, 600, 600])), new ByteLimitStream(1000), sink),
    ).rejects.toBeInstanceOf(UploadTooLargeError);

    expect(sink.received).toBe(600);
  });

  it('has no digest before the stream ended', () => {
    expect(() => new Sha256Stream().digest()).toThrow(/before the stream ended/);
  });
});
