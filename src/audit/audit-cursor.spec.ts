import { describe, expect, it } from '@jest/globals';
import { Types } from 'mongoose';
import { ProblemException } from '../common/problem/problem.exception.js';
import { beforeAuditCursor, encodeAuditCursor } from './audit-cursor.js';

describe('audit cursor', () => {
  it('round-trips the time and id of the last event shown', () => {
    const cursor = { at: new Date('2026-01-15T14:30:28.123Z'), id: new Types.ObjectId() };
    const encoded = encodeAuditCursor(cursor);
    expect(encoded).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(beforeAuditCursor(encoded)).toEqual(cursor);
  });

  it.each([
    '',
    'not a cursor',
    Buffer.from('123.xyz').toString('base64url'),
    Buffer.from('{"$gt":""}').toString('base64url'),
    'a'.repeat(65),
  ])('refuses %p with a 422 problem', (raw) => {
    expect(() => beforeAuditCursor(raw)).toThrow(ProblemException);
  });
});
