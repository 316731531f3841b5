// The orchestrator feature's public entry (see .dependency-cruiser.cjs): the module and the chat
// turn's contract (input, hooks, result, metadata and the errors the chat module maps to 503).
export { OrchestratorModule } from './orchestrator.module.js';
export * from './chat-turn.js';
