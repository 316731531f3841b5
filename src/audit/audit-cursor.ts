import { Types } from 'mongoose';

/** Where a page of audit events ended: the oldest event it showed. */
export interface AuditCursor {
  at: Date;
  id: Types.ObjectId;
}

/** Opaque to clients: base64url of `<at ms>.<_id hex>` (several events can share a millisecond). */
export function encodeAuditCursor(cursor: AuditCursor): string {
  return Buffer.from(`${cursor.at.getTime()}.${cursor.id.toHexString()}`, 'utf8').toString('base64url');
}

/** Undefined for anything that is not a cursor this service issued. */
export function decodeAuditCursor(raw: string): AuditCursor | undefined {
  if (!/^[A-Za-z0-9_-]{1,64}$/.test(raw)) return undefined;
  const match = /^(\d{1,15})\.([0-9a-f]{24})$/.exec(Buffer.from(raw, 'base64url').toString('utf8'));
  if (!match) return undefined;
  const at = new Date(Number(match[1]));
  if (Number.isNaN(at.getTime())) return undefined;
  return { at, id: new Types.ObjectId(match[2]) };
}
