import type { ExecutionContext } from '@nestjs/common';
import type { Reflector } from '@nestjs/core';
import { IS_PUBLIC_ROUTE } from '../../common/decorators/public.decorator.js';
import type { Role } from '../authenticated-principal.js';
import { DEFAULT_ROUTE_ROLES, ROLES_METADATA } from '../../common/decorators/roles.decorator.js';

/** What the guards need to know about a route: both come from decorators, fixed once the app is built. */
export interface RouteAccess {
  isPublic: boolean;
  roles: readonly Role[];
}

/**
 * Route metadata read once per (handler, controller class) instead of four reflector lookups on
 * every request. Decorator metadata is set when the classes are defined, before any request,
 * so the first answer is the answer. Keyed by the handler, then the class: an inherited handler
 * can sit under controllers with different class-level decorators.
 */
const cache = new WeakMap<object, WeakMap<object, RouteAccess>>();

export function routeAccessOf(reflector: Reflector, context: ExecutionContext): RouteAccess {
  const handler = context.getHandler();
  const controller = context.getClass();
  let byClass = cache.get(handler);
  const cached = byClass?.get(controller);
  if (cached) return cached;
  const targets = [handler, controller];
  const access: RouteAccess = Object.freeze({
    isPublic: Boolean(reflector.getAllAndOverride<boolean>(IS_PUBLIC_ROUTE, targets)),
    roles: reflector.getAllAndOverride<Role[] | undefined>(ROLES_METADATA, targets) ?? DEFAULT_ROUTE_ROLES,
  });
  if (!byClass) cache.set(handler, (byClass = new WeakMap()));
  byClass.set(controller, access);
  return access;
}
