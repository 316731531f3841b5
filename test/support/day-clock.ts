import { jest } from '@jest/globals';

const DAY_MS = 86_400_000;

/** The next 12:00 UTC after `now`: as far from either midnight as a day allows. */
export function nextUtcNoon(now: Date): Date {
  const noon = Math.floor(now.getTime() / DAY_MS) * DAY_MS + DAY_MS / 2;
  return new Date(noon > now.getTime() ? noon : noon + DAY_MS);
}

/**
 * Sets Date (only: timers, I/O and performance.now() stay real) to `at`, from where it runs on at
 * the real pace, for the test and the app it boots in the same process. A test of what is counted
 * per UTC day, started from `nextUtcNoon`, then runs inside one day whatever the hour it is started
 * at: at 23:59 its turns and its own reading of "today" would fall on two days. The clock is moved
 * forward, never back, so what a real mongod's TTL monitor (on the real clock) could remove expires
 * later, never sooner. jest.useRealTimers() puts the real Date back.
 */
export function runDateFrom(at: Date): void {
  jest.useFakeTimers({
    now: at,
    advanceTimers: true,
    doNotFake: [
      'hrtime',
      'nextTick',
      'performance',
      'queueMicrotask',
      'setImmediate',
      'clearImmediate',
      'setInterval',
      'clearInterval',
      'setTimeout',
      'clearTimeout',
    ],
  });
}
