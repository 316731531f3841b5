import { ChatClient, readEvents } from '../chat/chat-client.js';
import { FakeOpenAi } from '../support/fake-openai.js';
import { startTestApp, type TestApp } from '../support/test-app.js';
import { capacityEnv, health, signInPatients, taggedQuestion } from './capacity-kit.js';

const MODEL = 'google/medgemma-4b-it';
const ANSWER = 'Drink water regularly through the day; pale yellow urine is a good sign.';

/**
 * LLM_PROVIDER=openai: the same graph through ChatOpenAI against an OpenAI-compatible server
 * (the fake plays vLLM): streaming, slots and busy waits, health through GET /v1/models.
 */
describe('LLM_PROVIDER=openai against an OpenAI-compatible server', () => {
  // Two real slots, no queue: the app's four slots per host meet 429s, which are waited out.
  const server = new FakeOpenAi({ parallel: 2, maxQueue: 0, models: [MODEL], defaultReply: ANSWER });
  let app: TestApp;
  let client: ChatClient;

  beforeAll(async () => {
    await server.start();
    app = await startTestApp(
      capacityEnv(undefined, {
        LLM_PROVIDER: 'openai',
        OPENAI_BASE_URL: `${server.url}/v1`,
        OPENAI_API_KEY: 'sk-test-key',
        OPENAI_MODEL: MODEL,
        LLM_SLOTS_PER_HOST: '4',
        OLLAMA_BREAKER_RESET_MS: '600000',
      }),
    );
    client = new ChatClient(app);
  });
  afterAll(async () => {
    await app?.close();
    await server.stop();
  });

  it('streams the answer as SSE tokens with the model named in the metadata, asking for the usage chunk', async () => {
    const [patient] = await signInPatients(client, 1);

    const { events } = await readEvents(
      await client.openStream(patient, { message: 'How much water should I drink?' }),
    );

    const tokens = events.filter((event) => event.event === 'token').map((event) => event.data.delta);
    expect(tokens.join('')).toBe(ANSWER);
    const done = events.at(-1)!;
    expect(done.event).toBe('done');
    expect(done.data.metadata.model).toBe(MODEL);
    expect(done.data).not.toHaveProperty('usage');
    const request = server.chatRequests.at(-1)!;
    expect(request).toMatchObject({ model: MODEL, stream: true, stream_options: { include_usage: true } });
    expect(server.authorizations.at(-1)).toBe('Bearer sk-test-key');
  });

  it('answers everyone when the server refuses beyond its two slots, with the breaker closed', async () => {
    const patients = await signInPatients(client, 16);
    // The server's 2 slots hold their answers until it has refused a third call (429), so the
    // refusals come from the app sending beyond the real slots, not from a latency outlasting
    // how spread out the turns reached the app.
    server.holdAnswers();

    const answering = Promise.all(
      patients.map((patient, index) => client.send(patient, { message: taggedQuestion(`o${index}`) })),
    );
    await server.waitFor(() => server.capacity.refused > 0);
    server.releaseAnswers();
    const answers = await answering;

    expect(answers.map((answer) => answer.status)).toEqual(patients.map(() => 200));
    expect(answers.every((answer) => answer.body.response.startsWith(ANSWER))).toBe(true);
    expect(server.capacity.peakActive).toBeLessThanOrEqual(2);
    expect(server.capacity.refused).toBeGreaterThan(0);
    const report = await health(client);
    expect(report.details.circuit_breakers.openai).toBe('closed');
    expect(report).toMatchObject({ status: 'healthy', ollama_status: 'healthy' });
    expect(report.details.ollama).toMatchObject({
      provider: 'openai',
      model: MODEL,
      hosts: [{ base_url: `${server.url}/v1`, status: 'healthy' }],
    });
  }, 120_000);

  it('reports the model missing when the server does not serve it', async () => {
    server.setModels(['another-model']);
    const report = await health(client);
    server.setModels([MODEL]);
    expect(report).toMatchObject({ status: 'degraded', ollama_status: 'model_missing' });
  });
});
