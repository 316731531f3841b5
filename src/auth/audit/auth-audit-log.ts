import { Injectable, Logger } from '@nestjs/common';
import { AuditTrail } from '../../audit/index.js';
import type { AuditActor, AuditEventInput } from '../../audit/index.js';
import type { AuthAuditEvent } from './auth-audit-event.js';

/**
 * Auth and admin audit events: a structured log line each, in the format log queries already
 * use (the logger adds the request id), and a stored event in the audit trail (`audit_events`).
 * Services depend on this class and its vocabulary, not on the trail.
 */
@Injectable()
export class AuthAuditLog {
  private readonly logger = new Logger('AuthAudit');

  constructor(private readonly trail: AuditTrail) {}

  async record(event: AuthAuditEvent): Promise<void> {
    const line = { msg: event.event, ...event };
    if (event.outcome === 'success') this.logger.log(line);
    else this.logger.warn(line);
    await this.trail.record(toAuditEvent(event), { logged: true });
  }
}

function toAuditEvent(event: AuthAuditEvent): AuditEventInput {
  return {
    action: event.event,
    outcome: event.outcome,
    actor: actorOf(event),
    patient_id: event.patient_id,
    details: event.reason === undefined ? {} : { reason: event.reason },
    client_ip: event.client_ip,
  };
}

/** A refused sign-in has no one behind it yet: the patient id it named is what it concerns. */
function actorOf(event: AuthAuditEvent): AuditActor {
  if (event.actor !== undefined) return { role: 'admin', via: event.actor };
  if (event.outcome !== 'success' && event.event.startsWith('auth.login.')) return { role: 'anonymous' };
  return {
    role: event.patient_id === null ? 'guest' : 'patient',
    patient_id: event.patient_id,
    session_id: event.session_id ?? null,
  };
}
