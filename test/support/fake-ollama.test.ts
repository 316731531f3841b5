import { HumanMessage, SystemMessage } from '@langchain/core/messages';
import { OllamaEmbeddings } from '@langchain/ollama';
import { chatOllamaOnFake, REPLY } from './chat-ollama-on-fake.js';
import { tokenize } from './fakes/model-output.js';

/**
 * Proves the fake Ollama speaks the wire format the real clients expect: every test goes
 * through `@langchain/ollama` (and thus the `ollama` package) over real HTTP.
 */

const cosine = (a: number[], b: number[]): number => a.reduce((sum, value, i) => sum + value * b[i], 0);

describe('FakeOllama with @langchain/ollama', () => {
  const { ollama, chat } = chatOllamaOnFake();

  it('answers invoke with the scripted reply and records system + human messages', async () => {
    ollama.reply(REPLY);

    const answer = await chat().invoke([
      new SystemMessage('You are a careful medical assistant.'),
      new HumanMessage('I have had a headache for three days.'),
    ]);

    expect(answer.content).toBe(REPLY);
    expect(answer.response_metadata).toMatchObject({ done: true, done_reason: 'stop', model: 'medgemma1.5' });
    expect(answer.usage_metadata).toMatchObject({ output_tokens: tokenize(REPLY).length });
    const [request] = ollama.chatRequests();
    // ChatOllama always streams, even for invoke.
    expect(request).toMatchObject({
      model: 'medgemma1.5',
      stream: true,
      options: { temperature: 0.3 },
      messages: [
        { role: 'system', content: 'You are a careful medical assistant.' },
        { role: 'user', content: 'I have had a headache for three days.' },
      ],
    });
    expect(ollama.requests[0]).toMatchObject({ method: 'POST', path: '/api/chat' });
  });

  it('streams the reply word by word, in order', async () => {
    ollama.reply(REPLY);

    const pieces: string[] = [];
    for await (const chunk of await chat().stream('Should I worry?')) pieces.push(chunk.content as string);

    // Trailing empty chunks: Ollama's `done` line, then LangChain's own usage-metadata chunk.
    expect(pieces.filter((piece) => piece !== '')).toEqual(tokenize(REPLY));
    expect(pieces.join('')).toBe(REPLY);
  });

  it('uses function replies and serves queued replies before the default', async () => {
    ollama.setDefaultReply('default').reply((request) => `echo: ${request.messages.at(-1)?.content}`);

    await expect(chat().invoke('ping')).resolves.toMatchObject({ content: 'echo: ping' });
    await expect(chat().invoke('again')).resolves.toMatchObject({ content: 'default' });
  });

  it('keeps concurrent calls apart under random latency', async () => {
    ollama.latency(5, 40).setDefaultReply((request) => `answer to ${request.messages[0].content}`);

    const questions = ['q1', 'q2', 'q3', 'q4', 'q5', 'q6'];
    const answers = await Promise.all(questions.map((q) => chat().invoke(q)));

    expect(answers.map((answer) => answer.content)).toEqual(questions.map((q) => `answer to ${q}`));
  });

  it('supports structured output with a JSON schema (withStructuredOutput)', async () => {
    const schema = {
      title: 'triage',
      type: 'object',
      properties: {
        urgency: { type: 'string', enum: ['routine', 'urgent', 'emergency'] },
        redFlags: { type: 'array', items: { type: 'string' } },
      },
      required: ['urgency', 'redFlags'],
    };
    ollama.reply('{"urgency":"urgent","redFlags":["fever"]}', 'not json at all');
    const triage = chat().withStructuredOutput(schema);

    await expect(triage.invoke('Headache and fever')).resolves.toEqual({ urgency: 'urgent', redFlags: ['fever'] });
    // A non-JSON script still yields something schema-shaped, like a constrained model would.
    await expect(triage.invoke('Headache')).resolves.toEqual({ urgency: 'routine', redFlags: [] });
    expect(ollama.chatRequests()[0].format).toMatchObject({ type: 'object', properties: schema.properties });
  });

  it('answers `format: "json"` with JSON', async () => {
    const answer = await chat().invoke('Give me JSON', { format: 'json' });

    expect(ollama.chatRequests()[0].format).toBe('json');
    expect(JSON.parse(answer.content as string)).toEqual({});
  });

  it('receives images as base64 in a separate user message', async () => {
    const png = Buffer.from('fake png bytes').toString('base64');

    await chat().invoke([
      new HumanMessage({
        content: [
          { type: 'text', text: 'What is this rash?' },
          { type: 'image_url', image_url: `data:image/png;base64,${png}` },
        ],
      }),
    ]);

    expect(ollama.chatRequests()[0].messages).toEqual([
      { role: 'user', content: 'What is this rash?' },
      { role: 'user', content: '', images: [png] },
    ]);
  });

  it('returns deterministic, normalised embeddings where similar texts are closer', async () => {
    ollama.setModels(['medgemma1.5:latest', 'nomic-embed-text:latest']);
    const embeddings = new OllamaEmbeddings({ baseUrl: ollama.url, model: 'nomic-embed-text' });

    const [headache, headacheAgain, knee] = await embeddings.embedDocuments([
      'severe headache with fever',
      'fever and a severe headache',
      'knee pain after running',
    ]);
    const query = await embeddings.embedQuery('severe headache with fever');

    expect(headache).toHaveLength(768);
    expect(cosine(headache, headache)).toBeCloseTo(1, 6);
    expect(query).toEqual(headache);
    expect(cosine(headache, headacheAgain)).toBeGreaterThan(cosine(headache, knee));
    expect(ollama.embedRequests()[0]).toMatchObject({ model: 'nomic-embed-text', input: expect.any(Array) });

    const small = new OllamaEmbeddings({ baseUrl: ollama.url, model: 'nomic-embed-text', dimensions: 64 });
    await expect(small.embedQuery('cough')).resolves.toHaveLength(64);
  });

  it('lists its models on /api/tags, matching names without a tag', async () => {
    // checkOrPullModel makes ChatOllama list the models first and pull only if missing.
    await chat({ checkOrPullModel: true }).invoke('hi');

    // (ChatOllama 1.3 lists twice per invoke: _generate and _streamResponseChunks both check.)
    const calls = ollama.requests.map((request) => `${request.method} ${request.path}`);
    expect(calls).toContain('GET /api/tags');
    expect(calls).not.toContain('POST /api/pull');
    expect(calls.at(-1)).toBe('POST /api/chat');
    const tags = (await (await fetch(`${ollama.url}/api/tags`)).json()) as { models: Array<{ name: string }> };
    expect(tags.models.map((model) => model.name)).toEqual(['medgemma1.5:latest']);
  });

  it('rejects unknown models with 404 like Ollama', async () => {
    await expect(chat({ model: 'llama3' }).invoke('hi')).rejects.toMatchObject({
      status_code: 404,
      message: 'model "llama3" not found, try pulling it first',
    });
  });

  it('surfaces a 500 as an error, for the next call only', async () => {
    ollama.failWith(500, 1, { message: 'CUDA out of memory' }).reply(REPLY);

    await expect(chat().invoke('hi')).rejects.toMatchObject({ status_code: 500, message: 'CUDA out of memory' });
    // The failed call did not consume the scripted reply.
    await expect(chat().invoke('hi')).resolves.toMatchObject({ content: REPLY });
  });

  it('makes the stream throw when the connection is reset mid-stream', async () => {
    ollama.resetMidStream(3, 1).reply(REPLY);

    const pieces: string[] = [];
    const consume = async (): Promise<void> => {
      for await (const chunk of await chat().stream('hi')) pieces.push(chunk.content as string);
    };

    await expect(consume()).rejects.toThrow();
    expect(pieces).toEqual(tokenize(REPLY).slice(0, 3));
    // The cut reply goes back to the front of the queue for the retry.
    await expect(chat().invoke('hi')).resolves.toMatchObject({ content: REPLY });
    expect(ollama.aborted).toBe(0);
  });

  it('makes the stream throw on an error line mid-stream', async () => {
    ollama.failMidStream(2, 'llama runner process has terminated', 1);

    await expect(chat().invoke('hi')).rejects.toThrow('llama runner process has terminated');
  });

  describe('raw HTTP shapes', () => {
    it('serves /api/version, non-streaming /api/chat and /api/generate like Ollama', async () => {
      const post = async (path: string, body: unknown): Promise<Record<string, unknown>> =>
        (await (await fetch(`${ollama.url}${path}`, { method: 'POST', body: JSON.stringify(body) })).json()) as Record<
          string,
          unknown
        >;
      ollama.reply('Rest and fluids.', 'Generated.');

      await expect((await fetch(`${ollama.url}/api/version`)).json()).resolves.toEqual({ version: expect.any(String) });
      const chatAnswer = await post('/api/chat', {
        model: 'medgemma1.5',
        stream: false,
        messages: [{ role: 'user', content: 'Cold?' }],
      });
      expect(chatAnswer).toEqual({
        model: 'medgemma1.5',
        created_at: expect.any(String),
        message: { role: 'assistant', content: 'Rest and fluids.' },
        done: true,
        done_reason: 'stop',
        total_duration: expect.any(Number),
        load_duration: expect.any(Number),
        prompt_eval_count: 1,
        prompt_eval_duration: expect.any(Number),
        eval_count: 3,
        eval_duration: expect.any(Number),
      });
      const generated = await post('/api/generate', { model: 'medgemma1.5', prompt: 'Say it', stream: false });
      expect(generated).toMatchObject({ response: 'Generated.', done: true, context: expect.any(Array) });
      await expect(post('/api/show', { model: 'medgemma1.5' })).resolves.toMatchObject({
        details: { format: 'gguf' },
      });
    });
  });
});
