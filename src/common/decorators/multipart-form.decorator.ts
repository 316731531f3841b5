import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import type { FastifyRequest } from 'fastify';
import { multipartBodyOf } from '../multipart/multipart-body.js';

/** The route's body as a MultipartBody, for a service to read (on a route marked @MultipartRoute()). */
export const MultipartForm = createParamDecorator((_data: unknown, context: ExecutionContext) =>
  multipartBodyOf(context.switchToHttp().getRequest<FastifyRequest>()),
);
