import { Injectable } from '@nestjs/common';
import { InjectModel } from '@nestjs/mongoose';
import type { Model } from 'mongoose';
import { MongoLeases } from '../common/leases/mongo-leases.js';
import { SCHEDULER_LEASE_MODEL, type SchedulerLease } from './schemas/scheduler-lease.schema.js';

/**
 * Leases in `scheduler_leases`: an instance runs a job only while it holds the job's lease.
 * The holder keeps renewing on its own schedule, so one instance runs the job once per interval
 * and another takes over within an interval when it stops.
 */
@Injectable()
export class SchedulerLeases extends MongoLeases<SchedulerLease> {
  constructor(@InjectModel(SCHEDULER_LEASE_MODEL) leases: Model<SchedulerLease>) {
    super(leases, (job, now) => ({ job, acquired_at: now }));
  }
}
