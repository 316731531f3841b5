import type { PatientRecordRetriever } from '../../src/patients/retrieval/patient-record-retriever.js';
import { FakeOllama } from '../support/fake-ollama.js';
import { startOrchestrator, type Orchestrator } from './orchestrator-harness.js';

export const REPLY = 'A mild cough often settles within a week; warm drinks and honey can soothe it.';

/**
 * One scripted fake Ollama for a describe block, and orchestrators wired to it that are closed
 * after each test. Registers the Jest hooks itself, so call it inside `describe`.
 */
export function orchestratorsOnFakeOllama(): {
  ollama: FakeOllama;
  start(
    env?: Record<string, string | undefined>,
    bound?: { retriever?: PatientRecordRetriever },
  ): Promise<Orchestrator>;
} {
  const ollama = new FakeOllama();
  const started: Orchestrator[] = [];

  beforeAll(() => ollama.start());
  afterAll(() => ollama.stop());
  beforeEach(() => ollama.reset());
  afterEach(async () => {
    for (const orchestrator of started.splice(0)) await orchestrator.close();
  });

  return {
    ollama,
    /** Fast retries keep the resilience tests quick. */
    async start(env = {}, bound = {}) {
      const orchestrator = await startOrchestrator(
        { OLLAMA_BASE_URL: ollama.url, OLLAMA_RETRY_BASE_DELAY_MS: '5', ...env },
        bound,
      );
      started.push(orchestrator);
      return orchestrator;
    },
  };
}

export const CHEST_PAIN = 'I have crushing chest pain and my left arm is numb';
