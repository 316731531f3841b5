import { isUtf8 } from 'node:buffer';
import { HttpStatus } from '@nestjs/common';
import type { FastifyInstance } from 'fastify';
import { ProblemException } from '../problem/problem.exception.js';

/**
 * Every body this API reads is JSON or multipart (API.md). Fastify also parses `text/plain` by
 * default, so a chat message posted as plain text reached validation as a bare string and was
 * answered 422 ("must be an object") where API.md promises 415 for an unsupported media type.
 * Without that parser Fastify refuses such a body before routing (FST_ERR_CTP_INVALID_MEDIA_TYPE),
 * which the problem handler answers 415, before any guard, validation or write. (Nest's own body
 * parsers, which would add a form-urlencoded one, are switched off in createApp.)
 *
 * JSON is UTF-8 (RFC 8259 §8.1). Decoded leniently, bytes that are not UTF-8 became U+FFFD and a
 * message was stored and answered as text the patient never wrote; such a body is refused (400).
 */
export function acceptJsonAndMultipartBodiesOnly(fastify: FastifyInstance): void {
  fastify.removeContentTypeParser('text/plain');
  const { onProtoPoisoning, onConstructorPoisoning } = fastify.initialConfig;
  const parseJson = fastify.getDefaultJsonParser(onProtoPoisoning ?? 'error', onConstructorPoisoning ?? 'error');
  fastify.removeContentTypeParser('application/json');
  fastify.addContentTypeParser('application/json', { parseAs: 'buffer' }, (request, body: Buffer, done) => {
    if (!isUtf8(body)) {
      done(
        new ProblemException(HttpStatus.BAD_REQUEST, 'The request body is not valid UTF-8: send JSON as UTF-8 text.'),
      );
      return;
    }
    parseJson(request, body.toString('utf8'), done);
  });
}
