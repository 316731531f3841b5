import { AsyncLocalStorageProviderSingleton, _CONTEXT_VARIABLES_KEY } from '@langchain/core/singletons';

/** Where LangChain's getRunnableConfig() looks in the async-local store (@langchain/core's LC_CHILD_KEY). */
const CHILD_CONFIG_KEY = Symbol.for('lc:child_config');

/** The environment switches that make LangChain trace (@langchain/core's isTracingEnabled). */
export const TRACING_SWITCHES = [
  'LANGSMITH_TRACING_V2',
  'LANGCHAIN_TRACING_V2',
  'LANGSMITH_TRACING',
  'LANGCHAIN_TRACING',
];

type RunWithConfig = typeof AsyncLocalStorageProviderSingleton.runWithConfig;
type RunConfig = Parameters<RunWithConfig>[0];

let installed = false;

/**
 * Makes LangChain's run context cheap when nothing traces. LangGraph runs every channel write,
 * branch and node sequence of a step through `runWithConfig`, 36 times per text turn, and each
 * call builds a langsmith `RunTree` (a uuid7 from crypto random, timestamps, a dozen
 * environment reads) whose only use, with no tracer, is to carry the run's config in the
 * async-local store for `getRunnableConfig()`: together about 1 ms of CPU per graph run here.
 * When tracing is off and the config has no callback handler, the store holds a plain object
 * carrying the same config and context variables instead, which is all LangChain and LangGraph
 * read back; a traced run (a LangSmith switch set at start, or a handler in the config) goes
 * through LangChain's own code unchanged. Process-wide and idempotent; the tracing switches are
 * read once, when it is installed. It re-implements @langchain/core 1.4.0's runWithConfig, so
 * package.json pins that version exactly and the spec fails on any other: re-check before upgrading.
 */
export function installUntracedRunContext(environment: NodeJS.ProcessEnv = process.env): void {
  if (installed || TRACING_SWITCHES.some((name) => environment[name] === 'true')) return;
  installed = true;
  const provider = AsyncLocalStorageProviderSingleton;
  const traced: RunWithConfig = provider.runWithConfig.bind(provider);
  provider.runWithConfig = ((config: RunConfig, callback: () => unknown, avoidCreatingRootRunTree?: boolean) => {
    if (hasCallbackHandlers(config)) return traced(config, callback, avoidCreatingRootRunTree);
    const storage = provider.getInstance();
    const contextVariables = (storage.getStore() as Record<symbol, unknown> | undefined)?.[_CONTEXT_VARIABLES_KEY];
    // LangChain's own code leaves the store without a config when it is asked not to create a root run.
    const store: Record<string | symbol, unknown> = avoidCreatingRootRunTree
      ? {}
      : { extra: { [CHILD_CONFIG_KEY]: config } };
    if (contextVariables !== undefined) store[_CONTEXT_VARIABLES_KEY] = contextVariables;
    return storage.run(avoidCreatingRootRunTree && contextVariables === undefined ? undefined : store, callback);
  }) as RunWithConfig;
}

/** Whether a run config carries a callback handler (a tracer, an event stream's listener). */
export function hasCallbackHandlers(config: { callbacks?: NonNullable<RunConfig>['callbacks'] } | undefined): boolean {
  const callbacks = config?.callbacks;
  if (callbacks === undefined || callbacks === null) return false;
  return Array.isArray(callbacks) ? callbacks.length > 0 : callbacks.handlers.length > 0;
}
