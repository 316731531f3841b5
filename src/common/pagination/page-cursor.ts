import { HttpStatus } from '@nestjs/common';
import { Types } from 'mongoose';
import { ProblemException } from '../problem/problem.exception.js';

/** Where a page sorted newest first ended: the time and id of the oldest item it showed. */
export interface PageCursor {
  at: Date;
  id: Types.ObjectId;
}

/**
 * Opaque to clients: base64url of `<ms>.<_id hex>`. Both parts are needed because several
 * items can share a millisecond.
 */
export function encodePageCursor(cursor: PageCursor): string {
  return Buffer.from(`${cursor.at.getTime()}.${cursor.id.toHexString()}`, 'utf8').toString('base64url');
}

/** Undefined for anything that is not a cursor this service issued. */
export function decodePageCursor(raw: string): PageCursor | undefined {
  if (!/^[A-Za-z0-9_-]{1,64}$/.test(raw)) return undefined;
  const match = /^(\d{1,15})\.([0-9a-f]{24})$/.exec(Buffer.from(raw, 'base64url').toString('utf8'));
  if (!match) return undefined;
  const at = new Date(Number(match[1]));
  if (Number.isNaN(at.getTime())) return undefined;
  return { at, id: new Types.ObjectId(match[2]) };
}

/**
 * A page request's `before`: undefined for the first page, else the cursor it names. Anything this service did not
 * issue is the client's mistake, refused with a 422 naming the field, the same on every paged route.
 */
export function beforeCursor(before: string | undefined): PageCursor | undefined {
  if (before === undefined) return undefined;
  const cursor = decodePageCursor(before);
  if (cursor) return cursor;
  throw new ProblemException(HttpStatus.UNPROCESSABLE_ENTITY, 'The request is invalid: check before.', {
    errors: [{ field: 'before', message: 'before must be a next_cursor value returned by this endpoint' }],
  });
}
