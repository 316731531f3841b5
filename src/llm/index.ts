// The llm feature's public entry (see .dependency-cruiser.cjs): the inference capacity every
// model call goes through (hosts, slots, the fair queue, the call runner, the breakers and the
// host probes), shared by the orchestrator (chat and vision), patients (embeddings) and health.
export { LlmCapacityModule } from './llm-capacity.module.js';
export {
  LLM_CAPACITY_SETTINGS,
  providerDisplayName,
  type LlmCapacitySettings,
  type LlmProviderName,
} from './llm-capacity-settings.js';
export { LlmCallRunner, type LlmAttempt, type LlmCallPlan } from './llm-call-runner.js';
export { laneOf, patientLane, SYSTEM_LANE, type LlmCallContext } from './llm-call-context.js';
export { LlmHost, type LlmPurpose, type ProbedState } from './llm-host.js';
export { LlmHostPool } from './llm-host-pool.js';
export {
  LlmHostProber,
  modelMatches,
  type LlmHostProbe,
  type LlmHostStatus,
  type LlmProbeReport,
  type LlmStatus,
} from './llm-host-prober.js';
export { NoUsableHostError } from './no-usable-host.error.js';
export { CircuitBreakerBoard, type BreakerStatus } from './circuit-breaker-board.js';
export {
  classifyLlmFailure,
  httpStatusOf,
  LlmCallError,
  type AttemptCircumstances,
  type LlmFailureKind,
} from './llm-failure.js';
export { CapacityExceededError, type QueueUpdate, type TokenUsage } from './llm-call-types.js';
export { turnAbortedError } from './turn-aborted.js';
