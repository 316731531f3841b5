/** Everything the auth module reports as it happens; the names are stable for log queries. */
export const AUTH_AUDIT_EVENTS = [
  'auth.login.succeeded',
  'auth.login.failed',
  'auth.login.blocked',
  'auth.guest.started',
  'auth.token.refreshed',
  'auth.logout',
  'admin.patient.password_set',
  'admin.patient.imported',
] as const;
export type AuthAuditEventName = (typeof AUTH_AUDIT_EVENTS)[number];

export type AuthAuditOutcome = 'success' | 'failure' | 'blocked';

/** Who performed an admin action: the HTTP API key or the operator CLI. */
export type AuthAuditActor = 'admin-api-key' | 'cli';

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
