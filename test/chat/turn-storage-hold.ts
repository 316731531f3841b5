import { jest } from '@jest/globals';
import { DailyTokenQuota } from '../../src/chat/quota/daily-token-quota.service.js';
import type { TestApp } from '../support/test-app.js';

/** A turn of the running app held once its answer is whole and checked, before anything is stored. */
export interface HeldTurnStorage {
  /** Settles when a turn's model has finished (the answer passed the safety check) and the turn waits here. */
  readonly modelFinished: Promise<void>;
  /** Lets the held turn go on to store its outcome. */
  release(): void;
  /** Puts the app back as it was; call it in `finally`. */
  restore(): void;
}

/**
 * Holds the next turn at the first thing it does once the answer is checked: counting its tokens,
 * which comes before the turn is stored `completed`. A test can then act in the window between the
 * model's end and the answer's delivery (a client leaving, a cancel) without racing a timer.
 */
export function holdTurnStorage(app: TestApp): HeldTurnStorage {
  const quota = app.medchat.app.get(DailyTokenQuota);
  const count = quota.record.bind(quota);
  let finish!: () => void;
  const modelFinished = new Promise<void>((resolve) => (finish = resolve));
  let release!: () => void;
  const released = new Promise<void>((resolve) => (release = resolve));
  const held = jest.spyOn(quota, 'record').mockImplementation(async (...args) => {
    finish();
    await released;
    return count(...args);
  });
  return { modelFinished, release, restore: () => held.mockRestore() };
}
