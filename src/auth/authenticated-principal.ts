import { ROLES, type Role } from '../common/decorators/roles.decorator.js';

export { ROLES, type Role };

/**
 * Who is calling, as established by the global auth guard and attached to `request.user`.
 * `sub` is the patient id (null for guests and the admin key); `sid` the live session.
 */
export interface AuthenticatedPrincipal {
  sub: string | null;
  sid: string | null;
  role: Role;
  /**
   * When the session's conversation was last cleared, as the guard read the session for this
   * request (absent for the admin key). Chat takes its context from here instead of reading the
   * session a second time.
   */
  contextClearedAt?: Date | null;
}
