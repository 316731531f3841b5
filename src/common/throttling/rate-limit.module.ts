import { Module } from '@nestjs/common';
import { ThrottlerModule } from '@nestjs/throttler';
import { AppConfig } from '../../config/app-config.js';

const MINUTE_MS = 60_000;
const HOUR_MS = 60 * MINUTE_MS;

/**
 * Two windows, per minute and per hour. The names become the header suffixes the SPA reads
 * (X-RateLimit-Limit-Minute, X-RateLimit-Remaining-Hour, ...).
 */
@Module({
  imports: [
    ThrottlerModule.forRootAsync({
      inject: [AppConfig],
      useFactory: (config: AppConfig) => ({
        throttlers: [
          { name: 'Minute', ttl: MINUTE_MS, limit: config.env.RATE_LIMIT_PER_MINUTE },
          { name: 'Hour', ttl: HOUR_MS, limit: config.env.RATE_LIMIT_PER_HOUR },
        ],
      }),
    }),
  ],
  exports: [ThrottlerModule],
})
export class RateLimitModule {}
