import { HttpStatus } from '@nestjs/common';
import { Types } from 'mongoose';
import { ProblemException } from '../problem/problem.exception.js';
import { beforeCursor, encodePageCursor } from './page-cursor.js';

describe('beforeCursor', () => {
  it('is undefined for the first page, when no before is given', () => {
    expect(beforeCursor(undefined)).toBeUndefined();
  });

  it('reads back a next_cursor this service issued', () => {
    const cursor = { at: new Date('2026-01-15T14:30:28.123Z'), id: new Types.ObjectId() };

    expect(beforeCursor(encodePageCursor(cursor))).toEqual(cursor);
  });

  it.each([
    ['a word', 'not-a-cursor'],
    ['bad base64', '$$$'],
    ['an empty string', ''],
    ['base64 of something else', Buffer.from('12.not-an-id').toString('base64url')],
  ])('refuses %s with a 422 problem naming the field', (_label, raw) => {
    let thrown: unknown;
    try {
      beforeCursor(raw);
    } catch (error) {
      thrown = error;
    }

    expect(thrown).toBeInstanceOf(ProblemException);
    const problem = thrown as ProblemException;
    expect(problem.getStatus()).toBe(HttpStatus.UNPROCESSABLE_ENTITY);
    expect(problem.detail).toBe('The request is invalid: check before.');
    expect(problem.problem.errors).toEqual([
      { field: 'before', message: 'before must be a next_cursor value returned by this endpoint' },
    ]);
  });
});
