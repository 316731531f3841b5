import { Inject, Injectable } from '@nestjs/common';
import { MetricsRecorder } from '../metrics/index.js';
import {
  ChatTurnRunner,
  type ChatTurnHooks,
  type ChatTurnInput,
  type ChatTurnResult,
  type TokenUsage,
} from './chat-turn.js';
import { buildAgentGraph, type AgentGraph, guardrailsFor } from './graph/graph.js';
import {
  RESULT_CHANNELS,
  toChatTurnResult,
  type AgentStateUpdate,
  type AgentStateValues,
  type InputSanitizer,
  type TurnResultState,
} from './graph/state.js';
import { initialAgentState } from './graph/turn-input.js';
import { AnswerGenerator } from './llm/answer-generator.js';
import { laneOf, type LlmCallContext } from '../llm/index.js';
import { ORCHESTRATOR_SETTINGS, type OrchestratorSettings } from './orchestrator-settings.js';
import { ImageAnalyzer } from './ports/image-analyzer.js';
import { KnowledgeRetriever } from '../knowledge/index.js';
import { PatientRecordRetriever } from '../patients/index.js';
import { SpeechToTextClient } from './ports/speech-to-text.client.js';
import { turnAbortedError } from '../llm/index.js';

/** The `category` label of `medchat_emergencies_detected_total` for an emergency only the model marked. */
export const MODEL_MARKED_EMERGENCY = 'model_marked';
/** Emergencies the triage's learned wording model added: it names words, not a category. */
export const WORDING_MODEL_EMERGENCY = 'wording_model';

/** The channels each run hands back (LangGraph takes a mutable list): made once, not per turn. */
const RESULT_CHANNEL_LIST: Array<keyof AgentStateValues> = [...RESULT_CHANNELS];

/**
 * Runs each chat turn through the agent graph, which is compiled once here and shared by
 * every turn: per-turn values travel in the invocation (state, context, signal), never in the
 * graph.
 */
@Injectable()
export class AgentGraphChatTurnRunner extends ChatTurnRunner {
  private readonly graph: AgentGraph;
  /** The graph's sanitizer: a turn's text enters the graph sanitized (see initialAgentState). */
  private readonly sanitize: InputSanitizer;

  constructor(
    @Inject(ORCHESTRATOR_SETTINGS) settings: OrchestratorSettings,
    private readonly answers: AnswerGenerator,
    retriever: PatientRecordRetriever,
    speechToText: SpeechToTextClient,
    imageAnalyzer: ImageAnalyzer,
    private readonly metrics: MetricsRecorder,
    knowledge: KnowledgeRetriever,
  ) {
    super();
    const guardrails = guardrailsFor({ emergencyNumber: settings.emergencyNumber, crisisLine: settings.crisisLine });
    this.sanitize = guardrails.sanitize;
    this.graph = buildAgentGraph({
      ...guardrails,
      answers,
      retriever,
      knowledge,
      speechToText,
      imageAnalyzer,
      context: {
        historyTokenBudget: settings.historyTokenBudget,
        recordLimit: settings.recordLimit,
        knowledgeLimit: settings.knowledgeLimit,
      },
    });
  }

  async run(input: ChatTurnInput, hooks: ChatTurnHooks = {}): Promise<ChatTurnResult> {
    const { signal, onToken, onQueued, beforeModelCall } = hooks;
    if (signal?.aborted) throw turnAbortedError(signal);
    const usage: TokenUsage = { promptTokens: 0, completionTokens: 0 };
    // Once per turn: an image turn's second model call (the answer) is not checked again.
    let admitted: Promise<void> | undefined;
    const llmCall: LlmCallContext = {
      lane: laneOf(input),
      onQueued,
      admit: beforeModelCall && (() => (admitted ??= beforeModelCall())),
      onUsage: (call) => {
        usage.promptTokens += call.promptTokens;
        usage.completionTokens += call.completionTokens;
      },
    };
    try {
      const finalState = await lastValues(this.graph, initialAgentState(input, this.sanitize), {
        // Keys the run by session for tracing; there is no checkpointer to resume from (see buildAgentGraph).
        configurable: { thread_id: input.sessionId },
        context: { onToken, llmCall },
        signal,
        outputKeys: RESULT_CHANNEL_LIST,
      });
      if (finalState.isEmergency) this.metrics.emergencyDetected(countedCategories(finalState));
      return { ...toChatTurnResult(finalState, this.answers.modelName), usage };
    } catch (error) {
      // Whatever a node was doing when the client left, the turn ends as aborted, not failed.
      if (signal?.aborted) throw turnAbortedError(signal);
      throw error;
    }
  }
}

type RunOptions = NonNullable<Parameters<AgentGraph['invoke']>[1]>;

/**
 * The graph's state after its last step, read from the graph's own step generator in "values"
 * mode, as graph.invoke() reads it. invoke() runs the same generator behind Pregel.stream (a
 * second abort controller, for a consumer that stops reading early), Runnable.stream (a set-up
 * step in LangChain's run context) and an IterableReadableStream (a pull promise per chunk, and
 * an error built and caught, with its stack trace, when the stream closes), then looks for
 * interrupts, which this graph never raises: 0.3-0.5 ms of CPU per turn here. This loop reads
 * every chunk, so nothing has to be stopped early; the client's signal still ends the run, and
 * a traced run is still traced (both are the generator's own).
 */
async function lastValues(graph: AgentGraph, input: AgentStateUpdate, options: RunOptions): Promise<TurnResultState> {
  let last: TurnResultState | undefined;
  for await (const values of graph._streamIterator(input, { ...options, streamMode: 'values' })) last = values;
  if (last === undefined) throw new Error('The agent graph ended without a state.');
  return last;
}

/** The model's mark and the wording model name no category: theirs are counted under labels of their own. */
function countedCategories({
  emergencySource,
  emergencyCategories,
}: Pick<AgentStateValues, 'emergencySource' | 'emergencyCategories'>): readonly string[] {
  if (emergencySource === 'model') return [MODEL_MARKED_EMERGENCY];
  return emergencyCategories.length > 0 ? emergencyCategories : [WORDING_MODEL_EMERGENCY];
}
