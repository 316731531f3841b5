import type { Types } from 'mongoose';
import { decodePageCursor, encodePageCursor } from '../common/pagination/page-cursor.js';

/** Where a history page ends: the oldest exchange it showed. */
export interface HistoryCursor {
  createdAt: Date;
  id: Types.ObjectId;
}

/** The shared page cursor (common/pagination), keyed by when the exchange was created. */
export function encodeHistoryCursor(cursor: HistoryCursor): string {
  return encodePageCursor({ at: cursor.createdAt, id: cursor.id });
}

/** Returns undefined for anything that is not a cursor this service issued. */
export function decodeHistoryCursor(raw: string): HistoryCursor | undefined {
  const cursor = decodePageCursor(raw);
  return cursor && { createdAt: cursor.at, id: cursor.id };
}
