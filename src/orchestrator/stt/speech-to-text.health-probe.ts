import { Inject, Injectable } from '@nestjs/common';
import { ComponentHealthRegistry, type ComponentHealth } from '../../health/index.js';
import { CircuitBreakerBoard } from '../../llm/index.js';
import { modelsUrl, SPEECH_TO_TEXT_SETTINGS, type SpeechToTextSettings } from './speech-to-text-settings.js';

/**
 * `/api/health/stt`. The transcription route only takes a real recording, so the probe asks
 * for `GET /v1/models` instead: any HTTP answer below 500 shows the server is there (whisper.cpp
 * has no such route and answers 404, which still counts), except a refused API key, which would
 * refuse every transcription too. An open breaker is down whatever the probe finds: voice
 * messages fail fast until its trial call succeeds.
 */
@Injectable()
export class SpeechToTextHealthProbe {
  constructor(
    registry: ComponentHealthRegistry,
    @Inject(SPEECH_TO_TEXT_SETTINGS) private readonly settings: SpeechToTextSettings,
    private readonly breakers: CircuitBreakerBoard,
  ) {
    registry.register('stt', () => this.probe());
  }

  private async probe(): Promise<ComponentHealth> {
    const { baseUrl, model, apiKey, healthTimeoutMs } = this.settings;
    if (!baseUrl) return { status: 'down', reason: 'Speech-to-text is not configured (STT_BASE_URL).', base_url: null };
    const breaker = this.breakers.snapshot().speech_to_text ?? 'closed';
    const facts = { base_url: baseUrl, model, breaker };
    const started = performance.now();
    let httpStatus: number;
    try {
      const response = await fetch(modelsUrl(baseUrl), {
        headers: apiKey ? { authorization: `Bearer ${apiKey}` } : {},
        signal: AbortSignal.timeout(healthTimeoutMs),
      });
      httpStatus = response.status;
      await response.body?.cancel();
    } catch (error) {
      const why =
        (error as Error).name === 'TimeoutError'
          ? `no answer within ${healthTimeoutMs} ms`
          : 'the server is unreachable';
      return { status: 'down', reason: `Speech-to-text did not answer: ${why}.`, ...facts };
    }
    const latency_ms = Math.round(performance.now() - started);
    if (httpStatus >= 500)
      return { status: 'down', reason: `Speech-to-text answered HTTP ${httpStatus}.`, ...facts, latency_ms };
    if (httpStatus === 401 || httpStatus === 403)
      return { status: 'down', reason: 'Speech-to-text refused the API key (STT_API_KEY).', ...facts, latency_ms };
    if (breaker === 'open')
      return {
        status: 'down',
        reason: 'Recent transcriptions failed; calls are paused until a trial call succeeds.',
        ...facts,
        latency_ms,
      };
    return { status: 'up', ...facts, latency_ms };
  }
}
