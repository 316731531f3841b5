import { Logger, Module } from '@nestjs/common';
import { MongooseModule } from '@nestjs/mongoose';
import type { ThrottlerStorage } from '@nestjs/throttler';
import { AppConfig } from '../../../config/app-config.js';
import { MongoThrottlerStorage } from './mongo-throttler-storage.js';
import { RATE_LIMIT_COUNTER_MODEL, RateLimitCounterSchema } from './rate-limit-counter.schema.js';
import { ioredisScriptClient, RedisThrottlerStorage } from './redis-throttler-storage.js';

/** The storage every instance shares for rate-limit counters. */
export const RATE_LIMIT_STORAGE = Symbol('RATE_LIMIT_STORAGE');

/** Redis when REDIS_URL is set, else the MongoDB the app already uses. */
@Module({
  imports: [MongooseModule.forFeature([{ name: RATE_LIMIT_COUNTER_MODEL, schema: RateLimitCounterSchema }])],
  providers: [
    MongoThrottlerStorage,
    {
      provide: RATE_LIMIT_STORAGE,
      inject: [AppConfig, MongoThrottlerStorage],
      useFactory: async (config: AppConfig, mongo: MongoThrottlerStorage): Promise<ThrottlerStorage> => {
        const logger = new Logger('RateLimit');
        if (config.env.REDIS_URL) {
          logger.log('Rate-limit counters: Redis (REDIS_URL)');
          return new RedisThrottlerStorage(await ioredisScriptClient(config.env.REDIS_URL));
        }
        logger.log('Rate-limit counters: MongoDB (rate_limit_counters)');
        return mongo;
      },
    },
  ],
  exports: [RATE_LIMIT_STORAGE],
})
export class RateLimitStorageModule {}
