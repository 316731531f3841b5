import { calculateObjectSize, type Document, Long } from 'bson';
import { ErrorCode, MongoCommandError } from './mongo-command-error.js';

/** mongod's default first batch of a find/aggregate cursor when the client gives no batchSize. */
const DEFAULT_FIRST_BATCH_SIZE = 101;
/** A batch stops growing once its documents reach this size (mongod caps replies near 16 MiB). */
const MAX_BATCH_BYTES = 16 * 1024 * 1024 - 16 * 1024;
/** mongod's cursorTimeoutMillis default: idle cursors are reaped after ten minutes. */
export const CURSOR_IDLE_TIMEOUT_MS = 10 * 60 * 1000;

interface OpenCursor {
  namespace: string;
  documents: Document[];
  position: number;
  lastUsedAt: number;
}

export interface CursorReply {
  id: Long;
  ns: string;
  firstBatch?: Document[];
  nextBatch?: Document[];
}

/**
 * Server-side cursors. A command materializes its whole result up front (the stored documents
 * are immutable, so holding them is cheap) and the registry hands it out in batches.
 */
export class CursorRegistry {
  readonly #cursors = new Map<bigint, OpenCursor>();
  // Ids start at a random offset so ids from before a restart are not silently reused.
  #nextId = BigInt(1 + Math.floor(Math.random() * 2 ** 30)) << 20n;

  /**
   * Starts a cursor over `documents` and returns its first batch. The cursor stays open only
   * when documents remain and the client did not ask for a single batch.
   */
  open(namespace: string, documents: Document[], batchSize: number | undefined, singleBatch = false): CursorReply {
    const cursor: OpenCursor = { namespace, documents, position: 0, lastUsedAt: Date.now() };
    const firstBatch = takeBatch(cursor, batchSize === undefined ? DEFAULT_FIRST_BATCH_SIZE : batchSize);
    let id = 0n;
    if (!singleBatch && cursor.position < documents.length) {
      id = this.#nextId++;
      this.#cursors.set(id, cursor);
    }
    return { id: Long.fromBigInt(id), ns: namespace, firstBatch };
  }

  getMore(id: bigint, namespace: string, batchSize: number | undefined): CursorReply {
    const cursor = this.#cursors.get(id);
    if (!cursor) {
      throw new MongoCommandError(ErrorCode.CursorNotFound, `cursor id ${id} not found`);
    }
    if (cursor.namespace !== namespace) {
      throw new MongoCommandError(
        ErrorCode.Unauthorized,
        `Requested getMore on namespace '${namespace}', but cursor belongs to a different namespace ${cursor.namespace}`,
      );
    }
    cursor.lastUsedAt = Date.now();
    // batchSize 0 or absent on getMore means "as much as fits".
    const nextBatch = takeBatch(cursor, batchSize || Number.POSITIVE_INFINITY);
    const exhausted = cursor.position >= cursor.documents.length;
    if (exhausted) this.#cursors.delete(id);
    return { id: Long.fromBigInt(exhausted ? 0n : id), ns: namespace, nextBatch };
  }

  kill(ids: bigint[]): { killed: bigint[]; notFound: bigint[] } {
    const killed: bigint[] = [];
    const notFound: bigint[] = [];
    for (const id of ids) (this.#cursors.delete(id) ? killed : notFound).push(id);
    return { killed, notFound };
  }

  reapIdle(now: number, idleTimeoutMs = CURSOR_IDLE_TIMEOUT_MS): void {
    for (const [id, cursor] of this.#cursors) {
      if (now - cursor.lastUsedAt >= idleTimeoutMs) this.#cursors.delete(id);
    }
  }

  clear(): void {
    this.#cursors.clear();
  }
}

function takeBatch(cursor: OpenCursor, limit: number): Document[] {
  const batch: Document[] = [];
  let bytes = 0;
  while (cursor.position < cursor.documents.length && batch.length < limit) {
    const document = cursor.documents[cursor.position]!;
    bytes += calculateObjectSize(document);
    if (batch.length > 0 && bytes > MAX_BATCH_BYTES) break;
    batch.push(document);
    cursor.position += 1;
  }
  return batch;
}

/** Cursor ids arrive as a promoted number or as a Long; the registry keys them as bigint. */
export function toCursorId(value: unknown): bigint {
  if (typeof value === 'number' && Number.isInteger(value)) return BigInt(value);
  if (typeof value === 'bigint') return value;
  if (value instanceof Long) return value.toBigInt();
  throw new MongoCommandError(ErrorCode.TypeMismatch, `cursor id must be a 64-bit integer`);
}
