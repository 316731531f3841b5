import multipart, { type FastifyMultipartOptions } from '@fastify/multipart';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import type { FastifyInstance, FastifyPluginCallback } from 'fastify';

/** The plugin's hooks that run on every request only to delete files saveRequestFiles() wrote. */
const TEMP_FILE_HOOKS = new Set(['onRequest', 'onResponse']);

function refuseSavedFiles(): never {
  throw new Error('Uploads are streamed (request.parts()); saveRequestFiles() is not available in this app');
}

/**
 * @fastify/multipart for streamed uploads only. The upload routes read `request.parts()` as the
 * body arrives and never save temporary files, yet the plugin adds an async `onRequest` hook (a
 * close listener) and an async `onResponse` hook (temporary file clean-up) to every request of
 * the app, probes included: about a fifth of the CPU of a liveness probe. Those two hooks are
 * left out, and saveRequestFiles() throws, so no file can be written that nothing would delete.
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
