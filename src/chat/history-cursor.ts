import { Types } from 'mongoose';

/** Where a history page ends: the oldest exchange it showed. */
export interface HistoryCursor {
  createdAt: Date;
  id: Types.ObjectId;
}

/**
 * The cursor is opaque to clients: base64url of `<created_at ms>.<_id hex>`. Both parts are
 * needed because several exchanges can share a millisecond.
 */
export function encodeHistoryCursor(cursor: HistoryCursor): string {
  return Buffer.from(`${cursor.createdAt.getTime()}.${cursor.id.toHexString()}`, 'utf8').toString('base64url');
}

/** Returns undefined for anything that is not a cursor this service issued. */
export function decodeHistoryCursor(raw: string): HistoryCursor | undefined {
  if (!/^[A-Za-z0-9_-]{1,64}$/.test(raw)) return undefined;
  const match = /^(\d{1,15})\.([0-9a-f]{24})$/.exec(Buffer.from(raw, 'base64url').toString('utf8'));
  if (!match) return undefined;
  const createdAt = new Date(Number(match[1]));
  if (Number.isNaN(createdAt.getTime())) return undefined;
  return { createdAt, id: new Types.ObjectId(match[2]) };
}
