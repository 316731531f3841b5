import { Module } from '@nestjs/common';
import { ThrottlerModule, type ThrottlerStorage } from '@nestjs/throttler';
import { AppConfig } from '../../config/app-config.js';
import { RATE_LIMIT_STORAGE, RateLimitStorageModule } from './storage/rate-limit-storage.module.js';

const MINUTE_MS = 60_000;
const HOUR_MS = 60 * MINUTE_MS;

/**
 * Two windows, per minute and per hour. The names become the header suffixes the SPA reads
 * (X-RateLimit-Limit-Minute, X-RateLimit-Remaining-Hour, ...). The counters live in a store all
 * instances share (MongoDB, or Redis when REDIS_URL is set), so the limits hold across instances.
 */
@Module({
  imports: [
    ThrottlerModule.forRootAsync({
      imports: [RateLimitStorageModule],
      inject: [AppConfig, RATE_LIMIT_STORAGE],
      useFactory: (config: AppConfig, storage: ThrottlerStorage) => ({
        throttlers: [
          { name: 'Minute', ttl: MINUTE_MS, limit: config.env.RATE_LIMIT_PER_MINUTE },
          { name: 'Hour', ttl: HOUR_MS, limit: config.env.RATE_LIMIT_PER_HOUR },
        ],
        storage,
      }),
    }),
  ],
  exports: [ThrottlerModule],
})
export class RateLimitModule {}
