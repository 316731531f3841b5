const DAY_MS = 86_400_000;

/** The next 12:00 UTC after `now`: as far from either midnight as a day allows. */
export function nextUtcNoon(now: Date): Date {
  const noon = Math.floor(now.getTime() / DAY_MS) * DAY_MS + DAY_MS / 2;
  return new Date(noon > now.getTime() ? noon : noon + DAY_MS);
}
