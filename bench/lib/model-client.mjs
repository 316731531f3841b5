// The floor of the chat figures: the same fake model called directly with @langchain/ollama,
// the client the app itself uses, with the same model settings.
import { HumanMessage, SystemMessage } from '@langchain/core/messages';
import { ChatOllama } from '@langchain/ollama';

export const MODEL = 'medgemma1.5';

export function directModel(ollamaUrl) {
  return new ChatOllama({ baseUrl: ollamaUrl, model: MODEL, temperature: 0.3, numPredict: 1024 });
}

const SYSTEM = 'You are MedChat, a supportive medical information assistant.';

/** One streamed call; milliseconds to the first non-empty chunk and to the end. */
export async function callDirect(model, message) {
  const started = performance.now();
  let firstTokenMs = Number.NaN;
  let text = '';
  const stream = await model.stream([new SystemMessage(SYSTEM), new HumanMessage(message)]);
  for await (const chunk of stream) {
    const delta = typeof chunk.content === 'string' ? chunk.content : '';
    if (delta === '') continue;
    if (text === '') firstTokenMs = performance.now() - started;
    text += delta;
  }
  return { firstTokenMs, totalMs: performance.now() - started, text };
}
