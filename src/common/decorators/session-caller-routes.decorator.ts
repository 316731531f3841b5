import { applyDecorators } from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiForbiddenResponse,
  ApiTags,
  ApiTooManyRequestsResponse,
  ApiUnauthorizedResponse,
} from '@nestjs/swagger';
import { DEFAULT_ROUTE_ROLES, Roles, type Role } from './roles.decorator.js';
import { PROBLEM_BODY_NOTE } from '../problem/problem-details.js';

export interface SessionCallerRoutesOptions {
  /** The Swagger tag the routes are listed under. */
  tag: string;
  /** Who may call them; patients and guests unless narrowed. */
  roles?: readonly Role[];
  /** Why a caller of another role gets 403, for the Swagger response. */
  forbidden: string;
  /** Documents the 429 with Retry-After. */
  rateLimited?: boolean;
}

/**
 * A controller for callers with a session (the admin API key has none): the roles it admits,
 * and Swagger's bearer scheme and refusals for a bad token or dead session (401) and a caller
 * of another role (403), all problem+json.
 */
export const SessionCallerRoutes = (options: SessionCallerRoutesOptions) =>
  applyDecorators(
    ApiTags(options.tag),
    ApiBearerAuth('bearer'),
    Roles(...(options.roles ?? DEFAULT_ROUTE_ROLES)),
    ApiUnauthorizedResponse({
      description: `Missing, invalid or expired access token, or a dead session${PROBLEM_BODY_NOTE}`,
    }),
    ApiForbiddenResponse({ description: `${options.forbidden}${PROBLEM_BODY_NOTE}` }),
    ...(options.rateLimited
      ? [ApiTooManyRequestsResponse({ description: `Rate limited; see Retry-After${PROBLEM_BODY_NOTE}` })]
      : []),
  );
