import { randomUUID } from 'node:crypto';
import { hostname } from 'node:os';
import { Injectable } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import type { Model } from 'mongoose';
import { SCHEDULER_LEASE_MODEL, type SchedulerLease } from './schemas/scheduler-lease.schema.js';

const DUPLICATE_KEY = 11000;

/**
 * Leases in `scheduler_leases`: an instance runs a job only while it holds the job's lease.
 * A lease is taken when it has expired, or renewed by its own holder; a lease held by another
 * instance is refused. The holder keeps renewing on its own schedule, so one instance runs the
 * job once per interval and another takes over within an interval when it stops.
 */
@Injectable()
export class SchedulerLeases {
  /** This instance, as written in the leases it holds. */
  readonly holder = `${hostname()}:${process.pid}:${randomUUID().slice(0, 8)}`;

  constructor(@InjectModel(SCHEDULER_LEASE_MODEL) private readonly leases: Model<SchedulerLease>) {}

  async acquire(job: string, durationMs: number, now: Date = new Date()): Promise<boolean> {
    try {
      const lease = await this.leases
        .findOneAndUpdate(
          { _id: job, $or: [{ expires_at: { $lte: now } }, { holder: this.holder }] },
          { $set: { job, holder: this.holder, expires_at: new Date(now.getTime() + durationMs), acquired_at: now } },
          { upsert: true, returnDocument: 'after', lean: true },
        )
        .exec();
      return lease?.holder === this.holder;
    } catch (error) {
      // The lease exists and is another instance's: the upsert's insert hit the job's _id.
      if ((error as { code?: unknown } | null)?.code === DUPLICATE_KEY) return false;
      throw error;
    }
  }
}
