import { Module, type DynamicModule } from '@nestjs/common';
import { APP_FILTER, APP_GUARD } from '@nestjs/core';
import { AuditAdminModule } from './audit/index.js';
import { AccessTokenGuard, AdminModule, AuthModule, RolesGuard } from './auth/index.js';
import { AppConfig } from './config/app-config.js';
import { ConfigModule } from './config/config.module.js';
import { ProblemDetailsFilter } from './common/filters/problem-details.filter.js';
import { RateLimitGate } from './common/throttling/rate-limit-gate.guard.js';
import { RateLimitGuard } from './common/throttling/rate-limit.guard.js';
import { RateLimitModule } from './common/throttling/rate-limit.module.js';
import { DatabaseModule, type DatabaseTarget } from './database/index.js';
import { DemoDataModule } from './demo-data/index.js';
import { ChatModule, FeedbackAdminModule } from './chat/index.js';
import { HealthModule } from './health/index.js';
import { KnowledgeModule } from './knowledge/index.js';
import { MetricsModule } from './metrics/index.js';
import { OrchestratorModule } from './orchestrator/index.js';
import { PatientsModule } from './patients/index.js';
import { PrivacyModule } from './privacy/index.js';
import { SchedulerModule } from './scheduler/index.js';
import { StatsModule } from './stats/index.js';
import { UploadModule } from './upload/index.js';

@Module({})
export class AppModule {
  static forRoot(config: AppConfig, database: DatabaseTarget): DynamicModule {
    return {
      module: AppModule,
      imports: [
        ConfigModule.forRoot(config),
        DatabaseModule.forRoot(database),
        AuditAdminModule.forRoot(config),
        RateLimitModule,
        HealthModule,
        MetricsModule,
        AuthModule,
        PatientsModule,
        KnowledgeModule,
        AdminModule.forRoot(config),
        StatsModule.forRoot(config),
        OrchestratorModule,
        ChatModule,
        FeedbackAdminModule.forRoot(config),
        UploadModule,
        PrivacyModule.forRoot(config),
        SchedulerModule,
        DemoDataModule.forRoot(config),
      ],
      providers: [
        { provide: APP_FILTER, useClass: ProblemDetailsFilter },
        // Order matters: who the caller is, then whether the role may call the route, then the
        // rate limit, which counts per caller once the caller is known.
        { provide: APP_GUARD, useExisting: AccessTokenGuard },
        { provide: APP_GUARD, useExisting: RolesGuard },
        RateLimitGuard,
        { provide: APP_GUARD, useClass: RateLimitGate },
      ],
    };
  }
}
