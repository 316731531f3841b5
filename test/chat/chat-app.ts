import { FakeOllama, type FakeOllamaOptions } from '../support/fake-ollama.js';
import { startTestApp, type TestApp } from '../support/test-app.js';
import { chatEnv, ChatClient } from './chat-client.js';

export interface ChatAppSettings {
  /** The fake Ollama's configuration (a token delay, a default reply), kept across `reset()`. */
  ollama?: FakeOllamaOptions;
  /** Environment beside `chatEnv`'s, e.g. `{ ADMIN_API_KEY }`. */
  env?: Record<string, string | undefined>;
  /** Put the fake Ollama back to its configuration before each test, so no test sees another's script. */
  resetOllamaBeforeEach?: boolean;
}

export interface ChatApp {
  readonly ollama: FakeOllama;
  /** Signs in and speaks HTTP to the app; usable inside hooks and tests, once the app has started. */
  readonly client: ChatClient;
}

/**
 * The lifecycle most chat e2e files share, registered in the calling `describe`: a scripted fake Ollama started, the
 * whole app started against it on a real port (`chatEnv`), and both stopped after the block. The client reaches the
 * app through `client.app` once `beforeAll` has run.
 */
export function useChatApp(settings: ChatAppSettings = {}): ChatApp {
  const ollama = new FakeOllama(settings.ollama);
  let app: TestApp | undefined;
  const client = new ChatClient(() => {
    if (app === undefined) throw new Error('the chat app is used before its beforeAll started it');
    return app;
  });
  beforeAll(async () => {
    await ollama.start();
    app = await startTestApp(chatEnv(ollama.url, settings.env));
  });
  afterAll(async () => {
    await app?.close();
    await ollama.stop();
  });
  if (settings.resetOllamaBeforeEach === true) beforeEach(() => ollama.reset());
  return { ollama, client };
}
