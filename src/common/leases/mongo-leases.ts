import { randomUUID } from 'node:crypto';
import { hostname } from 'node:os';
import type { Model } from 'mongoose';
import { isDuplicateKey } from '../mongo/duplicate-key.js';

/** What every lease document holds, keyed by what it guards (`_id`). */
export interface LeaseDocument {
  _id: string;
  holder: string;
  expires_at: Date;
}

/**
 * Leases in one MongoDB collection, one document per guarded thing: a lease is taken when it
 * has expired, or renewed by its own holder; a lease held by another is refused. Two instances
 * racing to create the same lease collide on `_id`, which needs no extra index. Each owner binds
 * it to its collection and adds its own fields to what a taken lease records.
 */
export class MongoLeases<T extends LeaseDocument> {
  /** This instance, as written in the leases it holds (host, pid and a random part). */
  readonly holder = `${hostname()}:${process.pid}:${randomUUID().slice(0, 8)}`;

  constructor(
    private readonly leases: Model<T>,
    /** The owner's own fields of a lease taken or renewed at `now`. */
    private readonly stamp: (key: string, now: Date) => Partial<T>,
  ) {}

  /** Takes or renews the lease; false while another holder's lease has not lapsed. */
  async acquire(key: string, durationMs: number, now: Date = new Date()): Promise<boolean> {
    try {
      const lease = await this.leases
        .findOneAndUpdate(
          { _id: key, $or: [{ expires_at: { $lte: now } }, { holder: this.holder }] },
          {
            $set: { ...this.stamp(key, now), holder: this.holder, expires_at: new Date(now.getTime() + durationMs) },
          },
          { upsert: true, returnDocument: 'after', lean: true },
        )
        .exec();
      return lease?.holder === this.holder;
    } catch (error) {
      // The lease exists and is another holder's: the upsert's insert hit the key's _id.
      if (isDuplicateKey(error)) return false;
      throw error;
    }
  }

  /** Gives the lease up at once (only if still ours), so a waiting instance need not wait for it to lapse. */
  async release(key: string): Promise<void> {
    await this.leases.deleteOne({ _id: key, holder: this.holder }).exec();
  }
}
