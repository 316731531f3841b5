import { Module } from '@nestjs/common';
import { AppConfig } from '../config/app-config.js';
import { HealthModule } from '../health/index.js';
import { MetricsModule } from '../metrics/index.js';
import { KnowledgeModule } from '../knowledge/index.js';
import { PatientsModule } from '../patients/index.js';
import { AgentGraphChatTurnRunner } from './agent-graph-chat-turn-runner.js';
import { ChatTurnRunner } from './chat-turn.js';
import { AnswerGenerator } from './llm/answer-generator.js';
import { LlmCapacityModule } from '../llm/index.js';
import { LlmAnswerGenerator } from './llm/llm-answer-generator.js';
import { LlmImageAnalyzer } from './llm/llm-image-analyzer.js';
import { ChatModelFactory } from './llm/providers/chat-model-factory.js';
import { OllamaChatModelFactory } from './llm/providers/ollama-chat-model-factory.js';
import { ORCHESTRATOR_SETTINGS, orchestratorSettingsFrom, type OrchestratorSettings } from './orchestrator-settings.js';
import { ImageAnalyzer } from './ports/image-analyzer.js';
import { SpeechToTextClient } from './ports/speech-to-text.client.js';
import { OpenAiSpeechToTextClient } from './stt/openai-speech-to-text.client.js';
import { SPEECH_TO_TEXT_SETTINGS, speechToTextSettingsFrom } from './stt/speech-to-text-settings.js';
import { SpeechToTextHealthProbe } from './stt/speech-to-text.health-probe.js';

/**
 * The agent graph behind `ChatTurnRunner`. The only module that knows LangChain exists.
 * It binds its own model clients: the chat and vision models (on Ollama, or an OpenAI-compatible
 * server when LLM_PROVIDER=openai, both through the shared LLM capacity) and speech-to-text
 * (an OpenAI-compatible server). PatientRecordRetriever comes from the patients module.
 */
@Module({
  imports: [LlmCapacityModule, MetricsModule, HealthModule, PatientsModule, KnowledgeModule],
  providers: [
    { provide: ORCHESTRATOR_SETTINGS, useFactory: orchestratorSettingsFrom, inject: [AppConfig] },
    {
      provide: ChatModelFactory,
      inject: [AppConfig, ORCHESTRATOR_SETTINGS, OllamaChatModelFactory],
      // ChatOpenAI and the openai SDK (about 230 modules, 0.2 s of CPU) load only when they are the
      // provider: at start-up, before the app listens, never on an Ollama deployment.
      useFactory: async (config: AppConfig, settings: OrchestratorSettings, ollama: ChatModelFactory) => {
        if (config.env.LLM_PROVIDER !== 'openai') return ollama;
        const { OpenAiChatModelFactory } = await import('./llm/providers/openai-chat-model-factory.js');
        return new OpenAiChatModelFactory(settings, config);
      },
    },
    OllamaChatModelFactory,
    { provide: AnswerGenerator, useClass: LlmAnswerGenerator },
    { provide: ImageAnalyzer, useClass: LlmImageAnalyzer },
    { provide: SPEECH_TO_TEXT_SETTINGS, useFactory: speechToTextSettingsFrom, inject: [AppConfig] },
    { provide: SpeechToTextClient, useClass: OpenAiSpeechToTextClient },
    SpeechToTextHealthProbe,
    { provide: ChatTurnRunner, useClass: AgentGraphChatTurnRunner },
  ],
  exports: [ChatTurnRunner],
})
export class OrchestratorModule {}
