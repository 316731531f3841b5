import { randomUUID } from 'node:crypto';
import { hostname } from 'node:os';
import { Injectable } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import type { Model } from 'mongoose';
import { COLLECTION_LOAD_LEASE_MODEL, type CollectionLoadLease } from '../schemas/collection-load-lease.schema.js';

const DUPLICATE_KEY = 11000;

/**
 * Leases in `knowledge_load_leases`: an instance writes a collection only while it holds the
 * collection's lease, so instances starting together load the shipped collection once instead
 * of deleting and inserting over each other (the second used to fail with E11000). A lease is
 * taken when free or lapsed, renewed by its holder, and released when the load ends either way.
 */
@Injectable()
export class CollectionLoadLeases {
  /** This process, as written in the leases it holds. */
  readonly holder = `${hostname()}:${process.pid}:${randomUUID().slice(0, 8)}`;

  constructor(@InjectModel(COLLECTION_LOAD_LEASE_MODEL) private readonly leases: Model<CollectionLoadLease>) {}

  /** Takes or renews the lease; false while another holder's lease has not lapsed. */
  async acquire(collection: string, durationMs: number, now: Date = new Date()): Promise<boolean> {
    try {
      const lease = await this.leases
        .findOneAndUpdate(
          { _id: collection, $or: [{ expires_at: { $lte: now } }, { holder: this.holder }] },
          { $set: { holder: this.holder, expires_at: new Date(now.getTime() + durationMs), renewed_at: now } },
          { upsert: true, returnDocument: 'after', lean: true },
        )
        .exec();
      return lease?.holder === this.holder;
    } catch (error) {
      // The lease exists and is another holder's: the upsert's insert hit the collection's _id.
      if ((error as { code?: unknown } | null)?.code === DUPLICATE_KEY) return false;
      throw error;
    }
  }

  /** Gives the lease up at once (only if still ours), so a waiting instance need not wait for it to lapse. */
  async release(collection: string): Promise<void> {
    await this.leases.deleteOne({ _id: collection, holder: this.holder }).exec();
  }
}
