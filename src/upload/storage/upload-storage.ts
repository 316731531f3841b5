import type { Writable } from 'node:stream';

/** One object being written: stream into `sink`, then commit() or abort(). */
export interface StorageWrite {
  readonly sink: Writable;
  /** Once `sink` has finished: the object becomes readable under its key. */
  commit(): Promise<void>;
  /** Removes whatever was written (after a failure); safe to call more than once. */
  abort(): Promise<void>;
}

/** What a health probe of the backend found; `reason` says why it cannot store files. */
export interface StorageProbe {
  ok: boolean;
  reason?: string;
  facts: Record<string, unknown>;
}

/**
 * Where uploaded bytes live. Keys are random (see storage-key.ts) and never come from a
 * request; the metadata (owner, names, hashes) lives in the `uploads` collection, not here.
 * Both backends pass the same integration suite.
 */
export abstract class UploadStorage {
  /** `disk` or `gridfs`, for logs. */
  abstract readonly backend: string;

  abstract beginWrite(key: string): Promise<StorageWrite>;

  /** The whole object; rejects when it does not exist. */
  abstract read(key: string): Promise<Buffer>;

  /** Removes the object and anything a failed write left under its key; false when there was nothing. */
  abstract delete(key: string): Promise<boolean>;

  abstract exists(key: string): Promise<boolean>;

  /**
   * Keys of objects (finished or abandoned mid-write) last written before `before`, for the
   * clean-up of objects no metadata names.
   */
  abstract keysWrittenBefore(before: Date): Promise<string[]>;

  /** Whether an upload arriving now could be stored, without leaving anything behind. */
  abstract probe(): Promise<StorageProbe>;
}
