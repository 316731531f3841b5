import type { Db, Document, Filter } from 'mongodb';

/** What a bounded read asks for besides its filter. */
export interface OneReplyRead {
  /** At most this many documents: the server answers them in the command's one reply. */
  limit: number;
  sort?: Document;
  projection?: Document;
}

interface FindReply<T> {
  cursor: { id: unknown; firstBatch: T[] };
}

/**
 * A `find` of at most `limit` documents sent as the command itself (`db.command`), whose reply
 * is decoded in one go, instead of through a driver cursor: the cursor's objects (its implicit
 * session, timeout context, on-demand batch decoding, close) cost about as much client CPU as
 * the round trip itself, and a history page paid 0.4 ms more per read that way on this machine.
 * Same filter, sort, limit and projection, same server work, same documents.
 *
 * The reply carries every document unless they pass the 16 MB a batch may hold; then the open
 * cursor is killed and the read goes through the driver's cursor, which fetches the rest.
 */
export async function findInOneReply<T extends Document>(
  db: Db,
  collectionName: string,
  filter: Filter<T>,
  read: OneReplyRead,
): Promise<T[]> {
  const { limit, sort, projection } = read;
  // `db.command` does not inherit the database's read preference as a collection's find does.
  const readPreference = db.readPreference;
  const command: Document = { find: collectionName, filter, limit, batchSize: limit };
  if (sort) command.sort = sort;
  if (projection) command.projection = projection;
  const reply = (await db.command(command, { readPreference })) as unknown as FindReply<T>;
  // A cursor id of 0: the server has nothing more, so the first batch is the whole answer.
  if (Number(reply.cursor.id) === 0) return reply.cursor.firstBatch;
  await db.command({ killCursors: collectionName, cursors: [reply.cursor.id] }).catch(() => undefined);
  return (await db
    .collection<T>(collectionName)
    .find(filter, { sort, projection, limit, readPreference })
    .toArray()) as T[];
}
