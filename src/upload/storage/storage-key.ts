import { randomBytes } from 'node:crypto';

/** 128 random bits in hex: the only name a stored object ever has. */
const STORAGE_KEY = /^[0-9a-f]{32}$/;

export function newStorageKey(): string {
  return randomBytes(16).toString('hex');
}

/** Every backend refuses any other key, so no value from a request can ever become a path or an id. */
export function assertStorageKey(key: string): string {
  if (!STORAGE_KEY.test(key)) throw new Error(`Not a storage key: ${JSON.stringify(key.slice(0, 40))}`);
  return key;
}

export function isStorageKey(key: string): boolean {
  return STORAGE_KEY.test(key);
}
