import type { AuditAction } from '../../audit/index.js';

/**
 * What the auth module reports as it happens: its part of the audit trail's vocabulary, so every
 * name it logs is one the trail stores and `GET /api/admin/audit?action=` finds.
 */
export type AuthAuditEventName = Extract<
  AuditAction,
  `auth.${string}` | 'admin.patient.password_set' | 'admin.patient.imported'
>;

export type AuthAuditOutcome = 'success' | 'failure' | 'blocked';

/** Who performed an admin action: the HTTP API key or the operator CLI. */
export type AuthAuditActor = 'admin-api-key' | 'cli' | 'demo-data';

/**
 * One audit event. Holds identifiers and reasons only: never a password, hash or token, so any
 * sink can store it as it is.
 */
export interface AuthAuditEvent {
  event: AuthAuditEventName;
  outcome: AuthAuditOutcome;
  patient_id: string | null;
  session_id?: string | null;
  /** Machine-readable cause of a failure, e.g. `wrong_password`, `unknown_patient`. */
  reason?: string;
  client_ip?: string;
  actor?: AuthAuditActor;
}
