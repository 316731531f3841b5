import type { OpenAPIObject } from '@nestjs/swagger';

/** The unversioned prefix the SPA calls, and the versioned one the API is documented under. */
export const API_PREFIX = '/api';
export const API_V1_PREFIX = '/api/v1';

/**
 * `/api/v1/…` → `/api/…`, before Fastify routes the request (its `rewriteUrl` option); any other
 * URL unchanged. Rewriting instead of registering every route twice keeps one route per
 * operation, so guards, validation, problem answers, metrics labels and logs are the same
 * for both prefixes, and the rate-limit counters are shared: alternating prefixes cannot double
 * a client's limit. `request.originalUrl` keeps what the client asked for.
 */
export function unversionedUrl(url: string): string {
  if (!url.startsWith(API_V1_PREFIX)) return url;
  const rest = url.slice(API_V1_PREFIX.length);
  // `/api/v1x` is not the v1 prefix; `/api/v1`, `/api/v1/…` and `/api/v1?…` are.
  if (rest !== '' && rest[0] !== '/' && rest[0] !== '?') return url;
  return `${API_PREFIX}${rest}`;
}

/**
 * The OpenAPI document with its `/api/…` paths under `/api/v1/…`: the documented contract is v1,
 * and generated clients call the versioned paths. Paths outside `/api` (`/metrics`) stay.
 */
export function documentAsV1(document: OpenAPIObject): OpenAPIObject {
  const paths = Object.fromEntries(
    Object.entries(document.paths).map(([path, item]) => [
      path === API_PREFIX || path.startsWith(`${API_PREFIX}/`)
        ? `${API_V1_PREFIX}${path.slice(API_PREFIX.length)}`
        : path,
      item,
    ]),
  );
  const alias =
    `Every path is served under ${API_V1_PREFIX}/ (documented here) and, identically, under ${API_PREFIX}/ (the alias the web app calls). ` +
    'Within v1, changes are additive only: no path, field or status is removed or changes meaning.';
  return {
    ...document,
    info: { ...document.info, description: `${document.info.description ?? ''}\n\n${alias}`.trim() },
    paths,
  };
}
