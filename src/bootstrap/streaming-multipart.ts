import multipart, { type FastifyMultipartOptions } from '@fastify/multipart';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { HttpStatus } from '@nestjs/common';
import type { FastifyInstance, FastifyPluginCallback, FastifyRequest } from 'fastify';
import { MULTIPART_ROUTE } from '../common/decorators/multipart-route.decorator.js';
import { ProblemException } from '../common/problem/problem.exception.js';

/** The plugin's hooks that run on every request only to delete files saveRequestFiles() wrote. */
const TEMP_FILE_HOOKS = new Set(['onRequest', 'onResponse']);

type ParserDone = (error: Error | null, body?: unknown) => void;
type ContentTypeParser = (request: FastifyRequest, payload: unknown, done: ParserDone) => unknown;

/**
 * The plugin's multipart parser, for the routes marked @MultipartRoute() only. It parses nothing
 * (the route streams the parts), so on a JSON route a form reached validation as an empty body and
 * was answered 422 ("message must be a string") where API.md promises 415. The unread body is
 * left behind and Fastify closes the connection after the refusal. An unknown route stays a 404.
 */
function forMultipartRoutesOnly(parser: ContentTypeParser): ContentTypeParser {
  return (request, payload, done) => {
    const config = request.routeOptions.config as unknown as Record<string, unknown> | undefined;
    if (config?.[MULTIPART_ROUTE] === true || request.is404) return parser(request, payload, done);
    done(
      new ProblemException(
        HttpStatus.UNSUPPORTED_MEDIA_TYPE,
        'This route reads a JSON body: send it with Content-Type: application/json.',
      ),
    );
    return undefined;
  };
}

function refuseSavedFiles(): never {
  throw new Error('Uploads are streamed (request.parts()); saveRequestFiles() is not available in this app');
}

/**
 * @fastify/multipart for streamed uploads only. The upload routes read `request.parts()` as the
 * body arrives and never save temporary files, yet the plugin adds an async `onRequest` hook (a
 * close listener) and an async `onResponse` hook (temporary file clean-up) to every request of
 * the app, probes included: about a fifth of the CPU of a liveness probe. Those two hooks are
 * left out, and saveRequestFiles() throws, so no file can be written that nothing would delete.
 * Its parser accepts a form only on a route marked @MultipartRoute().
 */
export async function registerStreamingMultipart(
  app: NestFastifyApplication,
  options: FastifyMultipartOptions,
): Promise<void> {
  const plugin: FastifyPluginCallback<FastifyMultipartOptions> = (instance, pluginOptions, done) => {
    const streamingOnly = new Proxy(instance, {
      get(target, property) {
        if (property === 'addHook') {
          return (name: string, ...rest: unknown[]) =>
            TEMP_FILE_HOOKS.has(name)
              ? streamingOnly
              : (target.addHook as (...args: unknown[]) => FastifyInstance)(name, ...rest);
        }
        if (property === 'addContentTypeParser') {
          return (type: string, parser: ContentTypeParser) =>
            target.addContentTypeParser(type, forMultipartRoutesOnly(parser));
        }
        if (property === 'decorateRequest') {
          return (name: string, value: unknown, ...rest: unknown[]) =>
            (target.decorateRequest as (...args: unknown[]) => FastifyInstance)(
              name,
              name === 'saveRequestFiles' ? refuseSavedFiles : value,
              ...rest,
            );
        }
        const value: unknown = Reflect.get(target, property, target);
        return typeof value === 'function' ? (value as (...args: unknown[]) => unknown).bind(target) : value;
      },
    });
    multipart(streamingOnly, pluginOptions, done);
  };
  // Like fastify-plugin (which wraps the original): its decorators and parser on the root context.
  Object.assign(plugin, {
    [Symbol.for('skip-override')]: true,
    [Symbol.for('fastify.display-name')]: '@fastify/multipart',
  });
  await app.register(plugin, options);
}
