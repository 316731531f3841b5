import { HumanMessage, SystemMessage } from '@langchain/core/messages';
import { Inject, Injectable, Logger } from '@nestjs/common';
import { MetricsRecorder } from '../../metrics/index.js';
import { httpStatusOf, LlmCallRunner, type LlmCallError, type LlmHost } from '../../llm/index.js';
import { ORCHESTRATOR_SETTINGS, type OrchestratorSettings } from '../orchestrator-settings.js';
import { ImageAnalyzer, type ImageAnalysisRequest } from '../ports/image-analyzer.js';
import {
  IMAGE_FINDINGS_SCHEMA,
  parseImageFindings,
  unusableImage,
  VISION_SYSTEM_PROMPT,
  type ImageFindings,
} from './image-findings.js';
import { ModelCallPolicy } from './model-call-policy.js';
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
  private readonly policy: ModelCallPolicy;

  constructor(
    @Inject(ORCHESTRATOR_SETTINGS) settings: OrchestratorSettings,
    private readonly models: ChatModelFactory,
    calls: LlmCallRunner,
    private readonly metrics: MetricsRecorder,
  ) {
    super();
    this.policy = new ModelCallPolicy('vision', settings.ollama, models, calls, metrics);
  }

  analyze(request: ImageAnalysisRequest): Promise<ImageFindings> {
    return this.policy.run<ImageFindings>(
      {
        llmCall: request.llmCall,
        signal: request.signal,
        describedAs: 'the vision model',
        recover: (failure) => this.refusedImage(failure),
      },
      async (host, attemptSignal) => parseImageFindings(await this.attempt(host, request, attemptSignal)),
    );
  }

  /** The vision model refusing this image (IMAGE_REFUSED_STATUSES): it comes back as an unusable image, not a 503. */
  private refusedImage(failure: LlmCallError): ImageFindings | undefined {
    if (failure.kind !== 'rejected' || !IMAGE_REFUSED_STATUSES.has(httpStatusOf(failure.cause) ?? 0)) return undefined;
    this.logger.warn(`The vision model refused an image: ${failure.reason}`);
    return unusableImage(IMAGE_NOT_PROCESSED);
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
      const failure = this.policy.attemptFailure(error, { client: request.signal, attempt: attemptSignal }, false);
      callEnded(failure.kind);
      throw failure;
    }
  }
}
