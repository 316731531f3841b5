import { Prop, Schema, SchemaFactory } from '@nestjs/mongoose';

export const DAILY_TOKEN_USAGE_MODEL = 'DailyTokenUsage';

/**
 * The tokens one patient (a guest: one session) used on one UTC day, counted by every instance
 * with atomic increments. The TTL index removes the document a day after its day ends.
 */
@Schema({ collection: 'chat_token_usage', versionKey: false })
export class DailyTokenUsage {
  /** `<subject>|<YYYY-MM-DD>`, subject `patient:<id>` or `session:<id>`. */
  @Prop({ type: String, required: true })
  _id!: string;

  @Prop({ type: String, required: true })
  subject!: string;

  @Prop({ type: String, required: true })
  day!: string;

  @Prop({ type: Number, default: 0 })
  prompt_tokens!: number;

  @Prop({ type: Number, default: 0 })
  completion_tokens!: number;

  @Prop({ type: Date, required: true })
  expires_at!: Date;
}

export const DailyTokenUsageSchema = SchemaFactory.createForClass(DailyTokenUsage);
DailyTokenUsageSchema.index({ expires_at: 1 }, { expireAfterSeconds: 0 });
