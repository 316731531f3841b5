import { Global, Module, type DynamicModule } from '@nestjs/common';
import { MongooseModule } from '@nestjs/mongoose';
import type { AppConfig } from '../config/app-config.js';
import { AuditController } from './audit.controller.js';
import { AuditService } from './audit.service.js';
import { AuditTrail } from './audit-trail.js';
import { AUDIT_EVENT_MODEL, AuditEventSchema } from './schemas/audit-event.schema.js';

/**
 * The audit trail. Global: any module records events through AuditTrail without importing this
 * one. The read route, like the other admin routes, exists only when ADMIN_API_KEY is set.
 */
@Global()
@Module({})
export class AuditModule {
  static forRoot(config: AppConfig): DynamicModule {
    return {
      module: AuditModule,
      imports: [MongooseModule.forFeature([{ name: AUDIT_EVENT_MODEL, schema: AuditEventSchema }])],
      controllers: config.env.ADMIN_API_KEY !== undefined ? [AuditController] : [],
      providers: [AuditTrail, AuditService],
      exports: [AuditTrail],
    };
  }
}
