import type { Document } from 'mongodb';

/** The database's clock in ms: every instance measures windows and leases by the same clock. */
const NOW_MS = { $toLong: '$$NOW' };

/** How long an attempt may hold its place; past it the attempt is taken as lost with its process. */
export const PENDING_LEASE_MS = 60_000;

export interface KeyLimits {
  maxFailures: number;
  windowMs: number;
}

/**
 * One atomic update that drops the failures older than the window and the abandoned attempts,
 * then takes a place for this attempt when fewer than `maxFailures` failures and attempts in
 * flight remain. Attempts in flight count, so a burst of parallel guesses cannot all be checked
 * before the first failure is written; they are not failures, so a refused place means "wait".
 */
export function claimUpdate(attemptId: string, limits: KeyLimits): Document[] {
  const fresh = {
    failures: {
      $filter: {
        input: { $ifNull: ['$failures', []] },
        as: 'at',
        cond: { $gt: ['$$at', { $subtract: [NOW_MS, limits.windowMs] }] },
      },
    },
    pending: {
      $filter: { input: { $ifNull: ['$pending', []] }, as: 'attempt', cond: { $gt: ['$$attempt.until', NOW_MS] } },
    },
  };
  const hasRoom = { $lt: [{ $add: [{ $size: '$failures' }, { $size: '$pending' }] }, limits.maxFailures] };
  const withThis = { $concatArrays: ['$pending', [{ id: attemptId, until: { $add: [NOW_MS, PENDING_LEASE_MS] } }]] };
  return [
    { $set: fresh },
    {
      $set: {
        pending: { $cond: [hasRoom, withThis, '$pending'] },
        now: NOW_MS,
        expires_at: { $add: ['$$NOW', limits.windowMs] },
      },
    },
  ];
}

/** How an admitted attempt ended: a checked wrong credential, a sign-in, or an error before any check. */
export type AttemptEnd = 'failed' | 'succeeded' | 'withdrawn';

/**
 * Gives the attempt's place back. A failure stays counted for the window; a success on the
 * patient id's key also clears its failures (the patient proved who they are), while on the
 * client address it only leaves: the address's failures may be other people's guesses.
 */
export function settleUpdate(
  attemptId: string,
  end: AttemptEnd,
  clearsFailures: boolean,
  limits: KeyLimits,
): Document[] {
  const pending = {
    $filter: { input: { $ifNull: ['$pending', []] }, as: 'attempt', cond: { $ne: ['$$attempt.id', attemptId] } },
  };
  const stored = { $ifNull: ['$failures', []] };
  const failures =
    end === 'failed'
      ? { $concatArrays: [stored, [NOW_MS]] }
      : end === 'succeeded' && clearsFailures
        ? { $literal: [] }
        : stored;
  return [{ $set: { pending, failures, now: NOW_MS, expires_at: { $add: ['$$NOW', limits.windowMs] } } }];
}
