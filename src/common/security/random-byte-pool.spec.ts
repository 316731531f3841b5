import { describe, expect, it } from '@jest/globals';
import { LARGEST_POOLED_DRAW, RandomBytePool } from './random-byte-pool.js';

const hex = (bytes: Uint8Array) => Buffer.from(bytes).toString('hex');

describe('RandomBytePool', () => {
  it('fills the array it is given and returns it, a different draw every call, across refills of the pool', () => {
    const pool = new RandomBytePool();
    const draws = new Set<string>();
    // 1,000 draws of 12 bytes (an IV) and 16 (a uuid): the 4 KB pool is refilled several times.
    for (let call = 0; call < 1000; call += 1) {
      const array = new Uint8Array(call % 2 === 0 ? 12 : 16);
      expect(pool.fill(array)).toBe(array);
      draws.add(hex(array));
    }
    expect(draws.size).toBe(1000);
    expect([...draws].some((draw) => /^(00)+$/.test(draw))).toBe(false);
  });

  it('fills a Buffer and a draw larger than it pools alike', () => {
    const pool = new RandomBytePool();
    const iv = pool.fill(Buffer.alloc(12));
    const large = pool.fill(new Uint8Array(LARGEST_POOLED_DRAW + 1));
    expect(iv.some((byte) => byte !== 0)).toBe(true);
    expect(large.some((byte) => byte !== 0)).toBe(true);
  });
});
