import { ChatOllama } from '@langchain/ollama';
import { FakeOllama } from './fake-ollama.js';

export const REPLY = 'Headaches lasting three days deserve a visit to your GP, especially with fever.';

type ChatOllamaFields = Partial<ConstructorParameters<typeof ChatOllama>[0] & object>;

/**
 * A FakeOllama for a describe block (started, reset before each test, stopped) and real
 * ChatOllama clients pointed at it. Registers the Jest hooks itself, so call it inside `describe`.
 */
export function chatOllamaOnFake(): { ollama: FakeOllama; chat(fields?: ChatOllamaFields): ChatOllama } {
  const ollama = new FakeOllama();
  beforeAll(() => ollama.start());
  afterAll(() => ollama.stop());
  beforeEach(() => ollama.reset());
  return {
    ollama,
    chat: (fields = {}) => new ChatOllama({ baseUrl: ollama.url, model: 'medgemma1.5', temperature: 0.3, ...fields }),
  };
}
