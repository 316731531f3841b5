import { Module } from '@nestjs/common';
import { ThrottlerModule, type ThrottlerStorage } from '@nestjs/throttler';
import { AppConfig } from '../../config/app-config.js';
import { rateLimitWindows } from './rate-limit-windows.js';
import { RATE_LIMIT_STORAGE, RateLimitStorageModule } from './storage/rate-limit-storage.module.js';

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
        throttlers: rateLimitWindows(config.env),
        storage,
      }),
    }),
  ],
  exports: [ThrottlerModule],
})
export class RateLimitModule {}
