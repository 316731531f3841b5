import type { AuthenticatedPrincipal } from '../auth/index.js';

/**
 * Who an upload belongs to: a patient (across their sessions), or a guest's one session —
 * guests have no patient id, and no guest may see another guest's files.
 */
export interface UploadOwner {
  patientId: string | null;
  sessionId: string;
}

/** Only callers with a session (patients and guests) own uploads; the admin key has none. */
export function uploadOwnerOf(principal: AuthenticatedPrincipal): UploadOwner | null {
  if (principal.sid === null || principal.role === 'admin') return null;
  return { patientId: principal.role === 'guest' ? null : principal.sub, sessionId: principal.sid };
}

/** The MongoDB filter of an owner's uploads; both fields always go into the query. */
export function ownerFilter(
  owner: UploadOwner,
): { owner_patient_id: string } | { owner_patient_id: null; owner_session_id: string } {
  return owner.patientId !== null
    ? { owner_patient_id: owner.patientId }
    : { owner_patient_id: null, owner_session_id: owner.sessionId };
}
