import { jest } from '@jest/globals';

/**
 * What stays real when a test fakes the clock: timers, I/O callbacks, microtasks and
 * performance.now(). The app under test runs in the test's process, so only what the test means to
 * move may be fake; everything it waits on keeps the host's pace.
 */
const REAL_TIMERS = ['setInterval', 'clearInterval', 'setTimeout', 'clearTimeout'] as const;
const REAL_BESIDE_THE_CLOCK = [
  'hrtime',
  'nextTick',
  'performance',
  'queueMicrotask',
  'setImmediate',
  'clearImmediate',
] as const;

/**
 * Date (only) stands still at `now` until the test moves it with `jest.setSystemTime`: a delay the
 * app reads off Date (a breaker's reset, a lease's expiry) is over when the test says so, however
 * slowly a loaded host runs. jest.useRealTimers() puts the real Date back.
 */
export function holdDate(now: number | Date = Date.now()): void {
  jest.useFakeTimers({ now, doNotFake: [...REAL_BESIDE_THE_CLOCK, ...REAL_TIMERS] });
}

/**
 * Date and the interval timers stand still until the test moves them (`jest.advanceTimersByTime`):
 * a stalled host can neither skip nor bunch up an interval's ticks. setTimeout stays real.
 */
export function holdDateAndIntervals(now: number | Date = Date.now()): void {
  jest.useFakeTimers({ now, doNotFake: [...REAL_BESIDE_THE_CLOCK, 'setTimeout', 'clearTimeout'] });
}

/**
 * Sets Date (only) to `at`, from where it runs on at the real pace, for the test and the app it boots
 * in the same process. A test of what is counted per UTC day, started from `nextUtcNoon`, then runs
 * inside one day whatever the hour it is started at: at 23:59 its turns and its own reading of
 * "today" would fall on two days. The clock is moved forward, never back, so what a real mongod's TTL
 * monitor (on the real clock) could remove expires later, never sooner. jest.useRealTimers() puts
 * the real Date back.
 */
export function runDateFrom(at: Date): void {
  jest.useFakeTimers({ now: at, advanceTimers: true, doNotFake: [...REAL_BESIDE_THE_CLOCK, ...REAL_TIMERS] });
}
