import type { FastifyInstance } from 'fastify';

type Done = (error?: unknown, payload?: unknown) => void;
type AnyHook = (...args: unknown[]) => unknown;

/** The request phases whose root hooks are chained, and the arity of a callback-style hook of each. */
const CHAINED_PHASES: ReadonlyMap<string, number> = new Map([
  ['onRequest', 3],
  ['preValidation', 3],
  ['onSend', 4],
  ['onResponse', 3],
]);

const CHAINING = Symbol('medchat.rootHookChains');

/** What Fastify answers when a hook's promise rejects with nothing (its FST_ERR_SEND_UNDEFINED_ERR). */
function undefinedRejection(): Error {
  return new Error('A hook rejected without an error');
}

/**
 * Makes every callback-style `onRequest`, `preValidation`, `onSend` and `onResponse` hook added
 * to the root instance from now on a link of one hook per phase, run in the order they were
 * added, instead of a hook of its own. Each request passed 16 root hooks, seven of them added by
 * Nest's FastifyAdapter (its lifecycle hooks, its 503 while shutting down, its CORS and security
 * hooks, the request-target check, custom versioning's errors), most of which find nothing to do
 * in this app; Fastify runs each through its hook runner (a closure call, a try, a promise
 * check). A chain does that once per phase and calls each hook directly: 4 hooks per request.
 *
 * Each link keeps Fastify's own semantics: it is called with the same arguments (and, as Fastify
 * 5 calls hooks, no `this`); an error passed to `done` or thrown ends the phase with it; a reply
 * already sent stops `onRequest` and `preValidation` (as Fastify's iterator does); an `onSend`
 * link may replace the payload; a returned promise is awaited. Hooks Fastify would run
 * differently (async ones, the other phases, a plugin instance's) are added as they are, and an
 * unchained hook of a phase ends that phase's chain, so later hooks still run after it: the order
 * never changes; nor does it around a plugin registered on the root, whose own hooks run after the root's that
 * came before it and before those added after it (a registration closes the open chains).
 */
export function chainRootHooks(fastify: FastifyInstance): void {
  const marked = fastify as FastifyInstance & { [CHAINING]?: true };
  if (marked[CHAINING]) return;
  marked[CHAINING] = true;
  const original = fastify.addHook as unknown as (
    this: FastifyInstance,
    name: string,
    hook: AnyHook,
  ) => FastifyInstance;
  const addHook = (name: string, hook: AnyHook): FastifyInstance => original.call(fastify, name, hook);
  const open = new Map<string, AnyHook[]>();
  let ready = false;
  // Once the instance is ready, Fastify refuses new hooks: so does the chain, by passing them on.
  addHook('onReady', ((done: Done) => {
    ready = true;
    done();
  }) as AnyHook);
  const chaining = function (this: FastifyInstance, name: string, hook: AnyHook): FastifyInstance {
    const arity = CHAINED_PHASES.get(name);
    // A plugin's instance inherits this function: its hooks are its own, added as Fastify adds them.
    if (this !== fastify) return original.call(this, name, hook);
    const chainable =
      arity !== undefined &&
      !ready &&
      typeof hook === 'function' &&
      hook.length === arity &&
      hook.constructor.name !== 'AsyncFunction';
    if (!chainable) {
      // Later hooks of this phase run after this one, as they would have.
      open.delete(name);
      return addHook(name, hook);
    }
    const chain = open.get(name);
    if (chain !== undefined) {
      chain.push(hook);
      return this;
    }
    const hooks = [hook];
    open.set(name, hooks);
    return addHook(name, name === 'onSend' ? sendChain(hooks) : requestChain(hooks, name !== 'onResponse'));
  };
  Object.defineProperty(fastify, 'addHook', { value: chaining, writable: true, configurable: true });
  // A plugin registered on the root takes the root's hooks as they stand when it loads and runs its own after them; a
  // root hook added after that must run after the plugin's too, as Fastify runs it, not inside an earlier chain that
  // runs before them. So a registration closes every open chain: the next root hook starts a chain of its own.
  const register = fastify.register as unknown as (this: FastifyInstance, ...args: unknown[]) => unknown;
  const registering = function (this: FastifyInstance, ...args: unknown[]): unknown {
    if (this === fastify) open.clear();
    return register.apply(this, args);
  };
  Object.defineProperty(fastify, 'register', { value: registering, writable: true, configurable: true });
}

/** One `onRequest`, `preValidation` or `onResponse` hook that runs `hooks` as Fastify's hook runner would. */
function requestChain(hooks: readonly AnyHook[], stopWhenSent: boolean): AnyHook {
  return function chained(request: unknown, reply: unknown, done: unknown) {
    const finish = done as Done;
    let index = 0;
    const next = (error?: unknown): void => {
      if (error || index === hooks.length) return finish(error);
      if (stopWhenSent && (reply as { sent: boolean }).sent === true) return;
      const hook = hooks[index++] as AnyHook;
      let result: unknown;
      try {
        result = hook(request, reply, next);
      } catch (thrown) {
        return finish(thrown);
      }
      if (result && typeof (result as Promise<unknown>).then === 'function') {
        (result as Promise<unknown>).then(
          () => next(),
          (rejection: unknown) => finish(rejection || undefinedRejection()),
        );
      }
    };
    next();
  };
}

/** One `onSend` hook that runs `hooks` as Fastify's onSend runner would, the payload passed along. */
function sendChain(hooks: readonly AnyHook[]): AnyHook {
  return function chained(request: unknown, reply: unknown, payload: unknown, done: unknown) {
    const finish = done as Done;
    let current = payload;
    let index = 0;
    const next = (error?: unknown, replaced?: unknown): void => {
      if (error) return finish(error);
      if (replaced !== undefined) current = replaced;
      if (index === hooks.length) return finish(null, current);
      const hook = hooks[index++] as AnyHook;
      let result: unknown;
      try {
        result = hook(request, reply, current, next);
      } catch (thrown) {
        return finish(thrown);
      }
      if (result && typeof (result as Promise<unknown>).then === 'function') {
        (result as Promise<unknown>).then(
          (resolved: unknown) => next(null, resolved),
          (rejection: unknown) => finish(rejection || undefinedRejection()),
        );
      }
    };
    next();
  };
}
