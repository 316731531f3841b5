import { HttpStatus, Inject, Injectable, Logger } from '@nestjs/common';
import {
  circuitBreaker,
  ConsecutiveBreaker,
  ExponentialBackoff,
  handleWhen,
  isBrokenCircuitError,
  retry,
  timeout,
  TimeoutStrategy,
  wrap,
  type IDefaultPolicyContext,
  type IPolicy,
} from 'cockatiel';
import { ProblemException } from '../../common/problem/problem.exception.js';
import { MetricsRecorder } from '../../metrics/index.js';
import { DependencyUnavailableError } from '../chat-turn.js';
import { SpeechToTextClient, type Transcription, type TranscriptionRequest } from '../ports/speech-to-text.client.js';
import { CircuitBreakerBoard } from '../../llm/index.js';
import { turnAbortedError } from '../../llm/index.js';
import { classifyFetchFailure, classifyStatus, SpeechToTextCallError } from './speech-to-text-failure.js';
import { SPEECH_TO_TEXT_SETTINGS, transcriptionsUrl, type SpeechToTextSettings } from './speech-to-text-settings.js';

/** Consecutive failed attempts after which calls fail fast. */
const BREAKER_THRESHOLD = 5;

/**
 * `transcribe_audio` against an OpenAI-compatible `POST /v1/audio/transcriptions` (whisper.cpp
 * server, faster-whisper-server, LocalAI, OpenAI): multipart `file` + `model`, JSON answer
 * `{ text }`. Each attempt is timed (and really cancelled), transient failures are retried,
 * and a breaker (`speech_to_text` in /api/health) fails fast through an outage.
 */
@Injectable()
export class OpenAiSpeechToTextClient extends SpeechToTextClient {
  private readonly logger = new Logger(OpenAiSpeechToTextClient.name);
  private readonly pipeline: IPolicy<IDefaultPolicyContext>;

  constructor(
    @Inject(SPEECH_TO_TEXT_SETTINGS) private readonly settings: SpeechToTextSettings,
    breakers: CircuitBreakerBoard,
    private readonly metrics: MetricsRecorder,
  ) {
    super();
    const retryPolicy = retry(
      handleWhen((error) => error instanceof SpeechToTextCallError && error.retryable),
      {
        maxAttempts: settings.maxRetries,
        backoff: new ExponentialBackoff({
          initialDelay: settings.retryBaseDelayMs,
          maxDelay: Math.max(settings.retryBaseDelayMs * 16, 1),
        }),
      },
    );
    const breaker = circuitBreaker(
      handleWhen((error) => error instanceof SpeechToTextCallError && error.countsAgainstBreaker),
      { halfOpenAfter: settings.breakerResetMs, breaker: new ConsecutiveBreaker(BREAKER_THRESHOLD) },
    );
    this.pipeline = wrap(retryPolicy, breaker, timeout(settings.timeoutMs, TimeoutStrategy.Cooperative));
    breakers.track('speech_to_text', breaker);
    retryPolicy.onRetry((event) =>
      this.logger.warn(
        `Retrying speech-to-text in ${Math.round(event.delay)} ms (attempt ${event.attempt}): ${'error' in event ? event.error.message : 'no answer'}`,
      ),
    );
    breaker.onBreak(() =>
      this.logger.error(`Speech-to-text circuit opened: failing fast for ${settings.breakerResetMs} ms`),
    );
  }

  async transcribe(request: TranscriptionRequest): Promise<Transcription> {
    const { baseUrl } = this.settings;
    if (!baseUrl) {
      throw new DependencyUnavailableError(
        'speech-to-text',
        'Speech-to-text is not configured: set STT_BASE_URL to an OpenAI-compatible transcription server.',
      );
    }
    const clientSignal = request.signal;
    if (clientSignal?.aborted) throw turnAbortedError(clientSignal);
    try {
      return await this.pipeline.execute(
        ({ signal }) => this.attempt(transcriptionsUrl(baseUrl), request, signal),
        clientSignal,
      );
    } catch (error) {
      if (clientSignal?.aborted) throw turnAbortedError(clientSignal);
      if (error instanceof SpeechToTextCallError && error.kind === 'recording_refused') {
        throw new ProblemException(
          HttpStatus.UNPROCESSABLE_ENTITY,
          `The voice message could not be transcribed: the speech-to-text service ${error.reason.replace(/^it /, '')}. Please record it again or type your message.`,
        );
      }
      if (error instanceof SpeechToTextCallError) throw unavailable(error.reason);
      if (isBrokenCircuitError(error))
        throw unavailable('it failed several times in a row, so calls are paused for a short while');
      throw error;
    }
  }

  private async attempt(
    url: string,
    request: TranscriptionRequest,
    attemptSignal: AbortSignal,
  ): Promise<Transcription> {
    const form = new FormData();
    form.append('file', new Blob([request.audio], { type: request.mimeType }), request.filename);
    form.append('model', this.settings.model);
    form.append('response_format', 'json');
    if (this.settings.language) form.append('language', this.settings.language);
    const headers: Record<string, string> = { accept: 'application/json' };
    if (this.settings.apiKey) headers.authorization = `Bearer ${this.settings.apiKey}`;

    const callEnded = this.metrics.startSttCall();
    try {
      const transcription = await this.post(url, form, headers, request, attemptSignal);
      callEnded?.();
      return transcription;
    } catch (error) {
      callEnded?.(error instanceof SpeechToTextCallError ? error.kind : 'unexpected');
      throw error;
    }
  }

  private async post(
    url: string,
    form: FormData,
    headers: Record<string, string>,
    request: TranscriptionRequest,
    attemptSignal: AbortSignal,
  ): Promise<Transcription> {
    let status: number;
    let body: string;
    try {
      const response = await fetch(url, { method: 'POST', body: form, headers, signal: attemptSignal });
      status = response.status;
      body = await response.text();
    } catch (error) {
      const clientAborted = request.signal?.aborted ?? false;
      throw classifyFetchFailure(error, {
        clientAborted,
        timedOut: attemptSignal.aborted && !clientAborted,
        timeoutMs: this.settings.timeoutMs,
      });
    }
    if (status < 200 || status >= 300) throw classifyStatus(status, body);
    return { text: transcriptOf(body) };
  }
}

function transcriptOf(body: string): string {
  let parsed: unknown;
  try {
    parsed = JSON.parse(body);
  } catch {
    throw new SpeechToTextCallError('malformed_answer', 'it answered with something other than JSON');
  }
  const text = (parsed as { text?: unknown } | null)?.text;
  if (typeof text !== 'string') throw new SpeechToTextCallError('malformed_answer', 'its answer had no transcript');
  return text;
}

function unavailable(reason: string): DependencyUnavailableError {
  return new DependencyUnavailableError(
    'speech-to-text',
    `The speech-to-text service is unavailable: ${reason}. Please try again shortly, or type your message.`,
  );
}
