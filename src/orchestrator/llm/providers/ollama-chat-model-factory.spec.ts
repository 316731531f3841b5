import { describe, expect, it } from '@jest/globals';
import type { AppConfig } from '../../../config/app-config.js';
import { LlmHost } from '../../../llm/index.js';
import type { OrchestratorSettings } from '../../orchestrator-settings.js';
import type { ChatModelFactory } from './chat-model-factory.js';
import { OllamaChatModelFactory } from './ollama-chat-model-factory.js';
import { WholeReplyChatOllama } from './whole-reply-chat-ollama.js';

const SETTINGS = {
  ollama: { model: 'medgemma1.5', numPredict: 512, keepAlive: '5m', temperature: 0.3 },
} as OrchestratorSettings;
const CONFIG = { env: { OLLAMA_VISION_MODEL: 'medgemma-vision' } } as unknown as AppConfig;

describe('OllamaChatModelFactory', () => {
  const factory: ChatModelFactory = new OllamaChatModelFactory(SETTINGS, CONFIG);
  const first = new LlmHost('http://ollama-1:11434', 2, 1000);
  const second = new LlmHost('http://ollama-2:11434', 2, 1000);
  const chat = { vision: false, temperature: 0.3 };
  const signal = new AbortController().signal;

  it('shares one whole-reply model per host, model and temperature', () => {
    const shared = factory.wholeReplyModel(first, chat, signal);

    expect(shared).toBeInstanceOf(WholeReplyChatOllama);
    expect(factory.wholeReplyModel(first, { ...chat }, new AbortController().signal)).toBe(shared);
    expect(factory.wholeReplyModel(second, chat, signal)).not.toBe(shared);
    expect(factory.wholeReplyModel(first, { ...chat, temperature: 0.1 }, signal)).not.toBe(shared);
    const vision = factory.wholeReplyModel(first, { ...chat, vision: true }, signal) as WholeReplyChatOllama;
    expect(vision).not.toBe(shared);
    expect(vision.model).toBe('medgemma-vision');
    expect((shared as WholeReplyChatOllama).baseUrl).toBe('http://ollama-1:11434');
  });

  it('makes a model of its own for every streamed call', () => {
    expect(factory.create(first, chat, signal)).not.toBe(factory.create(first, chat, signal));
    expect(factory.create(first, chat, signal)).not.toBe(factory.wholeReplyModel(first, chat, signal));
  });
});
