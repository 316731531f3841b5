import { randomFillSync } from 'node:crypto';

/** Bytes drawn from the operating system at once. */
const POOL_BYTES = 4096;
/** The largest draw served from the pool; a larger one is filled directly. */
export const LARGEST_POOLED_DRAW = 256;

/**
 * Small random draws (an AES-GCM IV, the 16 bytes of a uuid) served from a pool that one
 * `randomFillSync` refills when it runs out, as Node itself pools the bytes of
 * `crypto.randomUUID()`. Node 20 runs every `randomBytes` / `getRandomValues` call as a native
 * crypto job (an object with its async_hooks init, then a getrandom system call): 10-50 µs each
 * on the bench machine, for 12 or 16 bytes. The same CSPRNG; each byte is handed out once and
 * zeroed in the pool as it is. The pool is filled on first use, never before a fork.
 */
export class RandomBytePool {
  private readonly pool = new Uint8Array(POOL_BYTES);
  private next = POOL_BYTES;

  /** Fills `array` (any length) with random bytes and returns it. */
  fill<T extends Uint8Array>(array: T): T {
    if (array.byteLength > LARGEST_POOLED_DRAW) return randomFillSync(array);
    if (this.next + array.byteLength > POOL_BYTES) {
      randomFillSync(this.pool);
      this.next = 0;
    }
    const drawn = this.pool.subarray(this.next, this.next + array.byteLength);
    array.set(drawn);
    drawn.fill(0);
    this.next += array.byteLength;
    return array;
  }
}

/** The process's pool: the field cipher's IVs and LangGraph's checkpoint ids draw from it. */
export const randomBytePool = new RandomBytePool();
