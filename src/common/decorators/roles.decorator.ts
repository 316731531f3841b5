import { SetMetadata } from '@nestjs/common';
import type { Role } from '../authenticated-principal.js';

export const ROLES_METADATA = 'medchat:roles';

/**
 * Who may call a route without `@Roles()`: signed-in patients and guests. The admin API key
 * reaches only routes that name `admin`, since it has no session for session-based routes to use.
 */
export const DEFAULT_ROUTE_ROLES: readonly Role[] = ['patient', 'guest'];

/** Limits a route (or controller) to the given roles; others get 403. */
export const Roles = (...roles: Role[]) => SetMetadata(ROLES_METADATA, roles);
