export interface LoginFailurePolicy {
  /** Failed attempts on one key (client IP or patient id) allowed within the window. */
  maxFailures: number;
  windowMs: number;
}

export type LoginAttemptVerdict = { allowed: true } | { allowed: false; retryAfterSeconds: number };

/**
 * Whether one more sign-in attempt may go ahead on a key, given when the earlier counted
 * attempts on that key started. Pure, so the policy is tested without a database or a clock.
 */
export function judgeLoginAttempt(earlier: readonly Date[], now: Date, policy: LoginFailurePolicy): LoginAttemptVerdict {
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

/** The stricter of several verdicts (an attempt is counted against the IP and the patient id). */
export function strictestVerdict(verdicts: readonly LoginAttemptVerdict[]): LoginAttemptVerdict {
  let retryAfterSeconds = 0;
  for (const verdict of verdicts) if (!verdict.allowed) retryAfterSeconds = Math.max(retryAfterSeconds, verdict.retryAfterSeconds);
  return retryAfterSeconds > 0 ? { allowed: false, retryAfterSeconds } : { allowed: true };
}
