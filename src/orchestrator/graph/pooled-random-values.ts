import type { webcrypto } from 'node:crypto';
import { LARGEST_POOLED_DRAW, randomBytePool } from '../../common/security/random-byte-pool.js';

/** The Web Crypto API's getRandomValues, which LangChain calls on `globalThis.crypto`. */
export type RandomValuesSource = Pick<webcrypto.Crypto, 'getRandomValues'>;
type RandomValues = RandomValuesSource['getRandomValues'];

const installedOn = new WeakSet<RandomValuesSource>();

/**
 * Serves small `getRandomValues` requests from the process's random byte pool (RandomBytePool).
 * LangGraph names every checkpoint of a run with a uuid6 whose random bytes come from
 * `crypto.getRandomValues` (16 bytes a call, in @langchain/core's uuid rng), checkpointer or
 * not: about 10 calls per text turn, each a native crypto job in Node 20 (0.3-0.5 ms of CPU per
 * turn). Installed, a Uint8Array of at most 256 bytes is filled from the pool: the same CSPRNG,
 * each byte handed out once. Any other request (another typed array, a larger one, a wrong type)
 * goes to Node's function unchanged, errors included. Process-wide and idempotent.
 */
export function installPooledRandomValues(target: RandomValuesSource = globalThis.crypto): void {
  if (installedOn.has(target)) return;
  installedOn.add(target);
  const native = target.getRandomValues.bind(target);
  target.getRandomValues = ((array: Parameters<RandomValues>[0]) => {
    if (!(array instanceof Uint8Array) || array.byteLength > LARGEST_POOLED_DRAW) return native(array);
    return randomBytePool.fill(array);
  }) as RandomValues;
}
