/**
 * The audit trail's vocabulary. Names are stable for queries (`GET /api/admin/audit?action=`).
 * An event holds identifiers, counts and machine-readable reasons only — never a message,
 * record text, file content, file name, password or token — so it can be kept and shown as is.
 */
export const AUDIT_ACTIONS = [
  'auth.login.succeeded',
  'auth.login.failed',
  'auth.login.blocked',
  'auth.guest.started',
  'auth.token.refreshed',
  'auth.logout',
  'records.retrieved',
  'chat.history.purged',
  'chat.retention.purged',
  'chat.session.renamed',
  'chat.session.deleted',
  'chat.feedback.given',
  'upload.created',
  'upload.deleted',
  'upload.purged',
  'admin.patient.imported',
  'admin.patient.password_set',
  'admin.audit.read',
  'privacy.erased',
  'privacy.exported',
] as const;
export type AuditAction = (typeof AUDIT_ACTIONS)[number];

export const AUDIT_OUTCOMES = ['success', 'failure', 'blocked'] as const;
export type AuditOutcome = (typeof AUDIT_OUTCOMES)[number];

/** Who acted: a role, and the patient and session when there are any. */
export const AUDIT_ACTOR_ROLES = ['patient', 'guest', 'admin', 'system', 'anonymous'] as const;
export type AuditActorRole = (typeof AUDIT_ACTOR_ROLES)[number];

export interface AuditActor {
  role: AuditActorRole;
  patient_id?: string | null;
  session_id?: string | null;
  /** How an admin or the system acted: `admin-api-key`, `cli`, a job name. */
  via?: string;
}

/** An API caller as the actor: the patient (null for a guest) and the session it called from. */
export function callerActor(caller: { role: AuditActorRole; sub: string | null; sid: string | null }): AuditActor {
  return { role: caller.role, patient_id: caller.sub, session_id: caller.sid };
}

/** The actor as it is stored and listed: no patient or session is null, and `via` only when there is one. */
export function completeActor(
  actor: AuditActor,
): AuditActor & { patient_id: string | null; session_id: string | null } {
  return {
    role: actor.role,
    patient_id: actor.patient_id ?? null,
    session_id: actor.session_id ?? null,
    ...(actor.via ? { via: actor.via } : {}),
  };
}

/** Identifiers, counts and reason codes: nothing a patient wrote. */
export type AuditDetails = Record<string, string | number | boolean | null>;

export interface AuditEventInput {
  action: AuditAction;
  outcome: AuditOutcome;
  actor: AuditActor;
  /** The patient whose account or data the event concerns (null: nobody's, e.g. a guest's chat). */
  patient_id: string | null;
  /** Ids of what was acted on, e.g. `{ file_id }`. */
  targets?: Record<string, string>;
  details?: AuditDetails;
  client_ip?: string;
}
