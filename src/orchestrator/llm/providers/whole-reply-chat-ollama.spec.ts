import { AIMessage, HumanMessage, SystemMessage } from '@langchain/core/messages';
import { WholeReplyChatOllama } from './whole-reply-chat-ollama.js';

type ChatRequest = Parameters<WholeReplyChatOllama['client']['chat']>[0];

/** Ollama's reply to a chat without a stream, as /api/chat sends it. */
const WHOLE_REPLY = {
  model: 'medgemma1.5',
  created_at: '2026-12-04T00:00:00Z',
  message: { role: 'assistant', content: 'Rest and fluids.' },
  done: true,
  done_reason: 'stop',
  total_duration: 5,
  load_duration: 1,
  prompt_eval_count: 12,
  prompt_eval_duration: 1,
  eval_count: 4,
  eval_duration: 3,
};

/** A model whose ollama client records each request and answers it as Ollama would (a stream when asked). */
function modelOnRecordingClient(options: ConstructorParameters<typeof WholeReplyChatOllama>[0] = {}) {
  const model = new WholeReplyChatOllama({ model: 'medgemma1.5', temperature: 0.3, ...options });
  const requests: ChatRequest[] = [];
  const chat = async (request: ChatRequest): Promise<unknown> => {
    requests.push(request);
    if (!request.stream) return WHOLE_REPLY;
    // As Ollama streams: the text in chunks, the counts and durations on the last, empty one.
    const chunk = (content: string) => ({
      model: 'medgemma1.5',
      created_at: WHOLE_REPLY.created_at,
      message: { role: 'assistant', content },
      done: false,
    });
    return (async function* () {
      yield chunk('Rest and ');
      yield chunk('fluids.');
      yield { ...WHOLE_REPLY, message: { role: 'assistant', content: '' } };
    })();
  };
  model.client = { chat } as unknown as WholeReplyChatOllama['client'];
  return { model, requests };
}

describe('WholeReplyChatOllama', () => {
  it('asks for one reply and hands back its answer, token counts and metadata', async () => {
    const { model, requests } = modelOnRecordingClient();

    const answer = await model.invoke([
      new SystemMessage('Be brief.'),
      new HumanMessage('Cold?'),
      new AIMessage('Rest.'),
    ]);

    expect(requests).toEqual([
      expect.objectContaining({
        model: 'medgemma1.5',
        stream: false,
        options: expect.objectContaining({ temperature: 0.3 }),
        messages: [
          { role: 'system', content: 'Be brief.' },
          { role: 'user', content: 'Cold?' },
          { role: 'assistant', content: 'Rest.' },
        ],
      }),
    ]);
    expect(answer.content).toBe('Rest and fluids.');
    expect(answer.usage_metadata).toEqual({ input_tokens: 12, output_tokens: 4, total_tokens: 16 });
    expect(answer.response_metadata).toMatchObject({ done_reason: 'stop', eval_count: 4, model_provider: 'ollama' });
  });

  it('answers the same text and counts as the streamed call of ChatOllama itself', async () => {
    const { model } = modelOnRecordingClient();
    const messages = [new HumanMessage('Cold?')];

    const whole = await model.invoke(messages);
    let streamed = '';
    let usage: unknown;
    for await (const chunk of await model.stream(messages)) {
      streamed += chunk.content as string;
      usage = chunk.usage_metadata ?? usage;
    }

    expect(whole.content).toBe(streamed);
    expect(whole.usage_metadata).toEqual(usage);
  });

  it('leaves what is not plain text to the streamed call of ChatOllama (an image)', async () => {
    const { model, requests } = modelOnRecordingClient();

    const answer = await model.invoke([
      new HumanMessage({
        content: [
          { type: 'text', text: 'What is this rash?' },
          { type: 'image_url', image_url: { url: 'data:image/png;base64,AAAA' } },
        ],
      }),
    ]);

    expect(requests.map((request) => request.stream)).toEqual([true]);
    expect(answer.content).toBe('Rest and fluids.');
  });
});
