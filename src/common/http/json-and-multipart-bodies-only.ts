import type { FastifyInstance } from 'fastify';

/**
 * Every body this API reads is JSON or multipart (API.md). Fastify also parses `text/plain` by
 * default, so a chat message posted as plain text reached validation as a bare string and was
 * answered 422 ("must be an object") where API.md promises 415 for an unsupported media type.
 * Without that parser Fastify refuses such a body before routing (FST_ERR_CTP_INVALID_MEDIA_TYPE),
 * which the problem handler answers 415, before any guard, validation or write.
 */
export function acceptJsonAndMultipartBodiesOnly(fastify: FastifyInstance): void {
  fastify.removeContentTypeParser('text/plain');
}
