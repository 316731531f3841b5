import { once } from 'node:events';
import { attemptSignal } from './attempt-signal.js';

describe('attemptSignal', () => {
  it('aborts with the caller’s reason when the caller aborts', () => {
    const caller = new AbortController();
    const attempt = attemptSignal(60_000, caller.signal);
    const reason = new Error('client left');
    caller.abort(reason);
    expect(attempt.signal.aborted).toBe(true);
    expect(attempt.signal.reason).toBe(reason);
    attempt.dispose();
  });

  it('starts aborted when the caller already has', () => {
    const caller = new AbortController();
    caller.abort(new Error('gone'));
    const attempt = attemptSignal(60_000, caller.signal);
    expect(attempt.signal.aborted).toBe(true);
    attempt.dispose();
  });

  it('aborts with a TimeoutError once the timeout passes, with or without a caller', async () => {
    for (const caller of [undefined, new AbortController().signal]) {
      const attempt = attemptSignal(5, caller);
      await once(attempt.signal, 'abort');
      expect((attempt.signal.reason as Error).name).toBe('TimeoutError');
      attempt.dispose();
    }
  });

  it('no longer follows the caller once disposed', () => {
    const caller = new AbortController();
    const attempt = attemptSignal(60_000, caller.signal);
    attempt.dispose();
    caller.abort(new Error('late'));
    expect(attempt.signal.aborted).toBe(false);
  });
});
