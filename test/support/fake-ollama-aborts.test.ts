import { chatOllamaOnFake, REPLY } from './chat-ollama-on-fake.js';
import { tokenize } from './fakes/model-output.js';

/**
 * How @langchain/ollama and the fake behave when Ollama hangs or the caller aborts, over real
 * HTTP: what the library does with an AbortSignal, and that the fake sees the connection close.
 */

/**
 * ChatOllama never hands the caller's AbortSignal to fetch (see the first test), so the only way
 * to cancel a request Ollama has not answered yet is a fetch that listens to it.
 */
const fetchAbortingOn =
  (signal: AbortSignal): typeof fetch =>
  (input, init) =>
    fetch(input, { ...init, signal: init?.signal ? AbortSignal.any([init.signal, signal]) : signal });

describe('FakeOllama with @langchain/ollama: hung server and aborts', () => {
  const { ollama, chat } = chatOllamaOnFake();

  it('plain ChatOllama ignores the AbortSignal until Ollama sends headers', async () => {
    // Characterises @langchain/ollama 1.3: the signal is not passed to fetch and invoke() does
    // not race it, so a hung Ollama blocks the caller. If this starts failing, the library
    // fixed it and the fetch wrapper below can go.
    ollama.hang(1);
    const signal = AbortSignal.timeout(300);
    const call = chat().invoke('hi', { signal });
    const settled = call.then(
      () => 'settled',
      () => 'settled',
    );
    await ollama.waitFor(() => ollama.inFlight === 1);
    // The first call of a fresh process can take longer than the 300 ms to reach the fake.
    if (!signal.aborted) await new Promise((resolve) => signal.addEventListener('abort', resolve));
    const afterAbort = new Promise((resolve) => setTimeout(() => resolve('still pending'), 300));

    await expect(Promise.race([settled, afterAbort])).resolves.toBe('still pending');
    expect(ollama.aborted).toBe(0);
    ollama.reset(); // drops the hung connection, which finally rejects the call
    await expect(call).rejects.toThrow();
  });

  it('a signal-aware fetch aborts a hung call after 300 ms and the fake counts the abort', async () => {
    ollama.hang(1);
    const signal = AbortSignal.timeout(300);

    await expect(chat({ fetch: fetchAbortingOn(signal) }).invoke('hi', { signal })).rejects.toMatchObject({
      name: 'TimeoutError',
    });
    await ollama.waitFor(() => ollama.aborted === 1);
    expect(ollama.inFlight).toBe(0);
  });

  it('aborting a stream mid-way closes the connection, so the fake stops generating', async () => {
    ollama.tokenDelayMs = 20;
    ollama.reply(REPLY);
    const controller = new AbortController();

    const pieces: string[] = [];
    const consume = async (): Promise<void> => {
      for await (const chunk of await chat().stream('hi', { signal: controller.signal })) {
        pieces.push(chunk.content as string);
        if (pieces.length === 2) controller.abort();
      }
    };

    await expect(consume()).rejects.toThrow('Aborted');
    await ollama.waitFor(() => ollama.aborted === 1);
    expect(pieces).toEqual(tokenize(REPLY).slice(0, 2));
  });

  it('plain invoke aborted mid-stream resolves with truncated content instead of throwing', async () => {
    // Characterises @langchain/ollama 1.3: callers must check signal.aborted themselves.
    ollama.tokenDelayMs = 50;
    ollama.reply(REPLY);

    const answer = await chat().invoke('hi', { signal: AbortSignal.timeout(150) });

    expect(REPLY.startsWith(answer.content as string)).toBe(true);
    expect((answer.content as string).length).toBeLessThan(REPLY.length);
    expect(answer.response_metadata.done).toBeUndefined();
    await ollama.waitFor(() => ollama.aborted === 1);
  });
});
