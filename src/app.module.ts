import { Module, type DynamicModule } from '@nestjs/common';
import { APP_FILTER, APP_GUARD } from '@nestjs/core';
import { AppConfig } from './config/app-config.js';
import { ConfigModule } from './config/config.module.js';
import { ProblemDetailsFilter } from './common/filters/problem-details.filter.js';
import { RateLimitGuard } from './common/throttling/rate-limit.guard.js';
import { RateLimitModule } from './common/throttling/rate-limit.module.js';
import type { DatabaseTarget } from './database/database-target.js';
import { DatabaseModule } from './database/database.module.js';
import { HealthModule } from './health/health.module.js';
import { OrchestratorModule } from './orchestrator/orchestrator.module.js';

@Module({})
export class AppModule {
  static forRoot(config: AppConfig, database: DatabaseTarget): DynamicModule {
    return {
      module: AppModule,
      imports: [ConfigModule.forRoot(config), DatabaseModule.forRoot(database), RateLimitModule, HealthModule, OrchestratorModule],
      providers: [
        { provide: APP_FILTER, useClass: ProblemDetailsFilter },
        { provide: APP_GUARD, useClass: RateLimitGuard },
      ],
    };
  }
}
