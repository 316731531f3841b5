import Fastify, { type FastifyInstance, type FastifyReply, type FastifyRequest } from 'fastify';
import { chainRootHooks } from './root-hook-chains.js';

type Done = (error?: Error) => void;

function hookCounts(fastify: FastifyInstance): Record<string, number> {
  const symbol = Object.getOwnPropertySymbols(fastify).find((s) => String(s) === 'Symbol(fastify.hooks)');
  const hooks = (fastify as unknown as Record<symbol, Record<string, unknown[]>>)[symbol as symbol] as Record<
    string,
    unknown[]
  >;
  return Object.fromEntries(
    ['onRequest', 'preValidation', 'onSend', 'onResponse'].map((phase) => [phase, hooks[phase]?.length ?? 0]),
  );
}

async function chained(): Promise<{ fastify: FastifyInstance; order: string[] }> {
  const fastify = Fastify({ logger: false });
  chainRootHooks(fastify);
  const order: string[] = [];
  return { fastify, order };
}

describe('chainRootHooks', () => {
  it('runs the hooks of each phase as one Fastify hook, in the order they were added', async () => {
    const { fastify, order } = await chained();
    for (const name of ['a', 'b', 'c']) {
      fastify.addHook('onRequest', (_request: FastifyRequest, _reply: FastifyReply, done: Done) => {
        order.push(`onRequest ${name}`);
        done();
      });
      fastify.addHook('preValidation', (_request: FastifyRequest, _reply: FastifyReply, done: Done) => {
        order.push(`preValidation ${name}`);
        done();
      });
      fastify.addHook('onSend', (_request: FastifyRequest, _reply: FastifyReply, payload: unknown, done) => {
        order.push(`onSend ${name}`);
        done(null, `${String(payload)}${name}`);
      });
      fastify.addHook('onResponse', (_request: FastifyRequest, _reply: FastifyReply, done: Done) => {
        order.push(`onResponse ${name}`);
        done();
      });
    }
    fastify.get('/', (_request, reply) => {
      order.push('handler');
      void reply.type('text/plain').send('x');
    });
    await fastify.ready();
    expect(hookCounts(fastify)).toEqual({ onRequest: 1, preValidation: 1, onSend: 1, onResponse: 1 });

    const response = await fastify.inject({ method: 'GET', url: '/' });
    expect(response.body).toBe('xabc');
    expect(order).toEqual([
      'onRequest a',
      'onRequest b',
      'onRequest c',
      'preValidation a',
      'preValidation b',
      'preValidation c',
      'handler',
      'onSend a',
      'onSend b',
      'onSend c',
      'onResponse a',
      'onResponse b',
      'onResponse c',
    ]);
    await fastify.close();
  });

  it('ends the phase at an error passed to done or thrown, as Fastify does', async () => {
    const { fastify, order } = await chained();
    fastify.addHook('onRequest', (request: FastifyRequest, _reply: FastifyReply, done: Done) => {
      order.push('first');
      if (request.url === '/passed') return done(Object.assign(new Error('passed'), { statusCode: 418 }));
      done();
    });
    fastify.addHook('onRequest', (request: FastifyRequest, _reply: FastifyReply, done: Done) => {
      order.push('second');
      if (request.url === '/thrown') throw Object.assign(new Error('thrown'), { statusCode: 409 });
      done();
    });
    fastify.addHook('onRequest', (_request: FastifyRequest, _reply: FastifyReply, done: Done) => {
      order.push('third');
      done();
    });
    fastify.get('/passed', () => 'never');
    fastify.get('/thrown', () => 'never');

    expect((await fastify.inject({ method: 'GET', url: '/passed' })).statusCode).toBe(418);
    expect(order).toEqual(['first']);
    order.length = 0;
    expect((await fastify.inject({ method: 'GET', url: '/thrown' })).statusCode).toBe(409);
    expect(order).toEqual(['first', 'second']);
    await fastify.close();
  });

  it('stops an onRequest phase once a hook has answered', async () => {
    const { fastify, order } = await chained();
    fastify.addHook('onRequest', (_request: FastifyRequest, reply: FastifyReply, done: Done) => {
      order.push('answers');
      void reply.code(204).send();
      done();
    });
    fastify.addHook('onRequest', (_request: FastifyRequest, _reply: FastifyReply, done: Done) => {
      order.push('never');
      done();
    });
    fastify.get('/', () => 'never');
    expect((await fastify.inject({ method: 'GET', url: '/' })).statusCode).toBe(204);
    expect(order).toEqual(['answers']);
    await fastify.close();
  });

  it('keeps the order around a hook it does not chain, and leaves a plugin its own hooks', async () => {
    const { fastify, order } = await chained();
    fastify.addHook('onRequest', (_request: FastifyRequest, _reply: FastifyReply, done: Done) => {
      order.push('root 1');
      done();
    });
    fastify.addHook('onRequest', async () => {
      order.push('root async');
    });
    fastify.addHook('onRequest', (_request: FastifyRequest, _reply: FastifyReply, done: Done) => {
      order.push('root 2');
      done();
    });
    await fastify.register(async (child) => {
      child.addHook('onRequest', (_request: FastifyRequest, _reply: FastifyReply, done: Done) => {
        order.push('plugin');
        done();
      });
      child.get('/plugin', () => 'ok');
    });
    fastify.get('/', () => 'ok');
    await fastify.ready();
    expect(hookCounts(fastify).onRequest).toBe(3);

    await fastify.inject({ method: 'GET', url: '/' });
    expect(order).toEqual(['root 1', 'root async', 'root 2']);
    order.length = 0;
    await fastify.inject({ method: 'GET', url: '/plugin' });
    expect(order).toEqual(['root 1', 'root async', 'root 2', 'plugin']);
    await fastify.close();
  });

  it("runs a root hook added after a plugin loaded after that plugin's own hooks, as Fastify does", async () => {
    const run = async (chain: boolean): Promise<string[]> => {
      const fastify = Fastify({ logger: false });
      if (chain) chainRootHooks(fastify);
      const order: string[] = [];
      const hook = (name: string) => (_request: FastifyRequest, _reply: FastifyReply, done: Done) => {
        order.push(name);
        done();
      };
      fastify.addHook('onRequest', hook('root before'));
      await fastify.register(async (child) => {
        child.addHook('onRequest', hook('plugin'));
        child.get('/plugin', () => 'ok');
      });
      fastify.addHook('onRequest', hook('root after'));
      await fastify.ready();
      await fastify.inject({ method: 'GET', url: '/plugin' });
      await fastify.close();
      return order;
    };
    expect(await run(false)).toEqual(['root before', 'plugin', 'root after']);
    expect(await run(true)).toEqual(await run(false));
  });

  it('refuses a hook once the instance is ready, as Fastify does', async () => {
    const { fastify } = await chained();
    fastify.addHook('onRequest', (_request: FastifyRequest, _reply: FastifyReply, done: Done) => done());
    await fastify.ready();
    expect(() =>
      fastify.addHook('onRequest', (_request: FastifyRequest, _reply: FastifyReply, done: Done) => done()),
    ).toThrow(/addHook/);
    await fastify.close();
  });
});
