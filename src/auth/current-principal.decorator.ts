import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import type { AuthenticatedPrincipal } from './authenticated-principal.js';

/** Injects the caller established by the auth guard into a controller method. */
export const CurrentPrincipal = createParamDecorator(
  (_data: unknown, context: ExecutionContext): AuthenticatedPrincipal => {
    const request = context.switchToHttp().getRequest<{ user?: AuthenticatedPrincipal }>();
    if (!request.user) throw new Error('CurrentPrincipal used on a route without an authenticated caller');
    return request.user;
  },
);
