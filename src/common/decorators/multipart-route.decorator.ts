import { RouteConfig } from '@nestjs/platform-fastify';

/** The key of the route config that marks a route reading a multipart body (`request.parts()`). */
export const MULTIPART_ROUTE = 'medchatMultipartRoute';

/**
 * Marks a route that reads its body as multipart/form-data. Every other route reads JSON, and a
 * multipart body sent to one is refused 415 before routing goes on (see streaming-multipart.ts).
 * Nest's Fastify adapter passes a route's `config` on to Fastify, so the mark travels there.
 */
export const MultipartRoute = () => RouteConfig({ [MULTIPART_ROUTE]: true });
