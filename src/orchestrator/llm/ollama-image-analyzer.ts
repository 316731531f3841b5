import { HumanMessage, SystemMessage } from '@langchain/core/messages';
import { Inject, Injectable, Logger, Optional } from '@nestjs/common';
import { isBrokenCircuitError } from 'cockatiel';
import { AppConfig } from '../../config/app-config.js';
import { MetricsRecorder } from '../../metrics/metrics-recorder.js';
import { ORCHESTRATOR_SETTINGS, type OllamaSettings, type OrchestratorSettings } from '../orchestrator-settings.js';
import { ImageAnalyzer, type ImageAnalysisRequest } from '../ports/image-analyzer.js';
import { CircuitBreakerBoard } from '../resilience/circuit-breaker-board.js';
import { turnAbortedError } from '../turn-aborted.js';
import { chatOllamaForCall } from './chat-ollama-for-call.js';
import { IMAGE_FINDINGS_SCHEMA, parseImageFindings, unusableImage, VISION_SYSTEM_PROMPT, type ImageFindings } from './image-findings.js';
import { classifyOllamaFailure, OllamaCallError } from './ollama-failure.js';
import { createOllamaResilience, type OllamaResilience } from './ollama-resilience.js';
import { CIRCUIT_OPEN_REASON, ollamaNotConfigured, ollamaUnavailable } from './ollama-unavailable.js';

/** Findings should be as repeatable as the model allows. */
const VISION_TEMPERATURE = 0;

/** Ollama answers these when it cannot decode or use the image itself: the image's problem, not the service's. */
const IMAGE_REFUSED_STATUSES = new Set([400, 415, 422]);

export const IMAGE_NOT_PROCESSED = 'The vision model could not process this image (it may be damaged or in a format the model cannot read).';

/**
 * `analyze_image` on the vision-capable model served by Ollama (OLLAMA_VISION_MODEL, else
 * OLLAMA_MODEL: MedGemma is multimodal). The image goes base64 in the chat message's `images`,
 * the answer is constrained by a JSON schema (`format`). Same per-call ChatOllama, timeout,
 * retries and breaker as the reasoning model, with a breaker of its own (`ollama_vision`).
 * An image the model refuses or cannot make sense of comes back as `image_quality: unusable`
 * rather than failing the turn; an unreachable Ollama is a 503 like for the answer itself.
 */
@Injectable()
export class OllamaImageAnalyzer extends ImageAnalyzer {
  private readonly logger = new Logger(OllamaImageAnalyzer.name);
  private readonly ollama: OllamaSettings;
  private readonly resilience: OllamaResilience;
  @Optional() @Inject(MetricsRecorder) private readonly metrics?: MetricsRecorder;

  constructor(@Inject(ORCHESTRATOR_SETTINGS) settings: OrchestratorSettings, config: AppConfig, breakers: CircuitBreakerBoard) {
    super();
    this.ollama = { ...settings.ollama, model: config.env.OLLAMA_VISION_MODEL ?? settings.ollama.model, temperature: VISION_TEMPERATURE };
    this.resilience = createOllamaResilience(this.ollama);
    breakers.track('ollama_vision', this.resilience.breaker);
    this.resilience.retry.onRetry((event) =>
      this.logger.warn(`Retrying the vision model in ${Math.round(event.delay)} ms (attempt ${event.attempt}): ${'error' in event ? event.error.message : 'no answer'}`),
    );
    this.resilience.breaker.onBreak(() => this.logger.error(`Ollama vision circuit opened: failing fast for ${settings.ollama.breakerResetMs} ms`));
  }

  async analyze(request: ImageAnalysisRequest): Promise<ImageFindings> {
    const { baseUrl } = this.ollama;
    if (!baseUrl) throw ollamaNotConfigured();
    const clientSignal = request.signal;
    if (clientSignal?.aborted) throw turnAbortedError(clientSignal);
    try {
      const output = await this.resilience.pipeline.execute(
        ({ signal: attemptSignal }) => this.attempt({ ...this.ollama, baseUrl }, request, attemptSignal),
        clientSignal,
      );
      return parseImageFindings(output);
    } catch (error) {
      if (clientSignal?.aborted) throw turnAbortedError(clientSignal);
      if (error instanceof OllamaCallError) {
        if (error.kind === 'rejected' && IMAGE_REFUSED_STATUSES.has(statusOf(error.cause))) {
          this.logger.warn(`The vision model refused an image: ${error.reason}`);
          return unusableImage(IMAGE_NOT_PROCESSED);
        }
        throw ollamaUnavailable(error.reason);
      }
      if (isBrokenCircuitError(error)) {
        this.metrics?.llmCallRefused('vision', 'circuit_open');
        throw ollamaUnavailable(CIRCUIT_OPEN_REASON);
      }
      throw error;
    }
  }

  private async attempt(settings: OllamaSettings & { baseUrl: string }, request: ImageAnalysisRequest, attemptSignal: AbortSignal): Promise<string> {
    const model = chatOllamaForCall(settings, attemptSignal);
    const question = request.question.trim() === '' ? 'The patient sent this photo without a question.' : `The patient asks: ${request.question}`;
    const messages = [
      new SystemMessage(VISION_SYSTEM_PROMPT),
      new HumanMessage({
        content: [
          { type: 'text', text: question },
          { type: 'image_url', image_url: `data:${request.mimeType};base64,${request.image.toString('base64')}` },
        ],
      }),
    ];
    const callEnded = this.metrics?.startLlmCall('vision');
    try {
      const answer = await model.invoke(messages, { signal: attemptSignal, format: IMAGE_FINDINGS_SCHEMA });
      callEnded?.();
      return typeof answer.content === 'string' ? answer.content : '';
    } catch (error) {
      const clientAborted = request.signal?.aborted ?? false;
      const failure = classifyOllamaFailure(error, {
        clientAborted,
        timedOut: attemptSignal.aborted && !clientAborted,
        timeoutMs: settings.timeoutMs,
        tokensStreamed: false,
      });
      callEnded?.(failure.kind);
      throw failure;
    }
  }
}

function statusOf(error: unknown): number {
  const status = (error as { status_code?: unknown } | null)?.status_code;
  return typeof status === 'number' ? status : 0;
}
