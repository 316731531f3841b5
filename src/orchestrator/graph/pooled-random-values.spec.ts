import { webcrypto } from 'node:crypto';
import { installPooledRandomValues, type RandomValuesSource } from './pooled-random-values.js';

/** A source of its own, so the spec never changes the process's crypto. */
function pooledSource() {
  const nativeCalls: ArrayBufferView[] = [];
  const source: RandomValuesSource = {
    getRandomValues: (array) => {
      nativeCalls.push(array);
      return webcrypto.getRandomValues(array);
    },
  };
  installPooledRandomValues(source);
  return { source, nativeCalls };
}

const hex = (bytes: Uint8Array) => Buffer.from(bytes).toString('hex');

describe('installPooledRandomValues', () => {
  it('fills the array it is given and returns it, a different draw every call, across refills of the pool', () => {
    const { source, nativeCalls } = pooledSource();
    const draws = new Set<string>();
    // 1,000 draws of 16 bytes: the 4 KB pool is refilled three times.
    for (let call = 0; call < 1000; call += 1) {
      const array = new Uint8Array(16);
      expect(source.getRandomValues(array)).toBe(array);
      draws.add(hex(array));
    }
    expect(draws.size).toBe(1000);
    expect(draws.has('00'.repeat(16))).toBe(false);
    expect(nativeCalls).toEqual([]);
  });

  it("hands what it does not pool to Node's own function, errors included", () => {
    const { source, nativeCalls } = pooledSource();
    const large = new Uint8Array(1024);
    const words = new Uint32Array(4);
    expect(source.getRandomValues(large)).toBe(large);
    expect(source.getRandomValues(words)).toBe(words);
    expect(large.some((byte) => byte !== 0)).toBe(true);
    expect(nativeCalls).toEqual([large, words]);
    // Float arrays are no integer typed array: refused by Node, as before.
    expect(() => source.getRandomValues(new Float64Array(2) as unknown as Uint8Array)).toThrow(
      expect.objectContaining({ name: 'TypeMismatchError' }),
    );
  });

  it('is installed once per source', () => {
    const { source, nativeCalls } = pooledSource();
    const pooled = source.getRandomValues;
    installPooledRandomValues(source);
    expect(source.getRandomValues).toBe(pooled);
    source.getRandomValues(new Uint8Array(600));
    expect(nativeCalls).toHaveLength(1);
  });
});
