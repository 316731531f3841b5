// The audit feature's public entry (see .dependency-cruiser.cjs): the trail others record to.
export { AuditModule } from './audit.module.js';
export { AuditAdminModule } from './audit-admin.module.js';
export { AuditTrail } from './audit-trail.js';
export { callerActor } from './audit-event.js';
export type { AuditAction, AuditActor, AuditDetails, AuditEventInput, AuditOutcome } from './audit-event.js';
