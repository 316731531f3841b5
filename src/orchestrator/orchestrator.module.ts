import { Module } from '@nestjs/common';
import { AppConfig } from '../config/app-config.js';
import { AgentGraphChatTurnRunner } from './agent-graph-chat-turn-runner.js';
import { ChatTurnRunner } from './chat-turn.js';
import { AnswerGenerator } from './llm/answer-generator.js';
import { OllamaAnswerGenerator } from './llm/ollama-answer-generator.js';
import { ORCHESTRATOR_SETTINGS, orchestratorSettingsFrom } from './orchestrator-settings.js';
import { CircuitBreakerBoard } from './resilience/circuit-breaker-board.js';

/**
 * The agent graph behind `ChatTurnRunner`. The only module that knows LangChain exists.
 * SpeechToTextClient, ImageAnalyzer and PatientRecordRetriever are optional: the modules that
 * implement them bind them here when they land; until then the graph degrades as documented
 * in buildAgentGraph.
 */
@Module({
  providers: [
    { provide: ORCHESTRATOR_SETTINGS, useFactory: orchestratorSettingsFrom, inject: [AppConfig] },
    CircuitBreakerBoard,
    { provide: AnswerGenerator, useClass: OllamaAnswerGenerator },
    { provide: ChatTurnRunner, useClass: AgentGraphChatTurnRunner },
  ],
  exports: [ChatTurnRunner],
})
export class OrchestratorModule {}
