import { applyDecorators } from '@nestjs/common';
import { ApiBearerAuth, ApiForbiddenResponse, ApiTags, ApiUnauthorizedResponse } from '@nestjs/swagger';
import { Roles } from './roles.decorator.js';

/**
 * An admin controller: only the admin API key gets in (patients' and guests' tokens get 403),
 * and Swagger lists its routes under `admin` with the bearer scheme and those refusals.
 */
export const AdminOnly = () =>
  applyDecorators(
    ApiTags('admin'),
    ApiBearerAuth('bearer'),
    ApiUnauthorizedResponse({ description: 'Missing or wrong ADMIN_API_KEY' }),
    ApiForbiddenResponse({ description: 'A patient or guest access token instead of the admin key' }),
    Roles('admin'),
  );
