import { Runnable } from '@langchain/core/runnables';
import { END, START, StateGraph } from '@langchain/langgraph';
import { SpanStatusCode, trace } from '@opentelemetry/api';
import { APP_VERSION } from '../../common/app-version.js';
import type { KnowledgeRetriever } from '../../knowledge/index.js';
import type { PatientRecordRetriever } from '../../patients/index.js';
import { buildCrisisSupportParagraph } from '../guardrails/crisis-support-paragraph.js';
import { buildEmergencyGuidanceFor, type EmergencyContacts } from '../guardrails/emergency-guidance.js';
import { EmergencyTriage } from '../guardrails/emergency-triage.js';
import { sanitizeUserInput } from '../guardrails/input-sanitizer.js';
import { isLethalMeansQuestion } from '../guardrails/lethal-means-question.js';
import { ResponseSafetyCheck } from '../guardrails/safety-check.js';
import type { AnswerGenerator } from '../llm/answer-generator.js';
import type { ImageAnalyzer } from '../ports/image-analyzer.js';
import type { SpeechToTextClient } from '../ports/speech-to-text.client.js';
import { createAnalyzeImageNode } from './nodes/analyze-image.node.js';
import { createEmergencyResponseNode } from './nodes/emergency-response.node.js';
import { createReasonNode } from './nodes/reason.node.js';
import { createRetrieveContextNode, type RetrieveContextSettings } from './nodes/retrieve-context.node.js';
import { createSafetyCheckNode } from './nodes/safety-check.node.js';
import { createTranscribeAudioNode } from './nodes/transcribe-audio.node.js';
import { createTriageNode } from './nodes/triage.node.js';
import { installDirectGraphCallables } from './direct-graph-callables.js';
import { installPooledRandomValues } from './pooled-random-values.js';
import { installUntracedNodeSequences } from './untraced-node-sequences.js';
import { installUntracedRunContext } from './untraced-run-context.js';
import {
  AgentState,
  TurnContext,
  type AgentStateUpdate,
  type AgentStateValues,
  type AnswerSafetyChecker,
  type EmergencyAssessor,
  type EmergencyGuidanceWriter,
  type InputSanitizer,
  type LethalMeansReader,
  type NodeRuntime,
} from './state.js';

/** The agent graph's nodes, named as in the diagram of buildAgentGraph. */
export const NODE = {
  transcribeAudio: 'transcribe_audio',
  triage: 'triage',
  emergencyResponse: 'emergency_response',
  analyzeImage: 'analyze_image',
  retrieveContext: 'retrieve_context',
  reason: 'reason',
  safetyCheck: 'safety_check',
} as const;

export type NodeName = (typeof NODE)[keyof typeof NODE];

export interface AgentGraphDependencies {
  sanitize: InputSanitizer;
  triage: EmergencyAssessor;
  lethalMeans: LethalMeansReader;
  emergencyGuidance: EmergencyGuidanceWriter;
  safety: AnswerSafetyChecker;
  answers: AnswerGenerator;
  /** Unbound (specs only; the app always binds it): signed-in patients then get no records. */
  retriever?: PatientRecordRetriever;
  /** General medical knowledge for every caller; unbound: answers carry no citations. */
  knowledge?: KnowledgeRetriever;
  /** Unbound (specs only): a voice message is then refused with a 503. */
  speechToText?: SpeechToTextClient;
  /** Unbound (specs only): an image is then refused with a 503. */
  imageAnalyzer?: ImageAnalyzer;
  context: RetrieveContextSettings;
}

/** The real guardrails, as the graph's nodes consume them. They are stateless and deterministic. */
export function guardrailsFor(
  contacts: EmergencyContacts,
): Pick<AgentGraphDependencies, 'sanitize' | 'triage' | 'lethalMeans' | 'emergencyGuidance' | 'safety'> {
  return {
    sanitize: sanitizeUserInput,
    triage: EmergencyTriage.withWordingModel(),
    lethalMeans: isLethalMeansQuestion,
    emergencyGuidance: {
      // In the language of the message first when it is not English (issue 11); English byte for byte otherwise.
      guidance: (categories, message) => buildEmergencyGuidanceFor(message, categories, contacts),
      // With no category the guidance is its call-to-action opening and closing alone.
      uncategorised: (message) => buildEmergencyGuidanceFor(message, [], contacts),
      crisisSupport: (message) => buildCrisisSupportParagraph(message, contacts),
    },
    safety: new ResponseSafetyCheck(),
  };
}

/** From START: a voice message is transcribed before triage, so triage judges what was said. */
export function routeAfterInput(
  state: Pick<AgentStateValues, 'audio'>,
): typeof NODE.transcribeAudio | typeof NODE.triage {
  return state.audio ? NODE.transcribeAudio : NODE.triage;
}

/**
 * An emergency is answered at once, before any image work or model call; otherwise an
 * attached image is analysed before the context is gathered.
 */
export function routeAfterTriage(
  state: Pick<AgentStateValues, 'isEmergency' | 'image'>,
): typeof NODE.emergencyResponse | typeof NODE.analyzeImage | typeof NODE.retrieveContext {
  if (state.isEmergency) return NODE.emergencyResponse;
  return state.image ? NODE.analyzeImage : NODE.retrieveContext;
}

const tracer = trace.getTracer('medchat.agent-graph', APP_VERSION);

/**
 * A function LangGraph runs as it is given. Handed a plain function (a node or an edge's
 * route), LangGraph wraps it in its own runnable, whose every call merges the run's config
 * again and passes through LangChain's runWithConfig, which builds a langsmith RunTree (a
 * uuid7 from crypto random, a dozen environment reads) even when nothing traces and no
 * callback listens: 30-50 µs of CPU per call on the bench machine. These functions take their
 * config as an argument and read nothing from LangChain's async-local storage, so they need
 * none of it. The graph's own per-step work (its channel writers, its branches) still runs
 * through it.
 */
class PlainStep<Input, Output> extends Runnable<Input, Output, NodeRuntime> {
  lc_namespace = ['medchat', 'agent_graph'];

  constructor(
    name: string,
    private readonly step: (input: Input, runtime: NodeRuntime) => Output | Promise<Output>,
  ) {
    super();
    this.name = name;
  }

  async invoke(input: Input, runtime: NodeRuntime = {}): Promise<Output> {
    return this.step(input, runtime);
  }
}

/**
 * A graph node run inside a span named after the node, made active so the LLM, STT and MongoDB
 * calls it makes become its children. Costs one no-op call per node when tracing is off.
 */
export function tracedNode(
  name: string,
  node: (state: AgentStateValues, runtime: NodeRuntime) => AgentStateUpdate | Promise<AgentStateUpdate>,
): Runnable<AgentStateValues, AgentStateUpdate, NodeRuntime> {
  return new PlainStep(name, (state: AgentStateValues, runtime: NodeRuntime) =>
    tracer.startActiveSpan(name, { attributes: { 'medchat.graph.node': name } }, async (span) => {
      try {
        return await node(state, runtime);
      } catch (error) {
        span.recordException(error as Error);
        span.setStatus({ code: SpanStatusCode.ERROR, message: (error as Error).message });
        throw error;
      } finally {
        span.end();
      }
    }),
  );
}

/**
 * The agent graph:
 *
 *   START → [transcribe_audio] → triage ─┬─ emergency → emergency_response → END
 *                                        └─ [analyze_image] → retrieve_context → reason → safety_check → END
 *
 * Every node runs in a span named after it (tracedNode), so a turn's trace shows the path taken.
 * The input arrives sanitized and classified (initialAgentState in turn-input.ts): a first node
 * that only did that and routed cost every turn a superstep, so START routes instead.
 *
 * Compiled without a checkpointer: the conversation lives in MongoDB and arrives with each
 * turn's input, so a checkpointer would keep a second copy in process memory (lost on restart,
 * not shared between instances, blind to "clear history").
 *
 * Building it also makes LangChain's run context cheap while nothing traces (see
 * installUntracedRunContext): LangGraph enters that context some 36 times per run; and the
 * random bytes of its checkpoint ids, about 10 per run, come from a pool (installPooledRandomValues);
 * each node's task runs without the callback machinery while nothing listens
 * (installUntracedNodeSequences); and LangGraph's own pure writer functions are called directly
 * (installDirectGraphCallables).
 */
export function buildAgentGraph(deps: AgentGraphDependencies) {
  installUntracedRunContext();
  installPooledRandomValues();
  const graph = new StateGraph(AgentState, TurnContext)
    .addNode(
      NODE.transcribeAudio,
      tracedNode(NODE.transcribeAudio, createTranscribeAudioNode(deps.speechToText, deps.sanitize)),
    )
    .addNode(NODE.triage, tracedNode(NODE.triage, createTriageNode(deps.triage, deps.lethalMeans)))
    .addNode(
      NODE.emergencyResponse,
      tracedNode(NODE.emergencyResponse, createEmergencyResponseNode(deps.emergencyGuidance)),
    )
    .addNode(NODE.analyzeImage, tracedNode(NODE.analyzeImage, createAnalyzeImageNode(deps.imageAnalyzer)))
    .addNode(
      NODE.retrieveContext,
      tracedNode(NODE.retrieveContext, createRetrieveContextNode(deps.retriever, deps.context, deps.knowledge)),
    )
    .addNode(NODE.reason, tracedNode(NODE.reason, createReasonNode(deps.answers, deps.emergencyGuidance)))
    .addNode(NODE.safetyCheck, tracedNode(NODE.safetyCheck, createSafetyCheckNode(deps.safety, deps.emergencyGuidance)))
    .addConditionalEdges(START, new PlainStep('route_after_input', routeAfterInput), [
      NODE.transcribeAudio,
      NODE.triage,
    ])
    .addEdge(NODE.transcribeAudio, NODE.triage)
    .addConditionalEdges(NODE.triage, new PlainStep('route_after_triage', routeAfterTriage), [
      NODE.emergencyResponse,
      NODE.analyzeImage,
      NODE.retrieveContext,
    ])
    .addEdge(NODE.emergencyResponse, END)
    .addEdge(NODE.analyzeImage, NODE.retrieveContext)
    .addEdge(NODE.retrieveContext, NODE.reason)
    .addEdge(NODE.reason, NODE.safetyCheck)
    .addEdge(NODE.safetyCheck, END)
    .compile({ name: 'medchat_agent' });
  installUntracedNodeSequences(graph.nodes);
  const [writer] = graph.nodes[NODE.triage]!.getWriters();
  if (writer !== undefined) installDirectGraphCallables(writer);
  return graph;
}

export type AgentGraph = ReturnType<typeof buildAgentGraph>;
