import { describe, expect, it } from '@jest/globals';
import type { RouteOptions } from 'fastify';
import { applyImportRouteOptions, ImportRoute, type ImportRouteLimits } from './import-route-options.js';

const limits: ImportRouteLimits = { importBodyLimit: 25_000_000, defaultBodyLimit: 1_000_000, isAdmin: () => false };

function routeConfigOf(decorator: MethodDecorator): Record<string, unknown> {
  class Probe {
    handler(): void {}
  }
  const descriptor = Object.getOwnPropertyDescriptor(Probe.prototype, 'handler')!;
  decorator(Probe.prototype, 'handler', descriptor);
  const key = Reflect.getMetadataKeys(Probe.prototype.handler).find((name) => String(name).includes('route_config'));
  return Reflect.getMetadata(key, Probe.prototype.handler) as Record<string, unknown>;
}

describe('applyImportRouteOptions', () => {
  it('raises the body limit of the marked route and adds the pre-parsing check, keeping existing hooks', () => {
    const existing = async () => undefined;
    const route = {
      method: 'POST',
      url: '/api/admin/patients/import',
      handler: () => undefined,
      config: routeConfigOf(ImportRoute()),
      preParsing: existing,
    } as unknown as RouteOptions;
    applyImportRouteOptions(route, limits);
    expect(route.bodyLimit).toBe(25_000_000);
    expect(Array.isArray(route.preParsing) && route.preParsing.length).toBe(2);
    expect((route.preParsing as unknown[])[0]).toBe(existing);
  });

  it('leaves every other route alone', () => {
    const route = {
      method: 'POST',
      url: '/api/auth/login',
      handler: () => undefined,
      config: {},
    } as unknown as RouteOptions;
    applyImportRouteOptions(route, limits);
    expect(route.bodyLimit).toBeUndefined();
    expect(route.preParsing).toBeUndefined();
  });
});
