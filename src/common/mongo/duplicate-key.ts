/** MongoDB's error code for a write a unique index refused (E11000). */
const DUPLICATE_KEY = 11000;

/** Whether a write failed because a unique index already holds its key. */
export function isDuplicateKey(error: unknown): boolean {
  return typeof error === 'object' && error !== null && (error as { code?: unknown }).code === DUPLICATE_KEY;
}
