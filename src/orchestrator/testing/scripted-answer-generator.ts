import { AnswerGenerator, type GenerationHooks } from '../llm/answer-generator.js';
import type { PromptMessage } from '../prompts/prompt-message.js';

/** Unit-test stand-in for the model: records every prompt and streams a fixed answer word by word. */
export class ScriptedAnswerGenerator extends AnswerGenerator {
  readonly modelName = 'scripted-model';
  readonly prompts: PromptMessage[][] = [];

  constructor(private readonly answer = 'Rest, fluids and time usually help.') {
    super();
  }

  async generate(prompt: readonly PromptMessage[], hooks: GenerationHooks): Promise<string> {
    // The turn's model gate, as LlmCallRunner honours it for the real model: refused, no prompt is sent.
    await hooks.llmCall?.admit?.();
    this.prompts.push([...prompt]);
    for (const piece of this.answer.split(/(?=\s)/)) hooks.onToken?.(piece);
    return this.answer;
  }
}
