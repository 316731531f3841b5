import { FastifyAdapter } from '@nestjs/platform-fastify';
import type { FastifyInstance } from 'fastify';
import { chainRootHooks } from '../common/http/root-hook-chains.js';

/**
 * Nest's FastifyAdapter whose Fastify instance chains its root request hooks (see
 * root-hook-chains.ts) from the start: the adapter's constructor adds six `onRequest` hooks and
 * an `onResponse` hook right after it sets its instance, before any code of the app could.
 */
export class HookChainingFastifyAdapter extends FastifyAdapter {
  override setInstance<T = unknown>(instance: T): void {
    chainRootHooks(instance as FastifyInstance);
    super.setInstance(instance);
  }
}
