import { createHash } from 'node:crypto';

// In config, not common/encryption: validating the environment checks the keys before anything
// else exists, and config depends on nothing above it.

/** AES-256 needs exactly this many key bytes. */
export const DATA_KEY_BYTES = 32;

const BASE64 = /^[A-Za-z0-9+/_-]+={0,2}$/;

export interface DataEncryptionKey {
  /** First 8 hex digits of the key's SHA-256: stored beside each ciphertext, never the key. */
  id: string;
  key: Buffer;
}

/** Decodes one base64 (or base64url) key; undefined when it is not 32 bytes of base64. */
export function decodeDataKey(encoded: string): DataEncryptionKey | undefined {
  const trimmed = encoded.trim();
  if (!BASE64.test(trimmed)) return undefined;
  const key = Buffer.from(trimmed.replace(/-/g, '+').replace(/_/g, '/'), 'base64');
  if (key.length !== DATA_KEY_BYTES) return undefined;
  return { id: dataKeyId(key), key };
}

export function dataKeyId(key: Buffer): string {
  return createHash('sha256').update(key).digest('hex').slice(0, 8);
}

/** The comma-separated DATA_ENCRYPTION_PREVIOUS_KEYS, in order. */
export function splitKeyList(list: string | undefined): string[] {
  return (list ?? '')
    .split(',')
    .map((entry) => entry.trim())
    .filter((entry) => entry.length > 0);
}

/** Problems with the key variables, one sentence each naming the variable (for validate-environment). */
export function dataKeyProblems(current: string | undefined, previous: string | undefined): string[] {
  const problems: string[] = [];
  const hint = 'e.g. the output of `openssl rand -base64 32`';
  if (current !== undefined && !decodeDataKey(current)) {
    problems.push(`DATA_ENCRYPTION_KEY must be ${DATA_KEY_BYTES} random bytes in base64 (${hint})`);
  }
  splitKeyList(previous).forEach((entry, index) => {
    if (!decodeDataKey(entry))
      problems.push(
        `DATA_ENCRYPTION_PREVIOUS_KEYS entry ${index + 1} must be ${DATA_KEY_BYTES} bytes in base64 (${hint})`,
      );
  });
  if (current === undefined && splitKeyList(previous).length > 0) {
    problems.push(
      'DATA_ENCRYPTION_PREVIOUS_KEYS is set without DATA_ENCRYPTION_KEY (the previous keys only decrypt; a current key encrypts)',
    );
  }
  return problems;
}
