import { isPatientId } from '../common/patient-id.js';
import { SESSION_ROLES, type SessionRole } from './session-role.js';
import type { AccessTokenClaims } from './token.service.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/**
 * The claims of a verified token, or undefined when they are not what TokenService issues: a
 * correctly signed token with odd claims (another service sharing the secret, a future format)
 * is refused rather than half-trusted.
 */
export function readAccessTokenClaims(payload: unknown): AccessTokenClaims | undefined {
  if (typeof payload !== 'object' || payload === null) return undefined;
  const { sub, sid, role } = payload as Record<string, unknown>;
  if (typeof sid !== 'string' || !UUID.test(sid)) return undefined;
  if (!SESSION_ROLES.includes(role as SessionRole)) return undefined;
  if (role === 'guest') return sub === undefined ? { sid, role } : undefined;
  return isPatientId(sub) ? { sub, sid, role: role as SessionRole } : undefined;
}
