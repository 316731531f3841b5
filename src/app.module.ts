import { Module, type DynamicModule } from '@nestjs/common';
import { APP_FILTER, APP_GUARD } from '@nestjs/core';
import { AuditModule } from './audit/audit.module.js';
import { AdminModule } from './auth/admin/admin.module.js';
import { AuthModule } from './auth/auth.module.js';
import { AccessTokenGuard } from './auth/guards/access-token.guard.js';
import { RolesGuard } from './auth/guards/roles.guard.js';
import { AppConfig } from './config/app-config.js';
import { ConfigModule } from './config/config.module.js';
import { EncryptionModule } from './common/encryption/encryption.module.js';
import { ProblemDetailsFilter } from './common/filters/problem-details.filter.js';
import { RateLimitGuard } from './common/throttling/rate-limit.guard.js';
import { RateLimitModule } from './common/throttling/rate-limit.module.js';
import type { DatabaseTarget } from './database/database-target.js';
import { DatabaseModule } from './database/database.module.js';
import { ChatModule } from './chat/chat.module.js';
import { HealthModule } from './health/health.module.js';
import { MetricsModule } from './metrics/metrics.module.js';
import { OrchestratorModule } from './orchestrator/orchestrator.module.js';
import { PatientsModule } from './patients/patients.module.js';
import { SchedulerModule } from './scheduler/scheduler.module.js';
import { StatsModule } from './stats/stats.module.js';
import { UploadModule } from './upload/upload.module.js';

@Module({})
export class AppModule {
  static forRoot(config: AppConfig, database: DatabaseTarget): DynamicModule {
    return {
      module: AppModule,
      imports: [ConfigModule.forRoot(config), DatabaseModule.forRoot(database), EncryptionModule, AuditModule.forRoot(config), RateLimitModule, HealthModule, MetricsModule, AuthModule, PatientsModule, AdminModule.forRoot(config), StatsModule.forRoot(config), OrchestratorModule, ChatModule, UploadModule, SchedulerModule],
      providers: [
        { provide: APP_FILTER, useClass: ProblemDetailsFilter },
        // Order matters: who the caller is, then whether the role may call the route, then the
        // rate limit, which counts per caller once the caller is known.
        { provide: APP_GUARD, useExisting: AccessTokenGuard },
        { provide: APP_GUARD, useExisting: RolesGuard },
        { provide: APP_GUARD, useClass: RateLimitGuard },
      ],
    };
  }
}
