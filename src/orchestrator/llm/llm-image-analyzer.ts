import { HumanMessage, SystemMessage } from '@langchain/core/messages';
import { Inject, Injectable, Logger } from '@nestjs/common';
import { MetricsRecorder } from '../../metrics/index.js';
import { CapacityExceededError } from '../chat-turn.js';
import { ORCHESTRATOR_SETTINGS, type OllamaSettings, type OrchestratorSettings } from '../orchestrator-settings.js';
import { ImageAnalyzer, type ImageAnalysisRequest } from '../ports/image-analyzer.js';
import { turnAbortedError } from '../../llm/index.js';
import { SYSTEM_LANE } from '../../llm/index.js';
import { LlmCallRunner } from '../../llm/index.js';
import type { LlmHost } from '../../llm/index.js';
import { NoUsableHostError } from '../../llm/index.js';
import {
  IMAGE_FINDINGS_SCHEMA,
  parseImageFindings,
  unusableImage,
  VISION_SYSTEM_PROMPT,
  type ImageFindings,
} from './image-findings.js';
import { classifyLlmFailure, httpStatusOf, LlmCallError } from '../../llm/index.js';
import { CIRCUIT_OPEN_REASON, llmNotConfigured, llmUnavailable } from './llm-unavailable.js';
import { ChatModelFactory } from './providers/chat-model-factory.js';
import { tokenUsageOf } from './providers/token-usage.js';

/** Findings should be as repeatable as the model allows. */
const VISION_TEMPERATURE = 0;

/** Servers answer these when they cannot decode or use the image itself: the image's problem, not the service's. */
const IMAGE_REFUSED_STATUSES = new Set([400, 415, 422]);

export const IMAGE_NOT_PROCESSED =
  'The vision model could not process this image (it may be damaged or in a format the model cannot read).';

/**
 * `analyze_image` on the vision-capable model (OLLAMA_VISION_MODEL or OPENAI_VISION_MODEL, else
 * the chat model: MedGemma is multimodal). The image goes as a data URL in the message, the
 * answer is constrained by a JSON schema. It takes a slot like any generation, with the same
 * timeout and retries as the reasoning model and a breaker of its own per host (`ollama_vision`).
 * An image the model refuses or cannot make sense of comes back as `image_quality: unusable`
 * rather than failing the turn; an unreachable model is a 503 like for the answer itself.
 */
@Injectable()
export class LlmImageAnalyzer extends ImageAnalyzer {
  private readonly logger = new Logger(LlmImageAnalyzer.name);
  private readonly ollama: OllamaSettings;

  constructor(
    @Inject(ORCHESTRATOR_SETTINGS) settings: OrchestratorSettings,
    private readonly models: ChatModelFactory,
    private readonly calls: LlmCallRunner,
    private readonly metrics: MetricsRecorder,
  ) {
    super();
    this.ollama = settings.ollama;
  }

  async analyze(request: ImageAnalysisRequest): Promise<ImageFindings> {
    const provider = this.models.provider;
    if (!this.calls.pool.configured) throw llmNotConfigured(provider);
    const clientSignal = request.signal;
    if (clientSignal?.aborted) throw turnAbortedError(clientSignal);
    try {
      const output = await this.calls.run(
        {
          purpose: 'vision',
          context: request.llmCall ?? { lane: SYSTEM_LANE },
          signal: clientSignal,
          timeoutMs: this.ollama.timeoutMs,
          maxRetries: this.ollama.maxRetries,
          retryBaseDelayMs: this.ollama.retryBaseDelayMs,
          describedAs: 'the vision model',
        },
        (host, attemptSignal) => this.attempt(host, request, attemptSignal),
      );
      return parseImageFindings(output);
    } catch (error) {
      if (clientSignal?.aborted) throw turnAbortedError(clientSignal);
      if (error instanceof CapacityExceededError) throw error;
      if (error instanceof LlmCallError) {
        if (error.kind === 'rejected' && IMAGE_REFUSED_STATUSES.has(httpStatusOf(error.cause) ?? 0)) {
          this.logger.warn(`The vision model refused an image: ${error.reason}`);
          return unusableImage(IMAGE_NOT_PROCESSED);
        }
        throw llmUnavailable(provider, error.reason);
      }
      if (error instanceof NoUsableHostError) {
        this.metrics.llmCallRefused('vision', 'circuit_open');
        throw llmUnavailable(provider, CIRCUIT_OPEN_REASON);
      }
      throw error;
    }
  }

  private async attempt(host: LlmHost, request: ImageAnalysisRequest, attemptSignal: AbortSignal): Promise<string> {
    const model = this.models.create(host, { vision: true, temperature: VISION_TEMPERATURE }, attemptSignal);
    const question =
      request.question.trim() === ''
        ? 'The patient sent this photo without a question.'
        : `The patient asks: ${request.question}`;
    const messages = [
      new SystemMessage(VISION_SYSTEM_PROMPT),
      new HumanMessage({
        content: [
          { type: 'text', text: question },
          {
            type: 'image_url',
            image_url: { url: `data:${request.mimeType};base64,${request.image.toString('base64')}` },
          },
        ],
      }),
    ];
    const callEnded = this.metrics.startLlmCall('vision');
    try {
      const answer = await model.invoke(messages, {
        signal: attemptSignal,
        ...this.models.structuredOutput(IMAGE_FINDINGS_SCHEMA),
      });
      callEnded();
      const usage = tokenUsageOf(answer);
      if (usage) request.llmCall?.onUsage?.(usage);
      return typeof answer.content === 'string' ? answer.content : '';
    } catch (error) {
      const clientAborted = request.signal?.aborted ?? false;
      const failure = classifyLlmFailure(error, {
        clientAborted,
        timedOut: attemptSignal.aborted && !clientAborted,
        timeoutMs: this.ollama.timeoutMs,
        tokensStreamed: false,
      });
      callEnded(failure.kind);
      throw failure;
    }
  }
}
