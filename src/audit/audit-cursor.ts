import { beforeCursor, encodePageCursor, type PageCursor } from '../common/pagination/page-cursor.js';

/** Where a page of audit events ended: the oldest event it showed. */
export type AuditCursor = PageCursor;

export const encodeAuditCursor = encodePageCursor;
export const beforeAuditCursor = beforeCursor;
