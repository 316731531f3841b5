import { Runnable, RunnableSequence, type RunnableConfig } from '@langchain/core/runnables';
import { hasCallbackHandlers, TRACING_SWITCHES } from './untraced-run-context.js';

/** What LangGraph's RunnableCallable (a channel write, a branch's router) is: its function, and whether it traces. */
interface PlainCallable {
  func: (input: unknown, config: RunnableConfig) => unknown;
  trace: boolean;
}

/** The part of a compiled graph's node (LangGraph's PregelNode) this reads and replaces. */
interface CompiledNode {
  getNode(): Runnable | undefined;
  getWriters(): Runnable[];
}

/**
 * A graph node's task without LangChain's callback machinery, when nothing listens. LangGraph
 * runs each task as a RunnableSequence of the node and its writers (the state update, the edge
 * or the branch that follows), built anew for every task; the sequence configures a callback
 * manager (a dozen environment reads, tracing metadata), copies the config for each step and
 * races each step against the run's signal (a promise and an abort listener each), and every
 * writer merges the config again and enters LangChain's run context before it writes. With no
 * handler and no tracer none of that is read: here the node runs, then each writer's own
 * function with the task's config, as the sequence would hand them. A task whose config carries
 * a callback handler (LangSmith, `streamEvents`, `streamMode: 'messages'`) runs through
 * LangGraph's own sequence unchanged. An abort still ends the run at once: LangGraph's runner
 * races every task against the run's signal itself.
 */
class UntracedNodeSequence extends Runnable {
  lc_namespace = ['medchat', 'agent_graph'];

  constructor(
    private readonly traced: RunnableSequence,
    private readonly node: Runnable,
    private readonly writers: readonly PlainCallable[],
  ) {
    super();
    this.name = traced.name;
  }

  async invoke(input: unknown, config?: RunnableConfig): Promise<unknown> {
    if (config === undefined || hasCallbackHandlers(config)) return this.traced.invoke(input, config);
    let value = isPlainCallable(this.node)
      ? await this.node.func(input, config)
      : await this.node.invoke(input, config);
    for (const writer of this.writers) value = await writer.func(value, config);
    return value;
  }
}

/**
 * Runs the compiled graph's tasks through UntracedNodeSequence. Left alone: every node when a
 * LangSmith switch is set (LangChain then traces every run), and any node whose task is not the
 * node followed by untraced writers, as LangGraph 1.7 builds it (graph.spec holds the graph's
 * nodes to that shape, so an upgrade that changes it fails there rather than running slower
 * unnoticed). The sequence and the writers are made once per node instead of per task: they hold
 * no per-run state.
 */
export function installUntracedNodeSequences(
  nodes: Record<string, CompiledNode>,
  environment: NodeJS.ProcessEnv = process.env,
): string[] {
  if (TRACING_SWITCHES.some((name) => environment[name] === 'true')) return [];
  const installed: string[] = [];
  for (const [name, compiled] of Object.entries(nodes)) {
    const sequence = compiled.getNode();
    if (!(sequence instanceof RunnableSequence)) continue;
    const [node, ...writers] = sequence.steps;
    if (node === undefined || writers.length === 0 || !writers.every(isPlainCallable)) continue;
    const untraced = new UntracedNodeSequence(sequence, node, writers);
    const nodeWriters = compiled.getWriters();
    compiled.getNode = () => untraced;
    compiled.getWriters = () => nodeWriters;
    installed.push(name);
  }
  return installed;
}

function isPlainCallable(step: Runnable): step is Runnable & PlainCallable {
  const callable = step as Partial<PlainCallable>;
  return typeof callable.func === 'function' && callable.trace === false;
}
