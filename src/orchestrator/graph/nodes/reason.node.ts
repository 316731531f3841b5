import type { AnswerGenerator } from '../../llm/answer-generator.js';
import { buildReasonPrompt } from '../../prompts/reason-prompt.js';
import type { AgentStateUpdate, AgentStateValues } from '../agent-state.js';
import type { NodeRuntime } from '../turn-context.js';

/**
 * The model's answer, streamed to the client as it is produced. Streaming happens here rather
 * than through LangGraph's `streamMode: 'messages'` because the retry policy must know whether
 * the patient has already seen tokens (a retry would then repeat them).
 */
export function createReasonNode(answers: AnswerGenerator) {
  return async (state: AgentStateValues, runtime: NodeRuntime): Promise<AgentStateUpdate> => {
    const prompt = buildReasonPrompt({
      history: state.contextHistory,
      records: state.recordAccess,
      imageAnalysis: state.imageAnalysis,
      message: state.text,
    });
    const draftAnswer = await answers.generate(prompt, { onToken: runtime.context?.onToken, signal: runtime.signal });
    return { draftAnswer };
  };
}
