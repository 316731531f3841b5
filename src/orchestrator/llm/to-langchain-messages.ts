import { AIMessage, HumanMessage, SystemMessage, type BaseMessage } from '@langchain/core/messages';
import type { PromptMessage } from '../prompts/prompt-message.js';

export function toLangChainMessages(prompt: readonly PromptMessage[]): BaseMessage[] {
  return prompt.map((message) => {
    switch (message.role) {
      case 'system':
        return new SystemMessage(message.content);
      case 'user':
        return new HumanMessage(message.content);
      case 'assistant':
        return new AIMessage(message.content);
    }
  });
}
