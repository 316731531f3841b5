import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { FakeOllama, type FakeOllamaOptions } from '../support/fake-ollama.js';
import type { DatabaseTarget } from '../../src/database/index.js';
import { startTestApp, type TestApp } from '../support/test-app.js';
import { chatEnv, ChatClient, closedPortUrl } from './chat-client.js';

type Env = Record<string, string | undefined>;

/** A scripted server the app calls beside Ollama (e.g. `FakeSpeechToText`). */
export interface CompanionFake {
  start(): Promise<void>;
  stop(): Promise<void>;
  reset(): void;
}

export interface ChatAppSettings {
  /** The fake Ollama's configuration (a token delay, a default reply), kept across `reset()`. */
  ollama?: FakeOllamaOptions;
  /**
   * Where OLLAMA_BASE_URL points: the scripted fake (the default); a port where nothing listens, Ollama down
   * ('unreachable'); or nowhere, no language model configured ('unconfigured'). The fake is started only for 'fake'.
   */
  model?: 'fake' | 'unreachable' | 'unconfigured';
  /**
   * Environment beside `chatEnv`'s, e.g. `{ ADMIN_API_KEY }`; a function is called in `beforeAll`, once the fakes
   * listen, for values known only then (a companion's URL, a closed port).
   */
  env?: Env | (() => Env | Promise<Env>);
  /** Started before the app and stopped after it, like the fake Ollama. */
  companions?: CompanionFake[];
  /** An UPLOAD_DIR of the block's own, in the system's temporary directory, removed after the block. */
  privateUploadDir?: boolean;
  /** Put the fakes (Ollama and the companions) back to their configuration before each test, so no test sees another's script. */
  resetFakesBeforeEach?: boolean;
}

export interface ChatApp {
  readonly ollama: FakeOllama;
  /** Signs in and speaks HTTP to the app; usable inside hooks and tests, once the app has started. */
  readonly client: ChatClient;
  /**
   * Stops the app the way a stopped process leaves it to the next one: the app closes, its database stays, and a
   * second instance starts on the same data, with the block's environment and `env` over it. What an instance does
   * at start-up with what an earlier one left (e.g. turns left pending) is tested this way. The database is removed
   * after the block, with the rest.
   */
  restartOnSameData(env?: Env): Promise<void>;
}

/**
 * The lifecycle the chat e2e files share, registered in the calling `describe`: a scripted fake Ollama (and any
 * companion fakes) started, the whole app started against them on a real port (`chatEnv`), and all stopped after the
 * block. The client reaches the app through `client.app` once `beforeAll` has run.
 */
export function useChatApp(settings: ChatAppSettings = {}): ChatApp {
  const ollama = new FakeOllama(settings.ollama);
  const model = settings.model ?? 'fake';
  const fakes: CompanionFake[] = [...(model === 'fake' ? [ollama] : []), ...(settings.companions ?? [])];
  let app: TestApp | undefined;
  let appEnv: Env = {};
  let uploadDir: string | undefined;
  /** Databases of instances stopped by `restartOnSameData`, in use by the running one until the block ends. */
  const keptDatabases: DatabaseTarget[] = [];
  const running = (): TestApp => {
    if (app === undefined) throw new Error('the chat app is used before its beforeAll started it');
    return app;
  };
  const client = new ChatClient(running);
  beforeAll(async () => {
    await Promise.all(fakes.map((fake) => fake.start()));
    if (settings.privateUploadDir === true) uploadDir = await mkdtemp(path.join(tmpdir(), 'medchat-chat-uploads-'));
    const env = typeof settings.env === 'function' ? await settings.env() : settings.env;
    appEnv = chatEnv(await ollamaUrl(), { ...(uploadDir === undefined ? {} : { UPLOAD_DIR: uploadDir }), ...env });
    app = await startTestApp(appEnv);
  });
  afterAll(async () => {
    await app?.close();
    await Promise.all(keptDatabases.map((database) => database.embedded?.dispose()));
    await Promise.all(fakes.map((fake) => fake.stop()));
    if (uploadDir !== undefined) await rm(uploadDir, { recursive: true, force: true });
  });
  if (settings.resetFakesBeforeEach === true) beforeEach(() => fakes.forEach((fake) => fake.reset()));
  return { ollama, client, restartOnSameData };

  async function restartOnSameData(env: Env = {}): Promise<void> {
    const stopped = running();
    app = undefined;
    keptDatabases.push(stopped.medchat.database);
    await stopped.medchat.app.close();
    app = await startTestApp({ ...appEnv, MONGODB_URI: stopped.medchat.database.uri, ...env });
  }

  async function ollamaUrl(): Promise<string | undefined> {
    if (model === 'unreachable') return closedPortUrl();
    return model === 'fake' ? ollama.url : undefined;
  }
}
