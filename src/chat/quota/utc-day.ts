const DAY_MS = 86_400_000;

/** The UTC calendar day of an instant, `YYYY-MM-DD`: the day a daily token budget belongs to. */
export function utcDay(now: Date): string {
  return now.toISOString().slice(0, 10);
}

/** The next midnight UTC after `now`, when every daily budget starts afresh. */
export function nextUtcMidnight(now: Date): Date {
  return new Date(Math.floor(now.getTime() / DAY_MS) * DAY_MS + DAY_MS);
}

/** Whole seconds until the next midnight UTC, at least one (a Retry-After of 0 invites a retry loop). */
export function secondsUntilNextUtcDay(now: Date): number {
  return Math.max(1, Math.ceil((nextUtcMidnight(now).getTime() - now.getTime()) / 1000));
}
