import { Injectable } from '@nestjs/common';
import { CircuitState, type CircuitBreakerPolicy } from 'cockatiel';
import { MetricsRecorder } from '../metrics/index.js';

export type BreakerStatus = 'closed' | 'open' | 'half-open';

const STATUS: Record<CircuitState, BreakerStatus> = {
  [CircuitState.Closed]: 'closed',
  [CircuitState.Open]: 'open',
  [CircuitState.HalfOpen]: 'half-open',
  // Isolation is a manual, indefinite open.
  [CircuitState.Isolated]: 'open',
};

/**
 * Every circuit breaker of the orchestrator (each LLM host's chat and vision breakers,
 * speech-to-text), read by the health module as the `circuit_breakers` entry of `/api/health`
 * details, e.g. `{ "ollama": "closed" }`, and published as the `medchat_circuit_breaker_state` metric.
 */
@Injectable()
export class CircuitBreakerBoard {
  private readonly breakers = new Map<string, CircuitBreakerPolicy>();

  constructor(metrics: MetricsRecorder) {
    metrics.watchCircuitBreakers(() => this.snapshot());
  }

  track(name: string, breaker: CircuitBreakerPolicy): void {
    this.breakers.set(name, breaker);
  }

  /**
   * cockatiel moves an open breaker to half-open lazily, on the first call after the reset
   * delay, so "open" here can mean "will let the next call through as a trial".
   */
  snapshot(): Record<string, BreakerStatus> {
    return Object.fromEntries([...this.breakers].map(([name, breaker]) => [name, STATUS[breaker.state]]));
  }
}
