import { Module } from '@nestjs/common';
import { MongooseModule } from '@nestjs/mongoose';
import { MetricsModule } from '../../metrics/index.js';
import { DailyTokenQuota } from './daily-token-quota.service.js';
import { DAILY_TOKEN_USAGE_MODEL, DailyTokenUsageSchema } from './daily-token-usage.schema.js';

/** The per-patient daily token budget (CHAT_DAILY_TOKEN_BUDGET) and its counters in `chat_token_usage`. */
@Module({
  imports: [
    MongooseModule.forFeature([{ name: DAILY_TOKEN_USAGE_MODEL, schema: DailyTokenUsageSchema }]),
    MetricsModule,
  ],
  providers: [DailyTokenQuota],
  exports: [DailyTokenQuota],
})
export class DailyTokenQuotaModule {}
