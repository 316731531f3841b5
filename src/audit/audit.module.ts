import { Module } from '@nestjs/common';
import { MongooseModule } from '@nestjs/mongoose';
import { AuditTrail } from './audit-trail.js';
import { AUDIT_EVENT_MODEL, AuditEventSchema } from './schemas/audit-event.schema.js';

/** The audit trail (`audit_events`): modules that record events import this one. */
@Module({
  imports: [MongooseModule.forFeature([{ name: AUDIT_EVENT_MODEL, schema: AuditEventSchema }])],
  providers: [AuditTrail],
  exports: [AuditTrail],
})
export class AuditModule {}
