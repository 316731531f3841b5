import type { Types } from 'mongoose';
import { beforeCursor, encodePageCursor } from '../common/pagination/page-cursor.js';

/** Where a history page ends: the oldest exchange it showed. */
export interface HistoryCursor {
  createdAt: Date;
  id: Types.ObjectId;
}

/** The shared page cursor (common/pagination), keyed by when the exchange was created. */
export function encodeHistoryCursor(cursor: HistoryCursor): string {
  return encodePageCursor({ at: cursor.createdAt, id: cursor.id });
}

/** A page request's `before` as a history cursor (`beforeCursor`: undefined for the first page, 422 if not ours). */
export function beforeHistoryCursor(before: string | undefined): HistoryCursor | undefined {
  const cursor = beforeCursor(before);
  return cursor && { createdAt: cursor.at, id: cursor.id };
}
