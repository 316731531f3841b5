import type { Document } from 'bson';
import { getPathValues } from './bson-values.js';
import type { CursorRegistry } from './cursor-registry.js';
import type { InMemoryCollection } from './in-memory-collection.js';
import type { InMemoryStorage } from './in-memory-storage.js';

/** mongod's ttlMonitorSleepSecs default. */
export const DEFAULT_TTL_MONITOR_INTERVAL_MS = 60_000;

/**
 * The background task that removes documents whose TTL-indexed date is older than the index's
 * `expireAfterSeconds`, like mongod's TTL monitor. It also reaps idle cursors. The timer is
 * unref'd so an idle embedded server never keeps the process alive on its own.
 */
export class TtlMonitor {
  #timer: NodeJS.Timeout | undefined;

  constructor(
    private readonly storage: InMemoryStorage,
    private readonly cursors: CursorRegistry,
    private readonly intervalMs: number = DEFAULT_TTL_MONITOR_INTERVAL_MS,
  ) {}

  start(): void {
    if (this.#timer) return;
    this.#timer = setInterval(() => {
      try {
        this.sweep(Date.now());
      } catch (error) {
        // A failed sweep is retried on the next tick; it must not take the host process down.
        const reason = error instanceof Error ? error.message : String(error);
        process.emitWarning(`embedded MongoDB TTL monitor: ${reason}`);
      }
    }, this.intervalMs);
    this.#timer.unref();
  }

  stop(): void {
    if (this.#timer) clearInterval(this.#timer);
    this.#timer = undefined;
  }

  /** Removes every expired document; returns how many were removed. */
  sweep(now: number): number {
    let removed = 0;
    for (const collection of this.storage.allCollections()) removed += removeExpired(collection, now);
    this.cursors.reapIdle(now);
    return removed;
  }
}

function removeExpired(collection: InMemoryCollection, now: number): number {
  const ttlIndexes = collection.indexes.ttlIndexes();
  if (ttlIndexes.length === 0) return 0;
  const expired: Document[] = [];
  for (const document of collection.documents()) {
    const isExpired = ttlIndexes.some(({ field, expireAfterSeconds }) => {
      const expiresAt = earliestDate(getPathValues(document, field));
      return expiresAt !== undefined && expiresAt + expireAfterSeconds * 1000 <= now;
    });
    if (isExpired) expired.push(document);
  }
  for (const document of expired) collection.delete(document);
  return expired.length;
}

/** A TTL field may hold a date or an array of dates (the earliest counts); anything else never expires. */
function earliestDate(values: unknown[]): number | undefined {
  let earliest: number | undefined;
  for (const value of values) {
    if (value instanceof Date && !Number.isNaN(value.getTime())) {
      earliest = earliest === undefined ? value.getTime() : Math.min(earliest, value.getTime());
    }
  }
  return earliest;
}
