import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { judgeClaim, judgeLoginAttempt, type LoginFailurePolicy } from './login-failure-policy.js';

const MINUTE = 60_000;
const policy: LoginFailurePolicy = { maxFailures: 5, windowMs: 15 * MINUTE };
const now = new Date('2026-01-15T14:30:00.000Z');
const ago = (ms: number) => new Date(now.getTime() - ms);

describe('judgeLoginAttempt', () => {
  it('allows attempts while fewer than maxFailures are in the window', () => {
    expect(judgeLoginAttempt([], now, policy)).toEqual({ allowed: true });
    expect(judgeLoginAttempt([ago(1000), ago(2000), ago(3000), ago(4000)], now, policy)).toEqual({ allowed: true });
  });

  it('refuses the attempt after maxFailures, until the oldest leaves the window', () => {
    const failures = [ago(10 * MINUTE), ago(4 * MINUTE), ago(3 * MINUTE), ago(2 * MINUTE), ago(1 * MINUTE)];
    expect(judgeLoginAttempt(failures, now, policy)).toEqual({ allowed: false, retryAfterSeconds: 5 * 60 });
  });

  it('ignores failures that have left the window', () => {
    const failures = [ago(16 * MINUTE), ago(15 * MINUTE), ago(3 * MINUTE), ago(2 * MINUTE), ago(1 * MINUTE)];
    expect(judgeLoginAttempt(failures, now, policy)).toEqual({ allowed: true });
  });

  it('with more than maxFailures, waits until enough have left the window', () => {
    const failures = [
      ago(14 * MINUTE),
      ago(13 * MINUTE),
      ago(12 * MINUTE),
      ago(11 * MINUTE),
      ago(10 * MINUTE),
      ago(9 * MINUTE),
      ago(8 * MINUTE),
    ];
    // Seven in the window: three must leave, the third oldest (12 min ago) leaves in 3 minutes.
    expect(judgeLoginAttempt(failures, now, policy)).toEqual({ allowed: false, retryAfterSeconds: 3 * 60 });
  });

  it('does not depend on the order of the failures', () => {
    const failures = [ago(1 * MINUTE), ago(10 * MINUTE), ago(3 * MINUTE), ago(4 * MINUTE), ago(2 * MINUTE)];
    expect(judgeLoginAttempt(failures, now, policy)).toEqual({ allowed: false, retryAfterSeconds: 5 * 60 });
  });

  it('never answers a Retry-After under one second', () => {
    const failures = Array.from({ length: 5 }, () => ago(policy.windowMs - 10));
    expect(judgeLoginAttempt(failures, now, policy)).toEqual({ allowed: false, retryAfterSeconds: 1 });
  });

  it('property: after waiting Retry-After seconds the attempt is allowed, and not a second before', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 10 }),
        fc.integer({ min: 1, max: 60 }),
        fc.array(fc.integer({ min: 0, max: 120 * MINUTE }), { maxLength: 30 }),
        (maxFailures, windowMinutes, offsets) => {
          const rule = { maxFailures, windowMs: windowMinutes * MINUTE };
          const failures = offsets.map(ago);
          const verdict = judgeLoginAttempt(failures, now, rule);
          const inWindow = offsets.filter((offset) => offset < rule.windowMs).length;
          expect(verdict.allowed).toBe(inWindow < maxFailures);
          if (verdict.allowed) return;
          const later = new Date(now.getTime() + verdict.retryAfterSeconds * 1000);
          expect(judgeLoginAttempt(failures, later, rule).allowed).toBe(true);
          if (verdict.retryAfterSeconds > 1) {
            const tooEarly = new Date(now.getTime() + (verdict.retryAfterSeconds - 1) * 1000 - 1);
            expect(judgeLoginAttempt(failures, tooEarly, rule).allowed).toBe(false);
          }
        },
      ),
    );
  });
});

describe('judgeClaim', () => {
  const at = now.getTime();
  const pending = (...ids: string[]) => ids.map((id) => ({ id }));

  it('admits the attempt whose place the update took', () => {
    expect(judgeClaim({ failures: [at - 1000], pending: pending('a', 'mine'), now: at }, 'mine', policy)).toEqual({
      outcome: 'admitted',
    });
  });

  it('answers busy, not blocked, when attempts in flight hold the places failures leave', () => {
    const counts = { failures: [at - 3000, at - 2000], pending: pending('a', 'b', 'c'), now: at };
    expect(judgeClaim(counts, 'mine', policy)).toEqual({ outcome: 'busy' });
  });

  it('blocks, with the wait of the failure policy, once the failures alone fill the window', () => {
    const failures = [10, 4, 3, 2, 1].map((minutes) => at - minutes * MINUTE);
    expect(judgeClaim({ failures, pending: [], now: at }, 'mine', policy)).toEqual({
      outcome: 'blocked',
      retryAfterSeconds: 5 * 60,
    });
  });
});
