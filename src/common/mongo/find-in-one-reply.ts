import type { Db, Document, Filter } from 'mongodb';

/** What a read asks for besides its filter. */
export interface OneReplyRead {
  /**
   * At most this many documents: the server answers them in the command's one reply. Without
   * it, every match, as many as the reply holds (see ONE_REPLY_BATCH) and the rest through the
   * driver's cursor.
   */
  limit?: number;
  sort?: Document;
  projection?: Document;
}

interface FindReply<T> {
  cursor: { id: unknown; firstBatch: T[] };
}

/**
 * A `find` (of at most `limit` documents, or of every match) sent as the command itself (`db.command`), whose reply
 * is decoded in one go, instead of through a driver cursor: the cursor's objects (its implicit
 * session, timeout context, on-demand batch decoding, close) cost about as much client CPU as
 * the round trip itself, and a history page paid 0.4 ms more per read that way on this machine.
 * Same filter, sort, limit and projection, same server work, same documents.
 *
 * The reply carries every document unless they pass the 16 MB a batch may hold; then the open
 * cursor is killed and the read goes through the driver's cursor, which fetches the rest.
 *
 * The reply's strings are decoded without UTF-8 validation (`enableUtf8Validation: false`, which
 * `db.command` takes per command and does not inherit): every caller reads strings this service
 * wrote itself (ciphertext, base64, ids, enum values), which the driver encoded as valid UTF-8 on
 * the way in, and the check scans every character of every string in the reply — the history
 * page's 20 sealed answers and their metadata are most of its bytes. Were a stored string ever
 * invalid, it would read with U+FFFD in place of the bad bytes instead of failing the read.
 *
 * Retried once, as the driver retries a cursor's read (retryable reads) and does not retry a
 * `db.command`: on a network error or a replica set's "not primary / shutting down" answers
 * (isRetryableRead), unless the client was configured with retryReads=false. A read has no
 * effect, so sending it again is safe; the second attempt selects a server afresh.
 */
export async function findInOneReply<T extends Document>(
  db: Db,
  collectionName: string,
  filter: Filter<T>,
  read: OneReplyRead,
): Promise<T[]> {
  return findOneReply<T, T>(db, collectionName, filter, read, DECODED);
}

/**
 * As findInOneReply, each document left as its BSON bytes (a view of the reply, or a buffer of
 * its own when the driver's cursor read them), for a caller that decodes only what it shows and
 * may reuse what it decoded before from the same bytes (see DecodedDocuments). The reply's other
 * fields are decoded as findInOneReply decodes them.
 */
export function findDocumentBytesInOneReply<T extends Document>(
  db: Db,
  collectionName: string,
  filter: Filter<T>,
  read: OneReplyRead,
): Promise<Uint8Array[]> {
  return findOneReply<T, Uint8Array>(db, collectionName, filter, read, UNDECODED);
}

/** How the found documents come back: decoded, or as their bytes. */
interface ReplyForm {
  /** What `db.command` is given besides the read preference. */
  readonly command: Document;
  /** What the driver's cursor is given when the reply did not hold every document. */
  readonly cursor: Document;
}

const DECODED: ReplyForm = { command: {}, cursor: {} };
const UNDECODED: ReplyForm = { command: { fieldsAsRaw: { firstBatch: true } }, cursor: { raw: true } };

async function findOneReply<T extends Document, R>(
  db: Db,
  collectionName: string,
  filter: Filter<T>,
  read: OneReplyRead,
  form: ReplyForm,
): Promise<R[]> {
  const { limit, sort, projection } = read;
  // `db.command` does not inherit the database's read preference as a collection's find does.
  const readPreference = db.readPreference;
  const command: Document = { find: collectionName, filter };
  if (limit === undefined) command.batchSize = ONE_REPLY_BATCH;
  else Object.assign(command, { limit, batchSize: limit });
  if (sort) command.sort = sort;
  if (projection) command.projection = projection;
  const reply = (await commandRetriedOnce(db, command, readPreference, form)) as unknown as FindReply<R>;
  // A cursor id of 0: the server has nothing more, so the first batch is the whole answer.
  if (Number(reply.cursor.id) === 0) return reply.cursor.firstBatch;
  await db.command({ killCursors: collectionName, cursors: [reply.cursor.id] }).catch(() => undefined);
  return (await db
    .collection<T>(collectionName)
    .find(filter, { sort, projection, limit, readPreference, ...form.cursor })
    .toArray()) as unknown as R[];
}

/**
 * The first batch asked for when every match is wanted: the server then stops only at the 16 MB
 * a reply may hold (mongod's batchSize is a 32-bit count).
 */
const ONE_REPLY_BATCH = 2 ** 31 - 1;

/** See findInOneReply: our own strings, valid UTF-8 since the driver encoded them. */
const UNVALIDATED_STRINGS = { enableUtf8Validation: false } as const;

async function commandRetriedOnce(
  db: Db,
  command: Document,
  readPreference: Db['readPreference'],
  form: ReplyForm,
): Promise<Document> {
  const options = { readPreference, ...UNVALIDATED_STRINGS, ...form.command };
  try {
    return await db.command(command, options);
  } catch (error) {
    if (db.client.options.retryReads === false || !isRetryableRead(error)) throw error;
    return db.command(command, options);
  }
}

/**
 * The server answers after which the retryable reads specification has a driver send a read
 * again (https://github.com/mongodb/specifications, source/retryable-reads: "Retryable Error";
 * the Node driver's RETRYABLE_READ_ERROR_CODES, which it does not export).
 */
const RETRYABLE_READ_CODES = new Set([
  6, // HostUnreachable
  7, // HostNotFound
  89, // NetworkTimeout
  91, // ShutdownInProgress
  134, // ReadConcernMajorityNotAvailableYet
  189, // PrimarySteppedDown
  262, // ExceededTimeLimit
  9001, // SocketException
  10107, // NotWritablePrimary
  11600, // InterruptedAtShutdown
  11602, // InterruptedDueToReplStateChange
  13435, // NotPrimaryNoSecondaryOk
  13436, // NotPrimaryOrSecondary
]);

/** Whether the specification retries a read that failed so: see RETRYABLE_READ_CODES. */
export function isRetryableRead(error: unknown): boolean {
  if (typeof error !== 'object' || error === null) return false;
  if (isNetworkError(error)) return true;
  const { code, message } = error as { code?: unknown; message?: unknown };
  if (typeof code === 'number' && RETRYABLE_READ_CODES.has(code)) return true;
  // Servers of before the codes answered with these words only.
  return typeof message === 'string' && /not master|node is recovering/i.test(message);
}

/**
 * The driver's MongoNetworkError or a subclass (MongoNetworkTimeoutError), by class name: the
 * connection's driver is mongoose's own copy of the mongodb package, whose classes an
 * `instanceof` against the app's `mongodb` import never matched (a dropped connection was not
 * retried), and importing that copy only for its class loaded some 130 modules at start-up.
 */
function isNetworkError(error: object): boolean {
  for (let prototype = Object.getPrototypeOf(error); prototype !== null; prototype = Object.getPrototypeOf(prototype)) {
    if ((prototype as { constructor?: { name?: unknown } }).constructor?.name === 'MongoNetworkError') return true;
  }
  return false;
}
