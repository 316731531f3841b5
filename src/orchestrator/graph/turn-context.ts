import { Annotation, type LangGraphRunnableConfig } from '@langchain/langgraph';
import type { LlmCallContext } from '../../llm/index.js';

/**
 * Per-run values that are not state: the streaming hook and what each model call of the turn
 * needs for the slot queue (lane, queue listener, token counter). They travel as LangGraph's run
 * context so the graph itself stays built once and shared by every turn.
 */
export const TurnContext = Annotation.Root({
  onToken: Annotation<((delta: string) => void) | undefined>,
  llmCall: Annotation<LlmCallContext | undefined>,
});

export type TurnContextValues = typeof TurnContext.State;

/** What a node receives besides the state; `signal` is the run's (the client's) abort signal. */
export type NodeRuntime = LangGraphRunnableConfig<TurnContextValues>;
