export const ROLES = ['patient', 'guest', 'admin'] as const;
export type Role = (typeof ROLES)[number];

/**
 * Who is calling, as established by the global auth guard and attached to `request.user`.
 * `sub` is the patient id (null for guests and the admin key); `sid` the live session.
 */
export interface AuthenticatedPrincipal {
  sub: string | null;
  sid: string | null;
  role: Role;
}
