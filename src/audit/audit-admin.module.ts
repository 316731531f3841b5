import { Module, type DynamicModule } from '@nestjs/common';
import type { AppConfig } from '../config/app-config.js';
import { AuditController } from './audit.controller.js';
import { AuditModule } from './audit.module.js';
import { AuditService } from './audit.service.js';

/** The trail's read route; like the other admin routes, it exists only when ADMIN_API_KEY is set. */
@Module({})
export class AuditAdminModule {
  static forRoot(config: AppConfig): DynamicModule {
    return {
      module: AuditAdminModule,
      imports: [AuditModule],
      // The read route's paging lives here, not in AuditModule: the modules that only record events need none of it.
      providers: [AuditService],
      controllers: config.env.ADMIN_API_KEY !== undefined ? [AuditController] : [],
    };
  }
}
