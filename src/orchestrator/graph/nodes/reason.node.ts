import { EmergencyMarkStreamFilter } from '../../guardrails/emergency-mark-stream-filter.js';
import type { AnswerGenerator } from '../../llm/answer-generator.js';
import { buildReasonPrompt } from '../../prompts/reason-prompt.js';
import {
  type AgentStateUpdate,
  type AgentStateValues,
  attachmentNotice,
  type NodeRuntime,
  type EmergencyGuidanceWriter,
} from '../state.js';

/**
 * The model's answer, streamed to the client as it is produced. Streaming happens here rather
 * than through LangGraph's `streamMode: 'messages'` because the retry policy must know whether
 * the patient has already seen tokens (a retry would then repeat them).
 *
 * The stream passes through the emergency-mark filter: the model's mark never reaches the
 * patient, and the call-now guidance is streamed the moment the mark completes. The draft keeps
 * the mark; safety_check reads it there and decides the turn's outcome.
 *
 * A question about a lethal amount or a means of dying (`asksAboutLethalMeans`) is not streamed: a
 * draft that states the amount would reach the patient before safety_check withholds it. safety_check
 * streams the checked answer, with its crisis-support paragraph, instead.
 */
export function createReasonNode(answers: AnswerGenerator, guidance: Pick<EmergencyGuidanceWriter, 'uncategorised'>) {
  return async (state: AgentStateValues, runtime: NodeRuntime): Promise<AgentStateUpdate> => {
    const prompt = buildReasonPrompt({
      history: state.contextHistory,
      records: state.recordAccess,
      knowledge: state.knowledge,
      imageAnalysis: state.imageAnalysis,
      message: state.text,
    });
    const onToken = state.asksAboutLethalMeans ? undefined : runtime.context?.onToken;
    // An unusable photo or a silent recording is said first, in fixed words, then the model answers.
    const notice = attachmentNotice(state);
    if (notice) onToken?.(`${notice}\n\n`);
    const filter = onToken
      ? new EmergencyMarkStreamFilter(onToken, () => onToken(`${guidance.uncategorised(state.text)}\n\n`))
      : undefined;
    const answer = await answers.generate(prompt, {
      onToken: filter ? (delta) => filter.push(delta) : undefined,
      signal: runtime.signal,
      llmCall: runtime.context?.llmCall,
    });
    filter?.flush();
    return { draftAnswer: notice ? `${notice}\n\n${answer}` : answer };
  };
}
