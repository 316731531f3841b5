import { END, START, StateGraph } from '@langchain/langgraph';
import type { AnswerGenerator } from '../llm/answer-generator.js';
import type { ImageAnalyzer } from '../ports/image-analyzer.js';
import type { KnowledgeRetriever } from '../../knowledge/index.js';
import type { PatientRecordRetriever } from '../../patients/index.js';
import type { SpeechToTextClient } from '../ports/speech-to-text.client.js';
import { AgentState } from './agent-state.js';
import type {
  AnswerSafetyChecker,
  EmergencyAssessor,
  EmergencyGuidanceWriter,
  InputSanitizer,
} from './guardrail-ports.js';
import { NODE } from './node-names.js';
import { createAnalyzeImageNode } from './nodes/analyze-image.node.js';
import { createEmergencyResponseNode } from './nodes/emergency-response.node.js';
import { createInputRouterNode } from './nodes/input-router.node.js';
import { createReasonNode } from './nodes/reason.node.js';
import { createRetrieveContextNode, type RetrieveContextSettings } from './nodes/retrieve-context.node.js';
import { createSafetyCheckNode } from './nodes/safety-check.node.js';
import { createTranscribeAudioNode } from './nodes/transcribe-audio.node.js';
import { createTriageNode } from './nodes/triage.node.js';
import { routeAfterInput, routeAfterTriage } from './routing.js';
import { tracedNode } from './traced-node.js';
import { TurnContext } from './turn-context.js';

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

/**
 * The agent graph:
 *
 *   START → input_router → [transcribe_audio] → triage ─┬─ emergency → emergency_response → END
 *                                                       └─ [analyze_image] → retrieve_context → reason → safety_check → END
 *
 * Every node runs in a span named after it (traced-node.ts), so a turn's trace shows the path taken.
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
