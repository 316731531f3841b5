import { SetMetadata } from '@nestjs/common';

// Route metadata, like `@Public()`: features declare who may call their routes without importing
// the auth feature that enforces it (auth's RolesGuard reads ROLES_METADATA).

/** Who can call the API: the roles of a principal (`admin` is the operator's API key). */
export const ROLES = ['patient', 'guest', 'admin'] as const;
export type Role = (typeof ROLES)[number];

export const ROLES_METADATA = 'medchat:roles';

/**
 * Who may call a route without `@Roles()`: signed-in patients and guests. The admin API key
 * reaches only routes that name `admin`, since it has no session for session-based routes to use.
 */
export const DEFAULT_ROUTE_ROLES: readonly Role[] = ['patient', 'guest'];

/** Limits a route (or controller) to the given roles; others get 403. */
export const Roles = (...roles: Role[]) => SetMetadata(ROLES_METADATA, roles);
