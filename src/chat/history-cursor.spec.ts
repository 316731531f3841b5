import { Types } from 'mongoose';
import { ProblemException } from '../common/problem/problem.exception.js';
import { beforeHistoryCursor, encodeHistoryCursor } from './history-cursor.js';

describe('history cursor', () => {
  it('round-trips the created_at and id of an exchange', () => {
    const cursor = { createdAt: new Date('2026-01-15T14:30:28.123Z'), id: new Types.ObjectId() };

    const decoded = beforeHistoryCursor(encodeHistoryCursor(cursor));

    expect(decoded?.createdAt.toISOString()).toBe('2026-01-15T14:30:28.123Z');
    expect(decoded?.id.equals(cursor.id)).toBe(true);
  });

  it('is undefined for the first page, when no before is given', () => {
    expect(beforeHistoryCursor(undefined)).toBeUndefined();
  });

  it('is base64url, safe in a query string', () => {
    expect(encodeHistoryCursor({ createdAt: new Date(), id: new Types.ObjectId() })).toMatch(/^[A-Za-z0-9_-]+$/);
  });

  it.each([
    ['empty', ''],
    ['not base64url', 'abc$%'],
    ['garbage', Buffer.from('hello').toString('base64url')],
    ['a bad id', Buffer.from('1700000000000.zz').toString('base64url')],
    ['too long', 'A'.repeat(200)],
  ])('rejects %s with a 422 problem', (_label, raw) => {
    expect(() => beforeHistoryCursor(raw)).toThrow(ProblemException);
  });
});
