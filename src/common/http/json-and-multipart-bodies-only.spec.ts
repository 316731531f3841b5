import Fastify, { type FastifyError, type FastifyInstance } from 'fastify';
import { ProblemException } from '../problem/problem.exception.js';
import { acceptJsonAndMultipartBodiesOnly } from './json-and-multipart-bodies-only.js';

/** A bare Fastify with the app's body policy and one route that echoes what it parsed. */
async function echoServer(): Promise<FastifyInstance> {
  const fastify = Fastify();
  acceptJsonAndMultipartBodiesOnly(fastify);
  fastify.setErrorHandler((error: FastifyError, _request, reply) =>
    reply
      .code(error instanceof ProblemException ? error.getStatus() : (error.statusCode ?? 500))
      .send({ code: error.code, detail: error instanceof ProblemException ? error.detail : error.message }),
  );
  fastify.post('/echo', (request) => ({ body: request.body }));
  await fastify.ready();
  return fastify;
}

describe('acceptJsonAndMultipartBodiesOnly', () => {
  let fastify: FastifyInstance;
  beforeAll(async () => {
    fastify = await echoServer();
  });
  afterAll(() => fastify.close());

  const post = (payload: string | Buffer, contentType = 'application/json') =>
    fastify.inject({ method: 'POST', url: '/echo', headers: { 'content-type': contentType }, payload });

  it('reads UTF-8 JSON in any script, astral characters included', async () => {
    const message = 'Kopfschmerzen seit drei Tagen — 头痛三天了 — голова болит 🤕';
    const answer = await post(Buffer.from(JSON.stringify({ message }), 'utf8'));
    expect(answer.statusCode).toBe(200);
    expect(answer.json()).toEqual({ body: { message } });
  });

  it('refuses bytes that are not UTF-8 with 400, instead of replacing them with U+FFFD', async () => {
    for (const bad of [[0xff], [0xc3, 0x28], [0xed, 0xa0, 0x80] /* an encoded surrogate */, [0xe2, 0x82]]) {
      const payload = Buffer.concat([Buffer.from('{"message":"a'), Buffer.from(bad), Buffer.from('b"}')]);
      const answer = await post(payload);
      expect({ bad, status: answer.statusCode, detail: answer.json().detail }).toEqual({
        bad,
        status: 400,
        detail: expect.stringMatching(/not valid UTF-8/),
      });
    }
  });

  it('keeps the JSON parser strict: malformed JSON, an empty body and prototype keys are refused', async () => {
    expect((await post('{"message":')).statusCode).toBe(400);
    expect((await post('')).statusCode).toBe(400);
    expect((await post('{"__proto__":{"admin":true}}')).statusCode).toBe(400);
  });

  it('refuses plain text and form-urlencoded bodies as unsupported media types', async () => {
    expect((await post('message=hi', 'application/x-www-form-urlencoded')).json().code).toBe(
      'FST_ERR_CTP_INVALID_MEDIA_TYPE',
    );
    expect((await post('hi', 'text/plain')).json().code).toBe('FST_ERR_CTP_INVALID_MEDIA_TYPE');
  });
});
