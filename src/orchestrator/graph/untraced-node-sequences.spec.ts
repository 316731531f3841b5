import { BaseCallbackHandler } from '@langchain/core/callbacks/base';
import { RunnableSequence } from '@langchain/core/runnables';
import type { ChatTurnInput } from '../chat-turn.js';
import { sanitizeUserInput } from '../guardrails/input-sanitizer.js';
import { ScriptedAnswerGenerator } from '../testing/scripted-answer-generator.js';
import { buildAgentGraph, guardrailsFor, NODE } from './graph.js';
import { RESULT_CHANNELS, type TurnResultState } from './state.js';
import { initialAgentState } from './turn-input.js';
import { installUntracedNodeSequences } from './untraced-node-sequences.js';

class ChainStarts extends BaseCallbackHandler {
  override name = 'chain_starts';
  readonly names: string[] = [];
  override handleChainStart(
    _chain: unknown,
    _inputs: unknown,
    _runId: string,
    _parent?: string,
    _tags?: string[],
    _metadata?: unknown,
    _runType?: string,
    runName?: string,
  ): void {
    if (runName !== undefined) this.names.push(runName);
  }
}

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

async function finalState(
  graph: ReturnType<typeof build>,
  callbacks?: BaseCallbackHandler[],
): Promise<TurnResultState> {
  let last: TurnResultState | undefined;
  for await (const values of await graph.stream(initialAgentState(turn, sanitizeUserInput), {
    streamMode: 'values',
    outputKeys: [...RESULT_CHANNELS],
    context: { onToken: undefined, llmCall: undefined },
    ...(callbacks && { callbacks }),
  }))
    last = values as TurnResultState;
  return last!;
}

describe('installUntracedNodeSequences', () => {
  it("runs every node of the agent graph, START included, outside LangChain's sequence (the shape LangGraph 1.7 builds)", () => {
    // An upgrade of LangGraph that builds a node's task otherwise fails here, not silently slower.
    const graph = build();
    for (const name of ['__start__', ...Object.values(NODE)] as const) {
      expect(graph.nodes[name].getNode()).not.toBeInstanceOf(RunnableSequence);
      expect(graph.nodes[name].getNode()?.constructor.name).toBe('UntracedNodeSequence');
    }
  });

  it('gives the same final state as the graph LangGraph built, with or without a handler listening', async () => {
    const graph = build();
    const handler = new ChainStarts();
    const untraced = await finalState(graph);
    const traced = await finalState(graph, [handler]);
    expect(untraced).toEqual(traced);
    expect(untraced.response).toContain('Rest and fluids usually help.');
  });

  it("hands a run with a callback handler to LangGraph's own sequence: the handler hears every node", async () => {
    const handler = new ChainStarts();
    await finalState(build(), [handler]);
    expect(handler.names).toEqual(
      expect.arrayContaining([NODE.triage, NODE.retrieveContext, NODE.reason, NODE.safetyCheck]),
    );
  });

  it('leaves every node alone when a LangSmith switch is set', () => {
    const graph = build();
    const nodes = Object.fromEntries(
      Object.entries(graph.nodes).map(([name, node]) => [
        name,
        {
          getNode: () => new RunnableSequence({ first: node.getNode()!, last: node.getNode()! }),
          getWriters: () => [],
        },
      ]),
    );
    expect(installUntracedNodeSequences(nodes, { LANGSMITH_TRACING: 'true' })).toEqual([]);
  });
});
