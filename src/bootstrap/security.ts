import type { IncomingMessage, ServerResponse } from 'node:http';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import type { FastifyInstance } from 'fastify';
import helmet, { type HelmetOptions } from 'helmet';
import type { AppConfig } from '../config/app-config.js';
import { registerCors } from './cors.js';

const HELMET_OPTIONS: Readonly<HelmetOptions> = {
  // The Swagger UI loads its own scripts and styles from this origin; nothing else is allowed.
  contentSecurityPolicy: {
    directives: {
      defaultSrc: ["'self'"],
      scriptSrc: ["'self'"],
      styleSrc: ["'self'", "'unsafe-inline'"],
      imgSrc: ["'self'", 'data:', 'validator.swagger.io'],
      connectSrc: ["'self'"],
      frameAncestors: ["'none'"],
      objectSrc: ["'none'"],
      baseUri: ["'self'"],
    },
  },
  frameguard: { action: 'deny' },
  referrerPolicy: { policy: 'no-referrer' },
  hsts: { maxAge: 31_536_000, includeSubDomains: true },
  crossOriginEmbedderPolicy: false,
};

/**
 * The headers helmet sets for `options`, worked out once. They are the same for every request
 * (no CSP nonces), while @fastify/helmet would build every helmet middleware again, parsing the
 * CSP directives, on each request: 15% of the CPU of a liveness probe.
 */
export function securityHeaders(
  options: Readonly<HelmetOptions> = HELMET_OPTIONS,
): ReadonlyArray<readonly [string, string]> {
  const headers = new Map<string, string>();
  const recorder = {
    setHeader: (name: string, value: string | number) => headers.set(name.toLowerCase(), String(value)),
    removeHeader: (name: string) => headers.delete(name.toLowerCase()),
  };
  helmet(options)({} as IncomingMessage, recorder as unknown as ServerResponse, (error?: unknown) => {
    if (error) throw error;
  });
  return [...headers];
}

/**
 * Helmet headers that, by their own specifications, act only on a document a browser renders
 * (HTML, or an SVG or text opened as a page): how it shares a browsing-context group or an agent
 * cluster, whether it prefetches the DNS of its links, whether IE 8 opens a download in the
 * site's context, and turning off the legacy XSS auditor. None of them is among the headers
 * OWASP's REST Security Cheat Sheet asks of every API response (Cache-Control, CSP
 * frame-ancestors, Content-Type, HSTS, nosniff, X-Frame-Options DENY), and a JSON body is never
 * rendered as a document. They go on every response that is not JSON (the Swagger UI under
 * /docs, /metrics, downloads), so nothing a browser could show as a page lost one.
 */
const DOCUMENT_ONLY_HEADERS: ReadonlySet<string> = new Set([
  'cross-origin-opener-policy',
  'origin-agent-cluster',
  'x-dns-prefetch-control',
  'x-download-options',
  'x-xss-protection',
]);

/** `application/json`, `application/problem+json` and every other `+json` type, with or without parameters. */
const JSON_CONTENT_TYPE = /^application\/(?:[\w.-]+\+)?json(?:;|$)/i;

/** The headers of `all` (securityHeaders()) every response gets, and those only a non-JSON response gets. */
export function splitSecurityHeaders(all: ReadonlyArray<readonly [string, string]>): {
  everyResponse: ReadonlyArray<readonly [string, string]>;
  documentsOnly: ReadonlyArray<readonly [string, string]>;
} {
  return {
    everyResponse: all.filter(([name]) => !DOCUMENT_ONLY_HEADERS.has(name)),
    documentsOnly: all.filter(([name]) => DOCUMENT_ONLY_HEADERS.has(name)),
  };
}

/** Whether a response of this Content-Type is JSON, which no browser renders as a document. */
export function isJsonContentType(contentType: unknown): boolean {
  return typeof contentType === 'string' && JSON_CONTENT_TYPE.test(contentType);
}

/**
 * What a browser, a proxy or a CDN may keep of a response: nothing. Answers carry a patient's
 * messages, records and tokens, and OWASP's REST Security Cheat Sheet asks `no-store` of every API
 * response. A route that may be kept says so itself, after this (the event streams' `no-cache`).
 */
export const CACHE_CONTROL_NOTHING_STORED = 'no-store';

/**
 * Security headers and `Cache-Control: no-store` on every response, CORS from the configured allow-list only. A JSON
 * response carries the API's set; any other also the document-only headers above. Five headers
 * fewer on each API response: about a quarter of the security headers' share of a probe.
 * Hijacked replies (the event streams) write the headers set at onRequest: the API's set.
 */
export async function applySecurity(app: NestFastifyApplication, config: AppConfig): Promise<void> {
  const fastify = app.getHttpAdapter().getInstance();
  addSecurityHeaderHooks(fastify);
  registerCors(fastify, config.corsOrigins);
}

/** The security headers' two hooks alone (bench/pipeline-pieces.mjs measures them on a bare server). */
export function addSecurityHeaderHooks(fastify: FastifyInstance): void {
  const { everyResponse, documentsOnly } = splitSecurityHeaders(securityHeaders());
  fastify.addHook('onRequest', (_request, reply, done) => {
    for (const [name, value] of everyResponse) reply.header(name, value);
    reply.header('cache-control', CACHE_CONTROL_NOTHING_STORED);
    done();
  });
  fastify.addHook('onSend', (_request, reply, payload, done) => {
    if (!isJsonContentType(reply.getHeader('content-type'))) {
      for (const [name, value] of documentsOnly) reply.header(name, value);
    }
    done(null, payload);
  });
}
