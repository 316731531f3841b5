import { END, START, StateGraph } from '@langchain/langgraph';
import { SpanStatusCode, trace } from '@opentelemetry/api';
import { APP_VERSION } from '../../common/app-version.js';
import type { KnowledgeRetriever } from '../../knowledge/index.js';
import type { PatientRecordRetriever } from '../../patients/index.js';
import { buildEmergencyGuidance, type EmergencyContacts } from '../guardrails/emergency-guidance.js';
import { EmergencyTriage } from '../guardrails/emergency-triage.js';
import { sanitizeUserInput } from '../guardrails/input-sanitizer.js';
import { ResponseSafetyCheck } from '../guardrails/safety-check.js';
import type { AnswerGenerator } from '../llm/answer-generator.js';
import type { ImageAnalyzer } from '../ports/image-analyzer.js';
import type { SpeechToTextClient } from '../ports/speech-to-text.client.js';
import { createAnalyzeImageNode } from './nodes/analyze-image.node.js';
import { createEmergencyResponseNode } from './nodes/emergency-response.node.js';
import { createInputRouterNode } from './nodes/input-router.node.js';
import { createReasonNode } from './nodes/reason.node.js';
import { createRetrieveContextNode, type RetrieveContextSettings } from './nodes/retrieve-context.node.js';
import { createSafetyCheckNode } from './nodes/safety-check.node.js';
import { createTranscribeAudioNode } from './nodes/transcribe-audio.node.js';
import { createTriageNode } from './nodes/triage.node.js';
import {
  AgentState,
  TurnContext,
  type AgentStateValues,
  type AnswerSafetyChecker,
  type EmergencyAssessor,
  type EmergencyGuidanceWriter,
  type InputSanitizer,
} from './state.js';

/** The agent graph's nodes, named as in the diagram of buildAgentGraph. */
export const NODE = {
  inputRouter: 'input_router',
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
): Pick<AgentGraphDependencies, 'sanitize' | 'triage' | 'emergencyGuidance' | 'safety'> {
  return {
    sanitize: sanitizeUserInput,
    triage: new EmergencyTriage(),
    emergencyGuidance: {
      guidance: (categories) => buildEmergencyGuidance(categories, contacts),
      // With no category the guidance is its call-to-action opening and closing alone.
      uncategorised: () => buildEmergencyGuidance([], contacts),
    },
    safety: new ResponseSafetyCheck(),
  };
}

/** A voice message is transcribed before triage, so triage judges what was said. */
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
 * A graph node run inside a span named after the node, made active so the LLM, STT and MongoDB
 * calls it makes become its children. Costs one no-op call per node when tracing is off.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- any node signature LangGraph accepts
export function tracedNode<Node extends (...args: any[]) => any>(name: string, node: Node): Node {
  const traced = (...args: Parameters<Node>) =>
    tracer.startActiveSpan(name, { attributes: { 'medchat.graph.node': name } }, async (span) => {
      try {
        return await node(...args);
      } catch (error) {
        span.recordException(error as Error);
        span.setStatus({ code: SpanStatusCode.ERROR, message: (error as Error).message });
        throw error;
      } finally {
        span.end();
      }
    });
  return traced as Node;
}

/**
 * The agent graph:
 *
 *   START → input_router → [transcribe_audio] → triage ─┬─ emergency → emergency_response → END
 *                                                       └─ [analyze_image] → retrieve_context → reason → safety_check → END
 *
 * Every node runs in a span named after it (tracedNode), so a turn's trace shows the path taken.
 *
 * Compiled without a checkpointer: the conversation lives in MongoDB and arrives with each
 * turn's input, so a checkpointer would keep a second copy in process memory (lost on restart,
 * not shared between instances, blind to "clear history").
 */
export function buildAgentGraph(deps: AgentGraphDependencies) {
  return new StateGraph(AgentState, TurnContext)
    .addNode(NODE.inputRouter, tracedNode(NODE.inputRouter, createInputRouterNode(deps.sanitize)))
    .addNode(
      NODE.transcribeAudio,
      tracedNode(NODE.transcribeAudio, createTranscribeAudioNode(deps.speechToText, deps.sanitize)),
    )
    .addNode(NODE.triage, tracedNode(NODE.triage, createTriageNode(deps.triage)))
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
    .addEdge(START, NODE.inputRouter)
    .addConditionalEdges(NODE.inputRouter, routeAfterInput, [NODE.transcribeAudio, NODE.triage])
    .addEdge(NODE.transcribeAudio, NODE.triage)
    .addConditionalEdges(NODE.triage, routeAfterTriage, [
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
}

export type AgentGraph = ReturnType<typeof buildAgentGraph>;
