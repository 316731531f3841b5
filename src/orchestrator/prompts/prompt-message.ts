/** One message of the prompt, independent of any LLM library (the Ollama client converts it). */
export interface PromptMessage {
  role: 'system' | 'user' | 'assistant';
  content: string;
}
