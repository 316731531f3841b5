import {
  circuitBreaker,
  ConsecutiveBreaker,
  ExponentialBackoff,
  handleWhen,
  retry,
  timeout,
  TimeoutStrategy,
  wrap,
  type CircuitBreakerPolicy,
  type IDefaultPolicyContext,
  type IPolicy,
  type RetryPolicy,
} from 'cockatiel';
import type { OllamaSettings } from '../orchestrator-settings.js';
import { OllamaCallError } from './ollama-failure.js';

/** Consecutive failed attempts (not turns) after which calls fail fast. */
export const OLLAMA_BREAKER_THRESHOLD = 5;

export interface OllamaResilience {
  /** retry( breaker( timeout( attempt ) ) ): every attempt is timed and counted by the breaker. */
  pipeline: IPolicy<IDefaultPolicyContext>;
  retry: RetryPolicy;
  breaker: CircuitBreakerPolicy;
}

/**
 * Built once per process: the breaker must see every turn's attempts to notice an outage.
 * The timeout is cooperative: it aborts the attempt's signal, which the Ollama request listens
 * to, so a timed-out request is really closed rather than left running in the background.
 */
export function createOllamaResilience(settings: OllamaSettings): OllamaResilience {
  const retryPolicy = retry(
    handleWhen((error) => error instanceof OllamaCallError && error.retryable),
    {
      maxAttempts: settings.maxRetries,
      backoff: new ExponentialBackoff({
        initialDelay: settings.retryBaseDelayMs,
        maxDelay: Math.max(settings.retryBaseDelayMs * 16, 1),
      }),
    },
  );
  const breaker = circuitBreaker(
    handleWhen((error) => error instanceof OllamaCallError && error.countsAgainstBreaker),
    { halfOpenAfter: settings.breakerResetMs, breaker: new ConsecutiveBreaker(OLLAMA_BREAKER_THRESHOLD) },
  );
  const attemptTimeout = timeout(settings.timeoutMs, TimeoutStrategy.Cooperative);
  return { pipeline: wrap(retryPolicy, breaker, attemptTimeout), retry: retryPolicy, breaker };
}
