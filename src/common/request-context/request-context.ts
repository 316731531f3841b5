import { AsyncLocalStorage } from 'node:async_hooks';

/** What every log line and error body of one request needs to know about it. */
export interface RequestContextStore {
  requestId: string;
  patientId?: string | null;
}

const storage = new AsyncLocalStorage<RequestContextStore>();

/**
 * Request-scoped facts carried through async calls without request-scoped providers (which
 * would make Nest rebuild a provider graph per request on the hot path).
 */
export const RequestContext = {
  run<T>(store: RequestContextStore, fn: () => T): T {
    return storage.run(store, fn);
  },
  current(): RequestContextStore | undefined {
    return storage.getStore();
  },
  /** Called by the auth guard once the caller is known, so later log lines carry the patient. */
  setPatientId(patientId: string | null): void {
    const store = storage.getStore();
    if (store) store.patientId = patientId;
  },
};
