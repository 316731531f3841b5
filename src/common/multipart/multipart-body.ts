import type { Multipart } from '@fastify/multipart';
import type { FastifyRequest } from 'fastify';

/** How the parser reads one form: its limits (file size, file, field and part counts, field sizes). */
export type MultipartOptions = NonNullable<Parameters<FastifyRequest['parts']>[0]>;

/**
 * A request body read as multipart/form-data, all a service needs of the request: controllers
 * take it from the HTTP request (`@MultipartForm()`), so no service holds the request itself.
 */
export interface MultipartBody {
  /** Whether the body was sent as multipart/form-data. */
  isMultipart(): boolean;
  /** The form's parts as they arrive; a file part's stream is read before the next part comes. */
  parts(options: MultipartOptions): AsyncIterableIterator<Multipart>;
  /**
   * Stops parsing and lets the rest of the body drain unread (bounded by REQUEST_TIMEOUT_MS), so
   * the connection stays in step and the client reads the problem response.
   */
  discardRest(): void;
}

export function multipartBodyOf(request: FastifyRequest): MultipartBody {
  return {
    isMultipart: () => request.isMultipart(),
    parts: (options) => request.parts(options),
    discardRest() {
      const raw = request.raw;
      raw.unpipe();
      raw.on('error', () => undefined);
      raw.resume();
    },
  };
}
