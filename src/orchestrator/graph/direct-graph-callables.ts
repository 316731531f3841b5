import type { RunnableConfig } from '@langchain/core/runnables';
import { TRACING_SWITCHES } from './untraced-run-context.js';

/**
 * LangGraph's own functions behind a compiled StateGraph's writers (@langchain/langgraph 1.7,
 * graph/state.js): a node's update read as channel writes (`_getUpdates`, `_getRoot`) and the
 * check of a node's output for a Command to follow (`_controlBranch`). Each reads its one
 * argument and nothing else: not its config, not LangChain's run context.
 */
export const DIRECT_GRAPH_FUNCTIONS: ReadonlySet<string> = new Set(['_getUpdates', '_getRoot', '_controlBranch']);

/** The part of LangGraph's RunnableCallable (the class of every writer, branch and mapper) this reads and replaces. */
interface GraphCallable {
  func: (input: unknown, config?: RunnableConfig) => unknown;
  trace: boolean;
  recurse: boolean;
  invoke(input: unknown, config?: RunnableConfig): Promise<unknown>;
}

const installedOn = new WeakSet<object>();

/**
 * Calls LangGraph's own pure writer functions directly. Every task of the graph runs two of them
 * through RunnableCallable.invoke (the node's update mapped to channel writes, and the node's output
 * checked for a Command), and invoke fills the config with LangGraph's defaults (reading the
 * async-local store), merges it with the callable's own, and enters LangChain's run context before
 * it calls a function that reads none of that: about 3 % of a graph run's CPU. Installed, a
 * RunnableCallable that neither traces nor recurses and whose function is one of
 * DIRECT_GRAPH_FUNCTIONS is called as the function itself (its result and its errors unchanged, as
 * a promise); every other RunnableCallable (a node given as a plain function, which may read its
 * config or call interrupt()) goes through LangGraph's invoke unchanged. `writer`: any writer of a
 * compiled graph's node (a ChannelWrite), whose class's parent is RunnableCallable. Nothing is
 * installed when a LangSmith switch is set. Process-wide and idempotent; returns whether it is in
 * place.
 */
export function installDirectGraphCallables(writer: object, environment: NodeJS.ProcessEnv = process.env): boolean {
  if (TRACING_SWITCHES.some((name) => environment[name] === 'true')) return false;
  const callable = Object.getPrototypeOf(Object.getPrototypeOf(writer)) as GraphCallable | null;
  if (callable === null || callable.constructor.name !== 'RunnableCallable') return false;
  if (installedOn.has(callable)) return true;
  installedOn.add(callable);
  const langGraphInvoke = callable.invoke;
  callable.invoke = async function invoke(this: GraphCallable, input: unknown, config?: RunnableConfig) {
    if (this.trace || this.recurse || !DIRECT_GRAPH_FUNCTIONS.has(this.func.name)) {
      return langGraphInvoke.call(this, input, config);
    }
    return this.func(input, config);
  };
  return true;
}
