import type { InjectionToken, Provider, Type } from '@nestjs/common';
import { Test } from '@nestjs/testing';

/**
 * A stand-in for a dependency a spec does not care about: every method exists and returns
 * undefined (so `metrics.chatTurn(...)` or `await audit.record(...)` are no-ops). `then` is left
 * out, so awaiting the stand-in itself does not hang.
 */
export function autoMock(): unknown {
  const methods = new Map<PropertyKey, () => undefined>();
  return new Proxy(
    {},
    {
      get(_target, property) {
        if (property === 'then') return undefined;
        let method = methods.get(property);
        if (!method) methods.set(property, (method = () => undefined));
        return method;
      },
    },
  );
}

/**
 * Builds `service` through Nest's injector, as the app does: the providers given are used as
 * they are, every other dependency is an auto-mock. So no constructor needs optional
 * parameters for a spec to build it by hand.
 */
export async function createTestingService<T>(service: Type<T>, providers: Provider[] = []): Promise<T> {
  const moduleRef = await Test.createTestingModule({ providers: [service, ...providers] })
    .useMocker((_token: InjectionToken | undefined) => autoMock())
    .compile();
  return moduleRef.get(service);
}

/** A provider that binds `token` to `value` (a hand-written fake or a real object). */
export function bind<T>(token: InjectionToken, value: T): Provider {
  return { provide: token, useValue: value };
}
