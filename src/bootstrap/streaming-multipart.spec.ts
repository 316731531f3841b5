import { jest } from '@jest/globals';
import multipart from '@fastify/multipart';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import Fastify, { type FastifyInstance } from 'fastify';
import { MULTIPART_ROUTE } from '../common/decorators/multipart-route.decorator.js';
import { registerStreamingMultipart } from './streaming-multipart.js';

const BOUNDARY = 'medchat-spec-boundary';
/** The route config @MultipartRoute() gives a Nest route. */
const multipartRoute = { [MULTIPART_ROUTE]: true } as Record<string, unknown>;

/** A multipart body with one text field and one small file, as a browser would send it. */
function multipartBody(): Buffer {
  return Buffer.from(
    [
      `--${BOUNDARY}`,
      'Content-Disposition: form-data; name="note"',
      '',
      'left knee',
      `--${BOUNDARY}`,
      'Content-Disposition: form-data; name="file"; filename="scan.png"',
      'Content-Type: image/png',
      '',
      'not-really-a-png',
      `--${BOUNDARY}--`,
      '',
    ].join('\r\n'),
  );
}

/** The names of the hooks a registration adds to the root instance. */
async function hooksAddedBy(register: (fastify: FastifyInstance) => PromiseLike<unknown>): Promise<string[]> {
  const fastify = Fastify();
  const addHook = jest.spyOn(fastify, 'addHook');
  await register(fastify);
  await fastify.ready();
  const names = addHook.mock.calls.map(([name]) => String(name));
  await fastify.close();
  return names;
}

/** registerStreamingMultipart reads nothing of the Nest application but its register(). */
function asNestApp(fastify: FastifyInstance): NestFastifyApplication {
  return { register: (plugin: never, options: never) => fastify.register(plugin, options) } as never;
}

describe('registerStreamingMultipart', () => {
  it('leaves out exactly the hooks the plugin adds for saved temporary files', async () => {
    // If an upgrade of @fastify/multipart adds or renames a hook, this fails: the wrapper drops
    // every onRequest and onResponse hook of the plugin, so a new one must be looked at first.
    expect((await hooksAddedBy((fastify) => fastify.register(multipart))).sort()).toEqual(['onRequest', 'onResponse']);
    expect(await hooksAddedBy((fastify) => registerStreamingMultipart(asNestApp(fastify), {}))).toEqual([]);
  });

  describe('on a route', () => {
    let fastify: FastifyInstance;

    beforeAll(async () => {
      fastify = Fastify();
      await registerStreamingMultipart(asNestApp(fastify), { limits: { files: 1 } });
      fastify.post('/streamed', { config: multipartRoute }, async (request) => {
        const parts: Record<string, string> = {};
        for await (const part of request.parts()) {
          parts[part.fieldname] =
            part.type === 'file' ? `${part.mimetype}:${(await part.toBuffer()).toString()}` : String(part.value);
        }
        return parts;
      });
      fastify.post('/saved', { config: multipartRoute }, async (request) => {
        try {
          await request.saveRequestFiles();
          return { saved: true };
        } catch (error) {
          return { refused: (error as Error).message };
        }
      });
      // A JSON route: no @MultipartRoute() mark.
      fastify.post('/json', async (request) => ({ body: request.body ?? null }));
      await fastify.ready();
    });

    afterAll(() => fastify.close());

    const post = (url: string) =>
      fastify.inject({
        method: 'POST',
        url,
        headers: { 'content-type': `multipart/form-data; boundary=${BOUNDARY}` },
        payload: multipartBody(),
      });

    it('still streams the fields and the file of a multipart body', async () => {
      const response = await post('/streamed');
      expect(response.statusCode).toBe(200);
      expect(response.json()).toEqual({ note: 'left knee', file: 'image/png:not-really-a-png' });
    });

    it('refuses a form on a route not marked multipart with 415, and leaves an unknown route a 404', async () => {
      const refused = await post('/json');
      expect({ status: refused.statusCode, message: refused.json().message }).toEqual({
        status: 415,
        message: expect.stringMatching(/reads a JSON body/),
      });
      expect((await post('/nowhere')).statusCode).toBe(404);
    });

    it('refuses to save a temporary file that nothing would delete', async () => {
      const response = await post('/saved');
      expect(response.json()).toEqual({ refused: expect.stringMatching(/saveRequestFiles\(\) is not available/) });
    });
  });
});
