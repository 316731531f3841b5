import { Annotation, END, getConfig, START, StateGraph } from '@langchain/langgraph';
import type { RunnableConfig } from '@langchain/core/runnables';
import type { ChatTurnInput } from '../chat-turn.js';
import { sanitizeUserInput } from '../guardrails/input-sanitizer.js';
import { ScriptedAnswerGenerator } from '../testing/scripted-answer-generator.js';
import { DIRECT_GRAPH_FUNCTIONS, installDirectGraphCallables } from './direct-graph-callables.js';
import { buildAgentGraph, guardrailsFor, NODE } from './graph.js';
import { RESULT_CHANNELS, type TurnResultState } from './state.js';
import { initialAgentState } from './turn-input.js';

interface Callable {
  func: { name: string };
  invoke(input: unknown, config?: RunnableConfig): Promise<unknown>;
}

const Counter = Annotation.Root({ count: Annotation<number>(), threadSeen: Annotation<string | undefined>() });

/** A graph whose node is a plain function, as LangGraph wraps it: a RunnableCallable that reads its config. */
function counterGraph() {
  function countUp(state: typeof Counter.State): typeof Counter.Update {
    return { count: state.count + 1, threadSeen: getConfig().configurable?.thread_id as string | undefined };
  }
  return new StateGraph(Counter)
    .addNode('count_up', countUp)
    .addEdge(START, 'count_up')
    .addEdge('count_up', END)
    .compile();
}

/** LangGraph's RunnableCallable.prototype, reached as the installer reaches it, with every call's function name counted. */
function countLangGraphInvokes(): { byFunction: Map<string, number> } {
  const writer = counterGraph().nodes.count_up.getWriters()[0]!;
  const prototype = Object.getPrototypeOf(Object.getPrototypeOf(writer)) as Callable;
  const langGraphInvoke = prototype.invoke;
  const byFunction = new Map<string, number>();
  prototype.invoke = function counted(this: Callable, input, config) {
    byFunction.set(this.func.name, (byFunction.get(this.func.name) ?? 0) + 1);
    return langGraphInvoke.call(this, input, config);
  };
  return { byFunction };
}

// Before any graph is built in this file: LangGraph's own invoke, counted under the one installed later.
const langGraphInvokes = countLangGraphInvokes();

const turn: ChatTurnInput = {
  sessionId: 'session-1',
  patientId: null,
  role: 'guest',
  message: 'I have had a mild headache since this morning. What can I do about it?',
  history: [],
  attachments: [],
};

function build() {
  return buildAgentGraph({
    ...guardrailsFor({ emergencyNumber: '112', crisisLine: '988' }),
    answers: new ScriptedAnswerGenerator('Rest and fluids usually help.'),
    context: { historyTokenBudget: 2000, recordLimit: 5 },
  });
}

async function finalState(graph: ReturnType<typeof build>): Promise<TurnResultState> {
  let last: TurnResultState | undefined;
  for await (const values of await graph.stream(initialAgentState(turn, sanitizeUserInput), {
    streamMode: 'values',
    outputKeys: [...RESULT_CHANNELS],
    context: { onToken: undefined, llmCall: undefined },
  }))
    last = values as TurnResultState;
  return last!;
}

/** Runs `work` with the direct calls switched off: every pure function goes through LangGraph's invoke. */
async function throughLangGraph<T>(work: () => Promise<T>): Promise<T> {
  const names = DIRECT_GRAPH_FUNCTIONS as Set<string>;
  const kept = [...names];
  names.clear();
  try {
    return await work();
  } finally {
    for (const name of kept) names.add(name);
  }
}

describe('installDirectGraphCallables', () => {
  it("calls every pure writer function of an agent graph's run directly (the shape LangGraph 1.7 builds)", async () => {
    const graph = build();
    langGraphInvokes.byFunction.clear();
    await throughLangGraph(() => finalState(graph));
    // Through LangGraph's invoke, a text turn's run maps every node's update and checks it for a Command.
    const reached = [...langGraphInvokes.byFunction.keys()].filter((name) => DIRECT_GRAPH_FUNCTIONS.has(name));
    expect(reached).toEqual(expect.arrayContaining(['_getUpdates', '_controlBranch']));
    langGraphInvokes.byFunction.clear();
    await finalState(graph);
    expect([...langGraphInvokes.byFunction.keys()].filter((name) => DIRECT_GRAPH_FUNCTIONS.has(name))).toEqual([]);
  });

  it('gives the same final state as LangGraph’s own invoke', async () => {
    const graph = build();
    const direct = await finalState(graph);
    expect(await throughLangGraph(() => finalState(graph))).toEqual(direct);
    expect(direct.response).toContain('Rest and fluids usually help.');
  });

  it('still runs a node given as a plain function through LangGraph’s invoke, with its config', async () => {
    build();
    langGraphInvokes.byFunction.clear();
    const result = await counterGraph().invoke({ count: 1 }, { configurable: { thread_id: 'thread-7' } });
    expect(result).toEqual({ count: 2, threadSeen: 'thread-7' });
    expect(langGraphInvokes.byFunction.get('countUp')).toBe(1);
  });

  it('keeps the errors of a pure function: a node update that is not an object is refused as LangGraph refuses it', async () => {
    build();
    const graph = new StateGraph(Counter)
      .addNode('broken', () => 42 as unknown as typeof Counter.Update)
      .addEdge(START, 'broken')
      .addEdge('broken', END)
      .compile();
    await expect(graph.invoke({ count: 1 })).rejects.toThrow(/Expected node "broken" to return an object/);
  });

  it('installs nothing when a LangSmith switch is set', () => {
    const writer = counterGraph().nodes.count_up.getWriters()[0]!;
    expect(installDirectGraphCallables(writer, { LANGSMITH_TRACING: 'true' })).toBe(false);
  });

  it('installs nothing on a writer whose class is not LangGraph’s RunnableCallable', () => {
    expect(installDirectGraphCallables({}, {})).toBe(false);
  });

  it('is in place once an agent graph is built', () => {
    build();
    expect(installDirectGraphCallables(build().nodes[NODE.triage].getWriters()[0]!, {})).toBe(true);
  });
});
