import { Injectable, type CanActivate, type ExecutionContext } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { recordRequestPatient } from '../../common/http/request-lifecycle.hooks.js';
import { AdminApiKey } from '../admin/admin-api-key.js';
import type { AuthenticatedPrincipal } from '../authenticated-principal.js';
import { bearerCredentialOf } from '../bearer-credential.js';
import { JwtAuthenticator } from '../jwt-authenticator.js';
import { unauthorizedProblem } from '../unauthorized.problem.js';
import { routeAccessOf } from './route-access.js';

export const ADMIN_PRINCIPAL: Readonly<AuthenticatedPrincipal> = Object.freeze({ sub: null, sid: null, role: 'admin' });

/**
 * The global guard: every route not marked @Public() needs the admin API key or an access token
 * whose session is live. It runs before the rate limiter, which then counts per caller.
 */
@Injectable()
export class AccessTokenGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly adminKey: AdminApiKey,
    private readonly jwt: JwtAuthenticator,
  ) {}

  /**
   * A public route (the probes) is let through synchronously: Nest awaits only a guard that
   * returns a promise, so it costs no promise or microtask.
   */
  canActivate(context: ExecutionContext): boolean | Promise<boolean> {
    if (routeAccessOf(this.reflector, context).isPublic) return true;
    return this.authenticate(context);
  }

  private async authenticate(context: ExecutionContext): Promise<boolean> {
    const http = context.switchToHttp();
    const request = http.getRequest<{
      headers: Record<string, string | string[] | undefined>;
      user?: AuthenticatedPrincipal;
    }>();
    const header = request.headers.authorization;
    const credential = bearerCredentialOf(header);
    if (credential === undefined) {
      throw unauthorizedProblem(
        header === undefined
          ? 'Authentication required: send an Authorization: Bearer <access_token> header.'
          : 'The Authorization header must be "Bearer <access_token>".',
      );
    }
    const principal = this.adminKey.matches(credential) ? ADMIN_PRINCIPAL : await this.jwt.authenticate(credential);
    request.user = principal;
    recordRequestPatient(request, principal.sub);
    return true;
  }
}
