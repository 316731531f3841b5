import { Prop, Schema, SchemaFactory } from '@nestjs/mongoose';

export const SCHEDULER_LEASE_MODEL = 'SchedulerLease';

/**
 * Who runs a periodic job now. One document per job, keyed by the job's name (`_id`), so two
 * instances racing to create it collide on the primary key, which needs no extra index.
 */
@Schema({ collection: 'scheduler_leases', versionKey: false })
export class SchedulerLease {
  @Prop({ type: String, required: true })
  _id!: string;

  @Prop({ type: String, required: true })
  job!: string;

  /** The instance holding the lease (host, pid and a random part). */
  @Prop({ type: String, required: true })
  holder!: string;

  @Prop({ type: Date, required: true })
  expires_at!: Date;

  @Prop({ type: Date, required: true })
  acquired_at!: Date;
}

export const SchedulerLeaseSchema = SchemaFactory.createForClass(SchedulerLease);
