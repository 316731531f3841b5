import type { AnswerGenerator } from '../../llm/answer-generator.js';
import { buildReasonPrompt } from '../../prompts/reason-prompt.js';
import type { AgentStateUpdate, AgentStateValues } from '../agent-state.js';
import { attachmentNotice } from '../attachment-notice.js';
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
    // An unusable photo or a silent recording is said first, in fixed words, then the model answers.
    const notice = attachmentNotice(state);
    if (notice) runtime.context?.onToken?.(`${notice}\n\n`);
    const answer = await answers.generate(prompt, { onToken: runtime.context?.onToken, signal: runtime.signal });
    return { draftAnswer: notice ? `${notice}\n\n${answer}` : answer };
  };
}
