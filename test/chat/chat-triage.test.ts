import { FakeOllama } from '../support/fake-ollama.js';
import { startTestApp, type TestApp } from '../support/test-app.js';
import { chatEnv, ChatClient, closedPortUrl } from './chat-client.js';

const EMERGENCY = 'I have crushing chest pain spreading to my left arm and I cannot breathe.';

/** An emergency is answered at once with fixed guidance and flagged, whatever the model's state. */
async function expectEmergencyAnswer(client: ChatClient): Promise<void> {
  const patient = await client.login();

  const answer = await client.send(patient, { message: EMERGENCY });

  expect(answer.status).toBe(200);
  expect(answer.body.metadata).toMatchObject({
    emergency_detected: true,
    emergency_symptoms: expect.arrayContaining([expect.any(String)]),
  });
  expect(answer.body.metadata.emergency_symptoms.length).toBeGreaterThan(0);
  expect(answer.body.response).toMatch(/911|emergency/i);
  const history = await client.history(patient);
  expect(history.body.messages).toEqual([
    expect.objectContaining({ role: 'user', content: EMERGENCY }),
    expect.objectContaining({
      role: 'assistant',
      content: answer.body.response,
      metadata: expect.objectContaining({ status: 'completed', emergency_detected: true }),
    }),
  ]);
}

describe('emergency triage over HTTP', () => {
  describe('with Ollama up', () => {
    const ollama = new FakeOllama();
    let app: TestApp;

    beforeAll(async () => {
      await ollama.start();
      app = await startTestApp(chatEnv(ollama.url));
    });
    afterAll(async () => {
      await app?.close();
      await ollama.stop();
    });

    it('answers with emergency guidance and makes no call to the model', async () => {
      await expectEmergencyAnswer(new ChatClient(app));

      expect(ollama.chatRequests()).toHaveLength(0);
      expect(ollama.requests.filter((r) => r.path === '/api/generate')).toHaveLength(0);
    });
  });

  describe('with Ollama down', () => {
    let app: TestApp;

    beforeAll(async () => {
      app = await startTestApp(chatEnv(await closedPortUrl()));
    });
    afterAll(() => app?.close());

    it('still answers the emergency', () => expectEmergencyAnswer(new ChatClient(app)));
  });

  describe('with no language model configured', () => {
    let app: TestApp;

    beforeAll(async () => {
      app = await startTestApp(chatEnv(undefined));
    });
    afterAll(() => app?.close());

    it('still answers the emergency', () => expectEmergencyAnswer(new ChatClient(app)));
  });
});
