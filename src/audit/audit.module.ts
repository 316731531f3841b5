import { Module } from '@nestjs/common';
import { MongooseModule } from '@nestjs/mongoose';
import { AuditService } from './audit.service.js';
import { AuditTrail } from './audit-trail.js';
import { AUDIT_EVENT_MODEL, AuditEventSchema } from './schemas/audit-event.schema.js';

/** The audit trail (`audit_events`): modules that record events import this one. */
@Module({
  imports: [MongooseModule.forFeature([{ name: AUDIT_EVENT_MODEL, schema: AuditEventSchema }])],
  providers: [AuditTrail, AuditService],
  exports: [AuditTrail, AuditService],
})
export class AuditModule {}
