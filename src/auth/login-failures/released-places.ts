/**
 * Wakes the attempts of this instance waiting on a key as soon as another attempt of this
 * instance gives a place on that key back. Attempts on other instances are not signalled: the
 * waiter's poll finds their places within its interval.
 */
export class ReleasedPlaces {
  private readonly waiters = new Map<string, Set<() => void>>();

  /** Resolves when a place on `key` is given back here, or after `ms` at the latest. */
  wait(key: string, ms: number): Promise<void> {
    return new Promise((resolve) => {
      const waiters = this.waiters.get(key) ?? new Set<() => void>();
      this.waiters.set(key, waiters);
      const wake = () => {
        clearTimeout(timer);
        waiters.delete(wake);
        if (waiters.size === 0 && this.waiters.get(key) === waiters) this.waiters.delete(key);
        resolve();
      };
      const timer = setTimeout(wake, ms);
      waiters.add(wake);
    });
  }

  /** Wakes one waiter per freed place; the others keep waiting, so a freed place is not stampeded. */
  release(key: string): void {
    const next = this.waiters.get(key)?.values().next();
    if (next && !next.done) next.value();
  }
}
