import { randomFillSync, type webcrypto } from 'node:crypto';

/** Bytes drawn from the operating system at once: 256 of LangGraph's 16-byte draws. */
const POOL_BYTES = 4096;
/** Requests larger than this go to Node's own function. */
const LARGEST_POOLED = 256;

/** The Web Crypto API's getRandomValues, which LangChain calls on `globalThis.crypto`. */
export type RandomValuesSource = Pick<webcrypto.Crypto, 'getRandomValues'>;
type RandomValues = RandomValuesSource['getRandomValues'];

const installedOn = new WeakSet<RandomValuesSource>();

/**
 * Serves small `getRandomValues` requests from a pool. LangGraph names every checkpoint of a
 * run with a uuid6 whose random bytes come from `crypto.getRandomValues` (16 bytes a call, in
 * @langchain/core's uuid rng), checkpointer or not: about 10 calls per text turn. Node 20 runs
 * each call as a native crypto job (an object with its async_hooks init, then a getrandom
 * system call): 10-50 µs each on the bench machine, 0.3-0.5 ms of CPU per turn. Installed, a
 * Uint8Array of at most 256 bytes is filled from a 4 KB pool that one `randomFillSync` refills
 * when it runs out, as Node itself pools the bytes of `crypto.randomUUID()`: the same CSPRNG,
 * each byte handed out once and zeroed in the pool as it is. Any other request (another typed
 * array, a larger one, a wrong type) goes to Node's function unchanged, errors included.
 * Process-wide and idempotent; the pool is filled on first use, never before a fork.
 */
export function installPooledRandomValues(target: RandomValuesSource = globalThis.crypto): void {
  if (installedOn.has(target)) return;
  installedOn.add(target);
  const native = target.getRandomValues.bind(target);
  const pool = new Uint8Array(POOL_BYTES);
  let next = POOL_BYTES;
  target.getRandomValues = ((array: Parameters<RandomValues>[0]) => {
    if (!(array instanceof Uint8Array) || array.byteLength > LARGEST_POOLED) return native(array);
    if (next + array.byteLength > POOL_BYTES) {
      randomFillSync(pool);
      next = 0;
    }
    const drawn = pool.subarray(next, next + array.byteLength);
    array.set(drawn);
    drawn.fill(0);
    next += array.byteLength;
    return array;
  }) as RandomValues;
}
