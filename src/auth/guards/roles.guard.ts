import { HttpStatus, Injectable, type CanActivate, type ExecutionContext } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { ProblemException } from '../../common/problem/problem.exception.js';
import type { AuthenticatedPrincipal, Role } from '../authenticated-principal.js';
import { unauthorizedProblem } from '../unauthorized.problem.js';
import { routeAccessOf } from './route-access.js';

const REFUSALS: Record<Role, string> = {
  patient: 'Patient accounts cannot use this route.',
  guest: 'Guests cannot use this route; sign in as a patient.',
  admin: 'The admin API key cannot be used on this route.',
};

/** Answers 403 when the caller's role is not among the route's @Roles() (or the default roles). */
@Injectable()
export class RolesGuard implements CanActivate {
  constructor(private readonly reflector: Reflector) {}

  canActivate(context: ExecutionContext): boolean {
    const { isPublic, roles: allowed } = routeAccessOf(this.reflector, context);
    if (isPublic) return true;
    const principal = context.switchToHttp().getRequest<{ user?: AuthenticatedPrincipal }>().user;
    // AccessTokenGuard runs first and sets it on every non-public route; refuse if it did not.
    if (!principal)
      throw unauthorizedProblem('Authentication required: send an Authorization: Bearer <access_token> header.');
    if (!allowed.includes(principal.role)) throw new ProblemException(HttpStatus.FORBIDDEN, REFUSALS[principal.role]);
    return true;
  }
}
