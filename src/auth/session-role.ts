import type { Role } from './authenticated-principal.js';

/** Roles a session (and so an access token) can carry; `admin` comes only from the API key. */
export const SESSION_ROLES = ['patient', 'guest'] as const satisfies readonly Role[];
export type SessionRole = (typeof SESSION_ROLES)[number];
