export interface LoginFailurePolicy {
  /** Failed attempts on one key (client address or patient id) allowed within the window. */
  maxFailures: number;
  windowMs: number;
}

export type LoginAttemptVerdict = { allowed: true } | { allowed: false; retryAfterSeconds: number };

/**
 * Whether one more sign-in attempt may go ahead on a key, given when the earlier failures on
 * that key happened. Pure, so the policy is tested without a database or a clock.
 */
export function judgeLoginAttempt(
  earlier: readonly Date[],
  now: Date,
  policy: LoginFailurePolicy,
): LoginAttemptVerdict {
  const windowStart = now.getTime() - policy.windowMs;
  const recent = earlier
    .map((at) => at.getTime())
    .filter((at) => at > windowStart)
    .sort((a, b) => a - b);
  if (recent.length < policy.maxFailures) return { allowed: true };
  // Attempts are allowed again once enough of these have left the window that fewer than
  // maxFailures remain: the one at index length - maxFailures is the last that has to go.
  const releasedAt = (recent[recent.length - policy.maxFailures] as number) + policy.windowMs;
  return { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil((releasedAt - now.getTime()) / 1000)) };
}

/** A key's counts as the claim update left them (database clock, ms). */
export interface KeyCounts {
  failures: readonly number[];
  pending: ReadonlyArray<{ id: string }>;
  now: number;
}

/**
 * What a claim on a key came to: the attempt holds a place; or the failures alone fill the
 * window (refused until the oldest leave); or attempts still in flight hold the remaining places
 * (`busy`: they may well succeed, which frees them, so the attempt waits instead of failing).
 */
export type KeyClaim =
  { outcome: 'admitted' } | { outcome: 'blocked'; retryAfterSeconds: number } | { outcome: 'busy' };

export function judgeClaim(counts: KeyCounts, attemptId: string, policy: LoginFailurePolicy): KeyClaim {
  if (counts.pending.some((attempt) => attempt.id === attemptId)) return { outcome: 'admitted' };
  const verdict = judgeLoginAttempt(
    counts.failures.map((at) => new Date(at)),
    new Date(counts.now),
    policy,
  );
  return verdict.allowed ? { outcome: 'busy' } : { outcome: 'blocked', retryAfterSeconds: verdict.retryAfterSeconds };
}
