import { Prop, Schema, SchemaFactory } from '@nestjs/mongoose';
import { Schema as MongooseSchema } from 'mongoose';

export const RATE_LIMIT_COUNTER_MODEL = 'RateLimitCounter';

/** One window's count: when it started (database clock, ms) and the hits since. */
export interface WindowCounter {
  start: number;
  hits: number;
}

/**
 * The hit counters of one caller on one route, one per window (`Minute`, `Hour`), updated
 * together and atomically. Shared by every instance; the TTL index removes the document once
 * the longest window after its last hit is over.
 */
@Schema({ collection: 'rate_limit_counters', versionKey: false, minimize: false })
export class RateLimitCounter {
  /** The window group: a hash of the throttlers' keys (route and caller). */
  @Prop({ type: String, required: true })
  _id!: string;

  @Prop({ type: MongooseSchema.Types.Mixed, default: {} })
  w!: Record<string, WindowCounter>;

  /** The database's clock at the last hit (ms), which the windows are measured by. */
  @Prop({ type: Number, required: true })
  now!: number;

  @Prop({ type: Date, required: true })
  expires_at!: Date;
}

export const RateLimitCounterSchema = SchemaFactory.createForClass(RateLimitCounter);
RateLimitCounterSchema.index({ expires_at: 1 }, { expireAfterSeconds: 0 });
