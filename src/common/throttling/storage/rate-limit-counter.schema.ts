import { Prop, Schema, SchemaFactory } from '@nestjs/mongoose';
import { Schema as MongooseSchema } from 'mongoose';

export const RATE_LIMIT_COUNTER_MODEL = 'RateLimitCounter';

/**
 * The hit counters of one caller on one route for one period of the longest window (an hour):
 * `hits` holds one field per window start (`Hour_<ms>`, `Minute_<ms>`, ...), each incremented
 * atomically. Shared by every instance; the TTL index removes it once its period is over.
 */
@Schema({ collection: 'rate_limit_counters', versionKey: false, minimize: false })
export class RateLimitCounter {
  /** `<window group id>:<start of the longest window>` */
  @Prop({ type: String, required: true })
  _id!: string;

  @Prop({ type: MongooseSchema.Types.Mixed, default: {} })
  hits!: Record<string, number>;

  @Prop({ type: Date, required: true })
  expires_at!: Date;
}

export const RateLimitCounterSchema = SchemaFactory.createForClass(RateLimitCounter);
RateLimitCounterSchema.index({ expires_at: 1 }, { expireAfterSeconds: 0 });
