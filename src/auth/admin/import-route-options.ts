import { Transform, type Readable } from 'node:stream';
import type { Provider } from '@nestjs/common';
import { HttpAdapterHost } from '@nestjs/core';
import { RouteConfig } from '@nestjs/platform-fastify';
import {
  errorCodes,
  type FastifyInstance,
  type FastifyRequest,
  type preParsingAsyncHookHandler,
  type RouteOptions,
} from 'fastify';
import { AppConfig } from '../../config/app-config.js';
import { bearerCredentialOf } from '../bearer-credential.js';
import { AdminApiKey } from './admin-api-key.js';

const IMPORT_ROUTE_MARK = 'medchatImportRoute';

/**
 * Marks the route that accepts FHIR bundles: it gets IMPORT_BODY_LIMIT_BYTES instead of the
 * global BODY_LIMIT_BYTES. Nest's Fastify adapter passes only `config`, `constraints` and
 * `schema` on to a route, so the mark travels in `config` and an onRoute hook sets `bodyLimit`.
 */
export const ImportRoute = () => RouteConfig({ [IMPORT_ROUTE_MARK]: true });

export interface ImportRouteLimits {
  /** What the admin may send. */
  importBodyLimit: number;
  /** What anyone else may send before the guard refuses them: the global limit. */
  defaultBodyLimit: number;
  isAdmin(request: FastifyRequest): boolean;
}

/**
 * Fastify reads and parses the body before Nest's guards run, so the large limit is granted
 * only to requests that already carry the admin key: anyone else is held to the normal limit
 * and cannot make the server read and parse megabytes of JSON before being refused.
 */
export function applyImportRouteOptions(route: RouteOptions, limits: ImportRouteLimits): void {
  if ((route.config as Record<string, unknown> | undefined)?.[IMPORT_ROUTE_MARK] !== true) return;
  route.bodyLimit = limits.importBodyLimit;
  const holdToDefaultLimit: preParsingAsyncHookHandler = async (request, reply, payload) => {
    if (limits.isAdmin(request)) return payload;
    // A refusal before the body is parsed (an unsupported media type) leaves the rest of it unread
    // behind the limit below, so the connection cannot carry another request: close it rather
    // than announce keep-alive and drop the client's next request.
    void reply.header('connection', 'close');
    if (Number(request.headers['content-length']) > limits.defaultBodyLimit)
      throw new errorCodes.FST_ERR_CTP_BODY_TOO_LARGE();
    return limitedStream(payload, limits.defaultBodyLimit);
  };
  const existing =
    route.preParsing === undefined ? [] : Array.isArray(route.preParsing) ? route.preParsing : [route.preParsing];
  route.preParsing = [...existing, holdToDefaultLimit];
}

function limitedStream(source: Readable, limit: number): Readable {
  let received = 0;
  const limited = new Transform({
    transform(chunk: Buffer, _encoding, callback) {
      received += chunk.length;
      if (received > limit) callback(new errorCodes.FST_ERR_CTP_BODY_TOO_LARGE());
      else callback(null, chunk);
    },
  });
  source.on('error', (error) => limited.destroy(error));
  return source.pipe(limited);
}

/** Installs the onRoute hook before Nest registers the routes (providers are built first). */
export const IMPORT_ROUTE_OPTIONS_HOOK = Symbol('IMPORT_ROUTE_OPTIONS_HOOK');

export const importRouteOptionsHookProvider: Provider = {
  provide: IMPORT_ROUTE_OPTIONS_HOOK,
  inject: [HttpAdapterHost, AppConfig, AdminApiKey],
  useFactory: (host: HttpAdapterHost, config: AppConfig, adminKey: AdminApiKey) => {
    // An application context (the CLI) has no HTTP server and so no routes to adjust.
    const fastify = host.httpAdapter?.getInstance<FastifyInstance>();
    if (!fastify) return false;
    const limits: ImportRouteLimits = {
      importBodyLimit: config.env.IMPORT_BODY_LIMIT_BYTES,
      defaultBodyLimit: config.env.BODY_LIMIT_BYTES,
      isAdmin: (request) => {
        const credential = bearerCredentialOf(request.headers.authorization);
        return credential !== undefined && adminKey.matches(credential);
      },
    };
    fastify.addHook('onRoute', (route) => applyImportRouteOptions(route, limits));
    return true;
  },
};
