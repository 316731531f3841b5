import type { CallbackManagerForLLMRun } from '@langchain/core/callbacks/manager';
import { AIMessage, type BaseMessage } from '@langchain/core/messages';
import type { ChatResult } from '@langchain/core/outputs';
import { ChatOllama, type ChatOllamaInput } from '@langchain/ollama';
import type { WholeAnswerRequest } from './node-http-fetch.js';
import { requestWholeReply, type OllamaChatRequest } from './ollama-whole-reply.js';

type OllamaMessage = NonNullable<OllamaChatRequest['messages']>[number];

export interface WholeReplyChatOllamaInput extends ChatOllamaInput {
  /**
   * Sends the whole-reply request and reads its answer as text (nodeHttpWholeAnswerBoundTo, bound
   * to the call's signal as `fetch` is): the one reply is then read without a fetch Response.
   * Absent: it goes through the ollama client and `fetch`, as every other request does.
   */
  wholeAnswer?: WholeAnswerRequest;
}

/** Ollama's role for each LangChain message type a text prompt holds. */
const OLLAMA_ROLES: Partial<Record<ReturnType<BaseMessage['getType']>, OllamaMessage['role']>> = {
  system: 'system',
  human: 'user',
  ai: 'assistant',
};

/**
 * ChatOllama whose `invoke` asks Ollama for the whole answer at once. @langchain/ollama 1.3
 * streams even then: `_generate` reads Ollama's NDJSON token by token and builds an
 * AIMessageChunk per token, concatenated one after the other (about 30 µs of CPU a token, ~10 ms
 * for a 300-token answer), to hand back one message in the end. Here `_generate` sends
 * `stream: false`, which Ollama's /api/chat answers with one JSON object (`message`, `done`,
 * `done_reason`, `prompt_eval_count`, `eval_count`, durations): the same answer and token
 * counts, in one read. `stream()` and `_streamIterator` still stream (the parent's own code),
 * and so does `_generate` for what this one does not handle, by the parent's code: content that
 * is not plain text (an image), tool calls, thinking, a model to pull first.
 */
export class WholeReplyChatOllama extends ChatOllama {
  private readonly wholeAnswer?: WholeAnswerRequest;
  private readonly requestHeaders?: Record<string, string>;

  constructor(fields: WholeReplyChatOllamaInput = {}) {
    super(fields);
    this.wholeAnswer = fields.wholeAnswer;
    this.requestHeaders = fields.headers instanceof Headers ? Object.fromEntries(fields.headers) : fields.headers;
  }

  override async _generate(
    messages: BaseMessage[],
    options: this['ParsedCallOptions'],
    runManager?: CallbackManagerForLLMRun,
  ): Promise<ChatResult> {
    const textMessages = this.checkOrPullModel || this.think ? undefined : plainTextMessages(messages);
    if (textMessages === undefined || (options.tools?.length ?? 0) > 0) {
      return super._generate(messages, options, runManager);
    }
    options.signal?.throwIfAborted();
    const request = { ...this.invocationParams(options), messages: textMessages, stream: false as const };
    const reply =
      (this.wholeAnswer && (await requestWholeReply(this.wholeAnswer, this.baseUrl, this.requestHeaders, request))) ??
      (await this.client.chat(request));
    const { message: replyMessage, ...metadata } = reply;
    const content = replyMessage?.content ?? '';
    const inputTokens = metadata.prompt_eval_count ?? 0;
    const outputTokens = metadata.eval_count ?? 0;
    const message = new AIMessage({
      content,
      // As the parent's final chunk carries them: Ollama's reply less its message, and the provider.
      response_metadata: { ...metadata, model_provider: 'ollama' },
      usage_metadata: {
        input_tokens: inputTokens,
        output_tokens: outputTokens,
        total_tokens: inputTokens + outputTokens,
      },
    });
    return { generations: [{ text: content, message }] };
  }
}

/** The messages in Ollama's shape when each is plain text of a role Ollama knows; otherwise undefined. */
function plainTextMessages(messages: readonly BaseMessage[]): OllamaMessage[] | undefined {
  const converted: OllamaMessage[] = [];
  for (const message of messages) {
    const role = OLLAMA_ROLES[message.getType()];
    if (role === undefined || typeof message.content !== 'string') return undefined;
    if (role === 'assistant' && ((message as AIMessage).tool_calls?.length ?? 0) > 0) return undefined;
    converted.push({ role, content: message.content });
  }
  return converted;
}
