import { Module } from '@nestjs/common';
import { AppConfig } from '../config/app-config.js';
import { AgentGraphChatTurnRunner } from './agent-graph-chat-turn-runner.js';
import { ChatTurnRunner } from './chat-turn.js';
import { AnswerGenerator } from './llm/answer-generator.js';
import { OllamaAnswerGenerator } from './llm/ollama-answer-generator.js';
import { OllamaImageAnalyzer } from './llm/ollama-image-analyzer.js';
import { ORCHESTRATOR_SETTINGS, orchestratorSettingsFrom } from './orchestrator-settings.js';
import { ImageAnalyzer } from './ports/image-analyzer.js';
import { SpeechToTextClient } from './ports/speech-to-text.client.js';
import { CircuitBreakerBoard } from './resilience/circuit-breaker-board.js';
import { OpenAiSpeechToTextClient } from './stt/openai-speech-to-text.client.js';
import { SPEECH_TO_TEXT_SETTINGS, speechToTextSettingsFrom } from './stt/speech-to-text-settings.js';

/**
 * The agent graph behind `ChatTurnRunner`. The only module that knows LangChain exists.
 * It binds its own model clients: the vision model (ImageAnalyzer, on Ollama) and speech-to-text
 * (an OpenAI-compatible server). PatientRecordRetriever comes from the patients module; the
 * graph degrades as documented in buildAgentGraph when it is absent.
 */
@Module({
  providers: [
    { provide: ORCHESTRATOR_SETTINGS, useFactory: orchestratorSettingsFrom, inject: [AppConfig] },
    CircuitBreakerBoard,
    { provide: AnswerGenerator, useClass: OllamaAnswerGenerator },
    { provide: ImageAnalyzer, useClass: OllamaImageAnalyzer },
    { provide: SPEECH_TO_TEXT_SETTINGS, useFactory: speechToTextSettingsFrom, inject: [AppConfig] },
    { provide: SpeechToTextClient, useClass: OpenAiSpeechToTextClient },
    { provide: ChatTurnRunner, useClass: AgentGraphChatTurnRunner },
  ],
  exports: [ChatTurnRunner],
})
export class OrchestratorModule {}
