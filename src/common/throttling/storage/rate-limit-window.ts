import type { ThrottlerStorage } from '@nestjs/throttler';
import { RememberedSha256 } from './remembered-sha256.js';

/** What a storage answers for one window (the library does not export its name for it). */
export type ThrottlerStorageRecord = Awaited<ReturnType<ThrottlerStorage['increment']>>;

/** One window's share of a request: the throttler's key for the caller and the window's rule. */
export interface WindowHit {
  /** The throttler's key (route and caller), already hashed by the guard. */
  key: string;
  /** The throttler's name (`Minute`, `Hour`): part of the stored counter's name. */
  name: string;
  ttl: number;
  limit: number;
}

/**
 * A throttler storage that counts every window of one request in one round trip. The guard
 * uses `incrementWindows` when the storage has it and `increment` (one window per call) otherwise.
 */
export interface MultiWindowThrottlerStorage extends ThrottlerStorage {
  /** The records, in the order of `hits`. */
  incrementWindows(hits: readonly WindowHit[]): Promise<ThrottlerStorageRecord[]>;
}

export function isMultiWindowStorage(storage: ThrottlerStorage): storage is MultiWindowThrottlerStorage {
  return typeof (storage as Partial<MultiWindowThrottlerStorage>).incrementWindows === 'function';
}

/**
 * What the guard needs to know of a window once this request is counted in it. Every request
 * counts, a refused one too; a request is refused while its window holds more than `limit`
 * hits, until the window ends (`blockDuration` is not used: the block is the rest of the window).
 * A window starts with the first hit after the previous one ended.
 */
export function windowRecord(totalHits: number, limit: number, msUntilWindowEnds: number): ThrottlerStorageRecord {
  const timeToExpire = Math.max(1, Math.ceil(msUntilWindowEnds / 1000));
  const isBlocked = totalHits > limit;
  return { totalHits, timeToExpire, isBlocked, timeToBlockExpire: isBlocked ? timeToExpire : 0 };
}

/** A throttler name as it may appear in a stored field or key name. */
export function safeWindowName(name: string): string {
  return name.replace(/[^A-Za-z0-9_-]/g, '_');
}

/** The counter ids of the callers and routes seen lately (see RememberedSha256). */
const groupIds = new RememberedSha256();

/** A stable id for the set of windows of one request (the same route, caller and throttlers). */
export function windowGroupId(hits: readonly WindowHit[]): string {
  if (hits.length === 1) return (hits[0] as WindowHit).key;
  return groupIds.of(hits.map((hit) => hit.key).join('|'));
}
